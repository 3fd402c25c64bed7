package vn.eqip.platform.web;

import io.micronaut.context.propagation.slf4j.MdcPropagationContext;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.core.propagation.PropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import java.util.Map;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives every request an id (kept from the caller when well formed, so the gateway's id follows a
 * request through every service), puts it in the logging context, echoes it in the response, logs
 * one access line per request and sets the security headers.
 */
@Filter(Filter.MATCH_ALL_PATTERN)
public class RequestIdFilter implements HttpServerFilter {

  private static final Logger ACCESS = LoggerFactory.getLogger("eqip.access");

  @Override
  public int getOrder() {
    return ServerFilterPhase.FIRST.order();
  }

  @Override
  public Publisher<MutableHttpResponse<?>> doFilter(
      HttpRequest<?> request, ServerFilterChain chain) {
    String requestId = RequestIds.of(request);
    request.setAttribute(RequestIds.ATTRIBUTE, requestId);
    long started = System.nanoTime();
    try (PropagatedContext.Scope ignored =
        PropagatedContext.getOrEmpty()
            .plus(new MdcPropagationContext(Map.of(RequestIds.MDC_KEY, requestId)))
            .propagate()) {
      return Publishers.map(
          chain.proceed(request),
          response -> {
            response.header(RequestIds.HEADER, requestId);
            SecurityHeaders.apply(response);
            if (!request.getPath().endsWith("/health")) {
              ACCESS.info(
                  "{} {} -> {} in {} ms [requestId={}]",
                  request.getMethodName(),
                  request.getPath(),
                  response.code(),
                  (System.nanoTime() - started) / 1_000_000,
                  requestId);
            }
            return response;
          });
    }
  }
}

package vn.eqip.gateway.routing;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.client.ProxyHttpClient;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import java.util.Optional;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.eqip.platform.web.RequestIds;

/**
 * Forwards {@code /api/<service>/**} to the service that owns the prefix, after security has
 * validated the token and {@code TenantRequiredFilter} has checked the tenant claim. The path and
 * query go unchanged; {@code Authorization} and {@code X-Request-Id} go along; tenant-ish and
 * hop-by-hop headers do not. Anything under {@code /api} that no service owns falls through to the
 * local routes (e.g. {@code /api/docs}) or a 404 problem.
 */
@Filter("/api/**")
public class ProxyFilter implements HttpServerFilter {

  private static final Logger LOG = LoggerFactory.getLogger(ProxyFilter.class);

  private final RouteTable routes;
  private final ProxyHttpClient client;

  public ProxyFilter(RouteTable routes, ProxyHttpClient client) {
    this.routes = routes;
    this.client = client;
  }

  @Override
  public int getOrder() {
    return ServerFilterPhase.LAST.order();
  }

  @Override
  public Publisher<MutableHttpResponse<?>> doFilter(
      HttpRequest<?> request, ServerFilterChain chain) {
    Optional<Backend> backend = routes.route(request.getPath());
    if (backend.isEmpty()) {
      return chain.proceed(request);
    }
    Backend target = backend.get();
    Flux<MutableHttpResponse<?>> answer =
        Flux.from(client.proxy(forwardedRequest(request, target))).map(ProxyFilter::cleaned);
    return answer.onErrorResume(failure -> failed(request, target, failure));
  }

  private static MutableHttpResponse<?> cleaned(MutableHttpResponse<?> response) {
    ForwardedHeaders.cleanResponse(response.getHeaders());
    // RequestIdFilter echoes the id once; the service's own echo would double it
    response.getHeaders().remove(RequestIds.HEADER);
    return response;
  }

  private static Mono<MutableHttpResponse<?>> failed(
      HttpRequest<?> request, Backend target, Throwable failure) {
    LOG.warn(
        "{} {} -> {} failed: {}",
        request.getMethodName(),
        request.getPath(),
        target.name(),
        failure.toString());
    return Mono.just(BackendFailures.toProblem(request, target, failure));
  }

  private static MutableHttpRequest<?> forwardedRequest(HttpRequest<?> request, Backend target) {
    MutableHttpRequest<?> forwarded =
        request
            .mutate()
            .uri(
                b ->
                    b.scheme(target.url().getScheme())
                        .host(target.url().getHost())
                        .port(target.url().getPort()));
    ForwardedHeaders.cleanRequest(forwarded.getHeaders());
    forwarded.getHeaders().set(RequestIds.HEADER, RequestIds.of(request));
    return forwarded;
  }
}

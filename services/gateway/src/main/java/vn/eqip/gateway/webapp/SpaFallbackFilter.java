package vn.eqip.gateway.webapp;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * The web app's client routes ({@code /school/plan}, {@code /admin/users}…) are addresses the
 * browser may load directly or reload: a GET of such a path answers the app's {@code index.html},
 * and the app's router shows the page. Not for {@code /api/**}, {@code /health}, or a path whose
 * last segment has a dot (a file: {@code /assets/index-x.js}, {@code /favicon.ico}), which keep
 * their 404. The app's files themselves are static resources ({@code classpath:public}).
 */
@Filter("/**")
public class SpaFallbackFilter implements HttpServerFilter {

  private final Optional<byte[]> indexHtml;

  public SpaFallbackFilter(ResourceResolver resources) {
    this.indexHtml =
        resources.getResourceAsStream("classpath:public/index.html").map(SpaFallbackFilter::read);
  }

  @Override
  public int getOrder() {
    // after security (anonymous anyway) and the request id, before routing to a 404
    return ServerFilterPhase.RENDERING.order();
  }

  @Override
  public Publisher<MutableHttpResponse<?>> doFilter(
      HttpRequest<?> request, ServerFilterChain chain) {
    if (indexHtml.isPresent() && isClientRoute(request)) {
      MutableHttpResponse<?> index =
          HttpResponse.ok(indexHtml.get())
              .contentType(MediaType.TEXT_HTML_TYPE)
              .header("Cache-Control", "no-cache");
      return Mono.just(index);
    }
    return chain.proceed(request);
  }

  static boolean isClientRoute(HttpRequest<?> request) {
    if (request.getMethod() != HttpMethod.GET && request.getMethod() != HttpMethod.HEAD) {
      return false;
    }
    String path = request.getPath();
    if (path.equals("/")
        || path.equals("/api")
        || path.startsWith("/api/")
        || path.equals("/health")
        || path.startsWith("/health/")) {
      return false;
    }
    String last = path.substring(path.lastIndexOf('/') + 1);
    return !last.contains(".");
  }

  private static byte[] read(InputStream in) {
    try (in) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

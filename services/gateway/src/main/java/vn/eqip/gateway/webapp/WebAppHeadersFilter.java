package vn.eqip.gateway.webapp;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;

/**
 * Adjusts the platform's security headers (set by {@code RequestIdFilter} on every response) for
 * the web app's pages, and runs outside it so that its changes are the last word:
 *
 * <ul>
 *   <li>{@code Content-Security-Policy}: the app calls Keycloak (token and refresh, from the
 *       browser) and Ant Design writes its styles into {@code <style>} elements, so {@code
 *       connect-src} adds Keycloak's origin and {@code style-src} allows inline styles; scripts
 *       stay {@code 'self'} only, framing stays forbidden.
 *   <li>{@code Cache-Control}: the hashed files under {@code /assets/} never change, so browsers
 *       keep them a year; {@code index.html} is checked on every load.
 * </ul>
 *
 * API responses keep the platform's headers untouched.
 */
@Filter("/**")
public class WebAppHeadersFilter implements HttpServerFilter {

  private final String policy;

  public WebAppHeadersFilter(
      @Value("${eqip.security.issuer}") String issuer,
      @Value("${eqip.web.client-id:eqip-web}") String clientId) {
    String keycloak = WebAppConfig.of(issuer, clientId).keycloakUrl();
    this.policy =
        "default-src 'self'; connect-src 'self' "
            + keycloak
            + "; img-src 'self' data:; style-src 'self' 'unsafe-inline'; font-src 'self' data:;"
            + " frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self' "
            + keycloak;
  }

  /** {@code /}, {@code /index.html} or a client route: what the browser loads as the app. */
  static boolean isPage(String path) {
    String last = path.substring(path.lastIndexOf('/') + 1);
    return !path.startsWith("/assets/") && (!last.contains(".") || last.endsWith(".html"));
  }

  @Override
  public int getOrder() {
    return ServerFilterPhase.FIRST.before();
  }

  @Override
  public Publisher<MutableHttpResponse<?>> doFilter(
      HttpRequest<?> request, ServerFilterChain chain) {
    String path = request.getPath();
    if (path.startsWith("/api/") || path.equals("/api") || path.startsWith("/health")) {
      return chain.proceed(request);
    }
    boolean page = isPage(path);
    return Flux.from(chain.proceed(request))
        .doOnNext(
            response -> {
              if (path.startsWith("/assets/") && response.code() == 200) {
                response.getHeaders().set("Cache-Control", "public, max-age=31536000, immutable");
              }
              // (a static file's Content-Type is only known when it is written: go by the path)
              if (page) {
                response.getHeaders().set("Content-Security-Policy", policy);
                response.getHeaders().set("Cache-Control", "no-cache");
              }
            });
  }
}

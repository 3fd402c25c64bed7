package vn.eqip.platform.web;

import io.micronaut.http.MutableHttpResponse;

/** Headers every response carries; the gateway and each service set them alike. */
public final class SecurityHeaders {

  private SecurityHeaders() {}

  public static void apply(MutableHttpResponse<?> response) {
    var headers = response.getHeaders();
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("X-Frame-Options", "DENY");
    headers.set("Referrer-Policy", "no-referrer");
    headers.set(
        "Cache-Control",
        headers.get("Cache-Control") == null ? "no-store" : headers.get("Cache-Control"));
    headers.set(
        "Content-Security-Policy",
        "default-src 'self'; frame-ancestors 'none'; object-src 'none'; base-uri 'self'");
    headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
  }
}

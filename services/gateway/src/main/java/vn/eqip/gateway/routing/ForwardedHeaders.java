package vn.eqip.gateway.routing;

import io.micronaut.http.MutableHttpHeaders;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which headers cross the gateway. The tenant and org unit come from the token only, so whatever
 * tenant-ish header a client sends is dropped; hop-by-hop headers (RFC 9110 §7.6.1) belong to one
 * connection and are never forwarded. Framing ({@code Transfer-Encoding}, {@code Content-Length})
 * is left to the HTTP stack, which re-frames the streamed body on each hop.
 */
final class ForwardedHeaders {

  private static final Set<String> HOP_BY_HOP =
      Set.of(
          "connection",
          "keep-alive",
          "proxy-authenticate",
          "proxy-authorization",
          "proxy-connection",
          "te",
          "trailer",
          "upgrade");

  private static final Set<String> TENANT_HEADERS = Set.of("x-tenant", "x-tenant-id", "x-org-unit");
  private static final String EQIP_PREFIX = "x-eqip-";

  private ForwardedHeaders() {}

  /** A header a client might use to claim a tenant or org unit; never trusted. */
  static boolean isTenantHeader(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return TENANT_HEADERS.contains(lower) || lower.startsWith(EQIP_PREFIX);
  }

  /** Removes tenant-ish and hop-by-hop headers from a request about to be forwarded. */
  static void cleanRequest(MutableHttpHeaders headers) {
    remove(headers, true);
  }

  /** Removes hop-by-hop headers from a backend's response before it goes back to the client. */
  static void cleanResponse(MutableHttpHeaders headers) {
    remove(headers, false);
  }

  private static void remove(MutableHttpHeaders headers, boolean tenantToo) {
    Set<String> listedInConnection = new HashSet<>();
    for (String value : headers.getAll("Connection")) {
      for (String token : value.split(",")) {
        listedInConnection.add(token.trim().toLowerCase(Locale.ROOT));
      }
    }
    List<String> doomed = new ArrayList<>();
    for (String name : headers.names()) {
      String lower = name.toLowerCase(Locale.ROOT);
      if (HOP_BY_HOP.contains(lower)
          || listedInConnection.contains(lower)
          || (tenantToo && isTenantHeader(name))) {
        doomed.add(name);
      }
    }
    doomed.forEach(headers::remove);
  }
}

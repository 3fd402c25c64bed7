package vn.eqip.gateway.routing;

import java.net.URI;

/**
 * A service behind the gateway: requests whose path starts with {@code prefix} go to {@code url},
 * path and query unchanged (the services mount their controllers at the full {@code /api/<svc>}
 * path).
 *
 * @param name the service's short name, as shown by {@code /health}
 * @param prefix the path prefix it owns, e.g. {@code /api/registry}
 * @param url scheme, host and port of the service
 */
public record Backend(String name, String prefix, URI url) {

  public boolean owns(String path) {
    return path.equals(prefix) || path.startsWith(prefix + "/");
  }
}

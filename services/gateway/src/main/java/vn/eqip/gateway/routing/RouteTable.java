package vn.eqip.gateway.routing;

import io.micronaut.context.annotation.Context;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/** The four services and the path prefix each owns; checked once at startup. */
@Context
public class RouteTable {

  private final List<Backend> backends;

  public RouteTable(GatewayRoutes routes) {
    this.backends =
        List.of(
            backend("registry", "/api/registry", routes.registry()),
            backend("plans", "/api/plans", routes.plans()),
            backend("monitoring", "/api/monitoring", routes.monitoring()),
            backend("reporting", "/api/reports", routes.reporting()));
  }

  public List<Backend> backends() {
    return backends;
  }

  /** The service owning {@code path}, if any. */
  public Optional<Backend> route(String path) {
    return backends.stream().filter(b -> b.owns(path)).findFirst();
  }

  private static Backend backend(String name, String prefix, String url) {
    URI uri = URI.create(url.trim().replaceAll("/+$", ""));
    if (uri.getScheme() == null || uri.getHost() == null) {
      throw new IllegalArgumentException(
          "eqip.gateway.routes." + name + " must be an absolute URL, got: " + url);
    }
    return new Backend(name, prefix, uri);
  }
}

package vn.eqip.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RouteTableTest {

  final RouteTable table =
      new RouteTable(
          new GatewayRoutes(
              "http://registry:8081/",
              "http://plans:8082",
              "http://monitoring:8083",
              "http://reporting:8084"));

  @Test
  void each_prefix_belongs_to_its_service() {
    assertEquals("registry", table.route("/api/registry/schools/1").orElseThrow().name());
    assertEquals("plans", table.route("/api/plans").orElseThrow().name());
    assertEquals("monitoring", table.route("/api/monitoring/actions").orElseThrow().name());
    assertEquals("reporting", table.route("/api/reports/rollup").orElseThrow().name());
  }

  @Test
  void a_path_that_only_starts_like_a_prefix_or_names_no_service_has_no_route() {
    assertTrue(table.route("/api/registryx/schools").isEmpty());
    assertTrue(table.route("/api/reporting/rollup").isEmpty());
    assertTrue(table.route("/api/docs").isEmpty());
    assertTrue(table.route("/health").isEmpty());
  }

  @Test
  void a_trailing_slash_in_the_configured_url_is_dropped() {
    assertEquals(
        "http://registry:8081", table.route("/api/registry/x").orElseThrow().url().toString());
  }

  @Test
  void a_relative_url_is_refused_at_startup() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new RouteTable(
                    new GatewayRoutes("registry:8081", "http://p", "http://m", "http://r")));
    assertTrue(e.getMessage().contains("eqip.gateway.routes.registry"), e.getMessage());
  }
}

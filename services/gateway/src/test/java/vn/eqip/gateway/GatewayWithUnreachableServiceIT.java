package vn.eqip.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.eqip.gateway.testing.FakeBackend;
import vn.eqip.gateway.testing.GatewayClient;
import vn.eqip.gateway.testing.GatewayClient.Reply;
import vn.eqip.platform.testing.IntegrationTestSupport;

/** reporting-service is not running (its port refuses connections); the others are. */
@MicronautTest(transactional = false)
class GatewayWithUnreachableServiceIT extends IntegrationTestSupport {

  static final String DIENBIEN_ROOT = "d1000000-0000-4000-8000-000000000001";

  final FakeBackend registry = new FakeBackend("registry");
  final FakeBackend plans = new FakeBackend("plans");
  final FakeBackend monitoring = new FakeBackend("monitoring");
  final String refusingUrl = "http://127.0.0.1:" + closedPort();

  @Inject EmbeddedServer server;
  @Inject JsonMapper json;

  GatewayClient gateway;

  @Override
  protected String serviceName() {
    return "gateway";
  }

  @Override
  protected Map<String, String> extraProperties() {
    return Map.of(
        "eqip.gateway.routes.registry", registry.url(),
        "eqip.gateway.routes.plans", plans.url(),
        "eqip.gateway.routes.monitoring", monitoring.url(),
        "eqip.gateway.routes.reporting", refusingUrl);
  }

  @BeforeEach
  void setUp() {
    gateway = new GatewayClient(server.getURI(), json);
  }

  @AfterAll
  void stopBackends() {
    List.of(registry, plans, monitoring).forEach(FakeBackend::close);
  }

  String token() {
    return tokens.token("reviewer.dienbien", "dienbien", DIENBIEN_ROOT, "reviewer");
  }

  @Test
  void a_call_to_the_unreachable_service_is_503_problem_json_in_vietnamese() {
    Reply reply = gateway.get("/api/reports/rollup?schoolYear=2026-2027", token());

    assertEquals(503, reply.status());
    assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
    Map<String, Object> problem = reply.json();
    assertEquals(
        "Dịch vụ tạm thời không sẵn sàng, vui lòng thử lại (Service unavailable)",
        problem.get("title"));
    assertTrue(((String) problem.get("detail")).contains("reporting"), problem.toString());
    assertTrue(reply.header("X-Request-Id").isPresent());
    assertEquals("nosniff", reply.header("X-Content-Type-Options").orElse(null));
  }

  @Test
  void the_other_services_are_still_reached() {
    Reply reply = gateway.get("/api/registry/schools", token());

    assertEquals(200, reply.status());
    assertEquals("registry", reply.json().get("backend"));
  }

  @Test
  void health_is_503_naming_the_unreachable_service() {
    Reply reply = gateway.get("/health");

    assertEquals(503, reply.status(), reply.body());
    Map<?, ?> backends = GatewayIT.backendsDetails(reply);
    assertEquals("DOWN", ((Map<?, ?>) backends.get("reporting")).get("status"));
    assertEquals("UP", ((Map<?, ?>) backends.get("registry")).get("status"));
  }

  /** A loopback port nothing listens on: bound once to find it, then closed. */
  static int closedPort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package vn.eqip.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.eqip.gateway.testing.FakeBackend;
import vn.eqip.gateway.testing.GatewayClient;
import vn.eqip.gateway.testing.GatewayClient.Reply;
import vn.eqip.platform.testing.DemoOrgTree;
import vn.eqip.platform.testing.IntegrationTestSupport;

/**
 * A suspended tenant's users are refused at the gateway for every service, before anything is
 * forwarded; other tenants pass; when the registry resumes the tenant, its users pass again.
 */
@MicronautTest(transactional = false)
class SuspendedTenantIT extends IntegrationTestSupport {

  static final String SUSPENDED = "/internal/tenants/suspended";

  final FakeBackend registry = new FakeBackend("registry");
  final FakeBackend plans = new FakeBackend("plans");
  final FakeBackend monitoring = new FakeBackend("monitoring");
  final FakeBackend reporting = new FakeBackend("reporting");

  @Inject EmbeddedServer server;
  @Inject JsonMapper json;

  @Override
  protected String serviceName() {
    return "gateway";
  }

  @Override
  protected Map<String, String> extraProperties() {
    registry.answer("GET", SUSPENDED, 200, "application/json", "{\"ids\":[\"hcm\"]}");
    return Map.of(
        "eqip.gateway.routes.registry", registry.url(),
        "eqip.gateway.routes.plans", plans.url(),
        "eqip.gateway.routes.monitoring", monitoring.url(),
        "eqip.gateway.routes.reporting", reporting.url(),
        "eqip.gateway.suspended-tenants-refresh", "200ms",
        "eqip.gateway.suspended-tenants-initial-delay", "0s");
  }

  @AfterAll
  void stopBackends() {
    List.of(registry, plans, monitoring, reporting).forEach(FakeBackend::close);
  }

  @Test
  void a_suspended_tenants_users_get_403_everywhere_and_pass_again_once_resumed() throws Exception {
    GatewayClient gateway = new GatewayClient(server.getURI(), json);
    String hcm =
        tokens.token("principal.quan10", DemoOrgTree.HCM, DemoOrgTree.MN_QUAN10, "principal");
    String dienbien =
        tokens.token("principal.hemuong", DemoOrgTree.DIENBIEN, DemoOrgTree.HE_MUONG, "principal");

    Reply refused = eventually(() -> gateway.get("/api/plans/plans", hcm), r -> r.status() == 403);
    assertEquals(403, refused.status(), refused::body);
    assertTrue(refused.contentType().startsWith("application/problem+json"), refused::contentType);
    assertTrue(refused.json().get("type").toString().endsWith("tenant-suspended"), refused::body);
    assertTrue(refused.json().get("detail").toString().contains("tạm ngừng"), refused::body);
    assertEquals(403, gateway.get("/api/reports/rollup", hcm).status());
    assertTrue(plans.apiRequests().isEmpty(), "nothing of the suspended tenant was forwarded");
    assertTrue(reporting.apiRequests().isEmpty(), "nothing of the suspended tenant was forwarded");

    assertEquals(200, gateway.get("/api/plans/plans", dienbien).status());

    registry.answer("GET", SUSPENDED, 200, "application/json", "{\"ids\":[]}");
    Reply resumed = eventually(() -> gateway.get("/api/plans/plans", hcm), r -> r.status() == 200);
    assertEquals(200, resumed.status(), resumed::body);
  }

  private static Reply eventually(
      java.util.function.Supplier<Reply> call, java.util.function.Predicate<Reply> done)
      throws InterruptedException {
    Reply last = call.get();
    for (int i = 0; i < 50 && !done.test(last); i++) {
      Thread.sleep(100);
      last = call.get();
    }
    return last;
  }
}

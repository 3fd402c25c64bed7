package vn.eqip.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.eqip.gateway.testing.FakeBackend;
import vn.eqip.gateway.testing.GatewayClient;
import vn.eqip.gateway.testing.GatewayClient.Reply;
import vn.eqip.platform.testing.IntegrationTestSupport;

/**
 * The gateway in front of four fake services (JDK HTTP servers on loopback that record what they
 * receive): routing, token and tenant checks, header hygiene, health, failures, security headers.
 */
@MicronautTest(transactional = false)
class GatewayIT extends IntegrationTestSupport {

  static final String DIENBIEN_ROOT = "d1000000-0000-4000-8000-000000000001";
  static final String PROBLEM_JSON = "application/problem+json";

  final FakeBackend registry = new FakeBackend("registry");
  final FakeBackend plans = new FakeBackend("plans");
  final FakeBackend monitoring = new FakeBackend("monitoring");
  final FakeBackend reporting = new FakeBackend("reporting");

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
        "eqip.gateway.routes.reporting", reporting.url(),
        // a service slower than this gives 504 (see the timeout test)
        "micronaut.http.client.read-timeout", "1500ms");
  }

  @BeforeEach
  void setUp() {
    gateway = new GatewayClient(server.getURI(), json);
    List.of(registry, plans, monitoring, reporting).forEach(b -> b.healthy(true));
  }

  @AfterAll
  void stopBackends() {
    List.of(registry, plans, monitoring, reporting).forEach(FakeBackend::close);
  }

  String token() {
    return tokens.token("reviewer.dienbien", "dienbien", DIENBIEN_ROOT, "reviewer");
  }

  @Test
  void an_api_call_reaches_the_owning_service_with_path_query_token_and_request_id() {
    String token = token();

    Reply reply = gateway.get("/api/registry/schools?level=PRIMARY&q=H%E1%BA%B9", token);

    assertEquals(200, reply.status());
    assertEquals("registry", reply.json().get("backend"));
    FakeBackend.Received seen =
        registry.last("/api/registry/schools?level=PRIMARY&q=H%E1%BA%B9").orElseThrow();
    assertEquals("GET", seen.method());
    assertEquals("Bearer " + token, seen.header("Authorization").orElseThrow());
    String requestId = seen.header("X-Request-Id").orElseThrow();
    assertFalse(requestId.isBlank());
    assertEquals(List.of(requestId), reply.headers().allValues("X-Request-Id"));
  }

  @Test
  void each_prefix_goes_to_its_own_service() {
    Map<String, FakeBackend> routes =
        Map.of(
            "/api/registry/org-units", registry,
            "/api/plans/plans/42", plans,
            "/api/monitoring/actions?planId=42", monitoring,
            "/api/reports/rollup?schoolYear=2026-2027", reporting);

    routes.forEach(
        (path, backend) -> {
          Reply reply = gateway.get(path, token());
          assertEquals(200, reply.status(), path);
          assertEquals(path, reply.json().get("path"), path);
          assertTrue(backend.last(path).isPresent(), path + " should reach " + backend.url());
        });
  }

  @Test
  void a_client_request_id_is_kept_and_forwarded() {
    gateway.send(
        gateway
            .request("/api/plans/plans?mine=true")
            .header("Authorization", "Bearer " + token())
            .header("X-Request-Id", "support-ticket-123")
            .GET());

    assertEquals(
        "support-ticket-123",
        plans
            .last("/api/plans/plans?mine=true")
            .orElseThrow()
            .header("X-Request-Id")
            .orElseThrow());
  }

  @Test
  void a_201_from_the_service_comes_back_with_its_body_and_the_request_body_goes_through() {
    plans.answer(
        "POST",
        "/api/plans/plans",
        201,
        "application/json",
        "{\"id\":\"p-1\",\"status\":\"DRAFT\"}");
    String body =
        "{\"schoolId\":\"d1000000-0000-4000-8000-000000000103\",\"schoolYear\":\"2026-2027\"}";

    Reply reply =
        gateway.send(
            gateway
                .request("/api/plans/plans")
                .header("Authorization", "Bearer " + token())
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(body)));

    assertEquals(201, reply.status());
    assertEquals("DRAFT", reply.json().get("status"));
    FakeBackend.Received seen = plans.last("/api/plans/plans").orElseThrow();
    assertEquals("POST", seen.method());
    assertEquals(body, seen.body());
    assertEquals("application/json", seen.header("Content-Type").orElseThrow());
  }

  @Test
  void a_chunked_upload_and_a_chunked_download_cross_the_gateway_whole() {
    String big = "x".repeat(300_000);
    reporting.answerChunked("/api/reports/export", "text/csv", big);

    Reply download = gateway.get("/api/reports/export", token());
    gateway.send(
        gateway
            .request("/api/reports/uploads")
            .header("Authorization", "Bearer " + token())
            .header("Content-Type", "text/csv")
            .POST(
                BodyPublishers.ofInputStream(
                    () -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)))));

    assertEquals(200, download.status());
    assertEquals(big.length(), download.body().length());
    assertEquals(big, reporting.last("/api/reports/uploads").orElseThrow().body());
  }

  @Test
  void a_404_problem_from_the_service_comes_back_as_is() {
    registry.answer(
        "GET",
        "/api/registry/schools/unknown",
        404,
        PROBLEM_JSON,
        "{\"type\":\"https://eqip.vn/problems/not-found\",\"title\":\"Không tìm thấy (Not found)\","
            + "\"status\":404,\"detail\":\"Không tìm thấy trường học\"}");

    Reply reply = gateway.get("/api/registry/schools/unknown", token());

    assertEquals(404, reply.status());
    assertTrue(reply.contentType().startsWith(PROBLEM_JSON), reply.contentType());
    assertEquals("Không tìm thấy trường học", reply.json().get("detail"));
  }

  @Test
  void client_sent_tenant_headers_never_reach_the_service() {
    gateway.send(
        gateway
            .request("/api/registry/schools?spoof=1")
            .header("Authorization", "Bearer " + token())
            .header("X-Tenant-Id", "hcm")
            .header("X-Tenant", "hcm")
            .header("X-Org-Unit", "c1000000-0000-4000-8000-000000000001")
            .header("X-Eqip-Tenant", "hcm")
            .header("x-eqip-org-unit", "c1000000-0000-4000-8000-000000000001")
            .header("X-Custom", "kept")
            .GET());

    FakeBackend.Received seen = registry.last("/api/registry/schools?spoof=1").orElseThrow();
    for (String name :
        List.of("x-tenant-id", "x-tenant", "x-org-unit", "x-eqip-tenant", "x-eqip-org-unit")) {
      assertFalse(seen.headers().containsKey(name), name + " reached the service");
    }
    assertEquals("kept", seen.header("X-Custom").orElseThrow());
    assertTrue(seen.header("Authorization").isPresent());
  }

  @Test
  void without_a_token_the_answer_is_401_problem_json_and_nothing_is_forwarded() {
    int before = registry.apiRequests().size();

    Reply reply = gateway.get("/api/registry/schools");

    assertEquals(401, reply.status());
    assertTrue(reply.contentType().startsWith(PROBLEM_JSON), reply.contentType());
    assertEquals(401, ((Number) reply.json().get("status")).intValue());
    assertEquals(before, registry.apiRequests().size());
  }

  @Test
  void an_expired_token_or_one_signed_by_another_key_or_for_another_audience_is_401() {
    for (String token :
        List.of(
            tokens.expiredToken("r", "dienbien", DIENBIEN_ROOT, "reviewer"),
            tokens.tokenSignedByAnotherKey("r", "dienbien", DIENBIEN_ROOT, "reviewer"),
            tokens.tokenForAudience("another-api", "r", "dienbien", DIENBIEN_ROOT, "reviewer"))) {
      Reply reply = gateway.get("/api/plans/plans", token);

      assertEquals(401, reply.status());
      assertTrue(reply.contentType().startsWith(PROBLEM_JSON), reply.contentType());
    }
  }

  @Test
  void a_token_without_tenant_is_refused_with_403_before_reaching_the_service() {
    int before = plans.apiRequests().size();

    Reply reply = gateway.get("/api/plans/plans", tokens.tokenWithoutTenant("nobody", "reviewer"));

    assertEquals(403, reply.status());
    assertTrue(reply.contentType().startsWith(PROBLEM_JSON), reply.contentType());
    Map<String, Object> problem = reply.json();
    assertEquals("https://eqip.vn/problems/no-tenant", problem.get("type"));
    assertTrue(((String) problem.get("detail")).contains("tenant"), problem.toString());
    assertEquals(before, plans.apiRequests().size());
  }

  @Test
  void health_is_200_when_every_service_is_up() {
    Reply reply = gateway.get("/health");

    assertEquals(200, reply.status(), reply.body());
    assertEquals("UP", reply.json().get("status"));
    Map<?, ?> backends = backendsDetails(reply);
    for (String name : List.of("registry", "plans", "monitoring", "reporting")) {
      assertEquals("UP", ((Map<?, ?>) backends.get(name)).get("status"), name);
    }
  }

  @Test
  void health_is_503_naming_the_service_that_is_down() {
    plans.healthy(false);

    Reply reply = gateway.get("/health");

    assertEquals(503, reply.status(), reply.body());
    Map<?, ?> backends = backendsDetails(reply);
    assertEquals("DOWN", ((Map<?, ?>) backends.get("plans")).get("status"));
    assertEquals("UP", ((Map<?, ?>) backends.get("registry")).get("status"));
  }

  @Test
  void a_service_that_does_not_answer_in_time_gives_504_problem_json_in_vietnamese() {
    monitoring.answerSlowly("/api/monitoring/slow", Duration.ofSeconds(4));

    Reply reply = gateway.get("/api/monitoring/slow", token());

    assertEquals(504, reply.status());
    assertTrue(reply.contentType().startsWith(PROBLEM_JSON), reply.contentType());
    Map<String, Object> problem = reply.json();
    assertTrue(
        ((String) problem.get("title")).startsWith("Dịch vụ tạm thời không sẵn sàng"),
        problem.toString());
    assertFalse(reply.body().contains("127.0.0.1"), "no host or port leaks: " + reply.body());
  }

  @Test
  void security_headers_are_on_proxied_local_and_error_responses() {
    List<Reply> replies =
        List.of(
            gateway.get("/api/registry/schools", token()),
            gateway.get("/"),
            gateway.get("/api/docs"),
            gateway.get("/health"),
            gateway.get("/api/registry/schools"));

    for (Reply reply : replies) {
      assertEquals("nosniff", reply.header("X-Content-Type-Options").orElse(null));
      assertEquals("DENY", reply.header("X-Frame-Options").orElse(null));
      assertTrue(
          reply.header("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
    }
  }

  @Test
  void an_unknown_api_prefix_is_404_problem_json() {
    Reply reply = gateway.get("/api/foo/bar", token());

    assertEquals(404, reply.status());
    assertTrue(reply.contentType().startsWith(PROBLEM_JSON), reply.contentType());
  }

  @Test
  void the_services_openapi_documents_are_reachable_without_a_token() {
    registry.answer(
        "GET",
        "/api/registry/openapi/eqip-registry-service-0.1.yml",
        200,
        "application/yaml",
        "openapi: 3.0.1\ninfo:\n  title: EQIP registry-service\n");

    Reply reply = gateway.get("/api/registry/openapi/eqip-registry-service-0.1.yml");

    assertEquals(200, reply.status());
    assertTrue(reply.body().startsWith("openapi: 3.0.1"), reply.body());
  }

  @Test
  void the_docs_index_lists_the_four_openapi_documents_through_the_gateway() {
    Reply reply = gateway.get("/api/docs");

    assertEquals(200, reply.status());
    List<?> services = (List<?>) reply.json().get("services");
    List<?> urls = services.stream().map(s -> ((Map<?, ?>) s).get("url")).toList();
    assertEquals(
        List.of(
            "/api/registry/openapi/eqip-registry-service-0.1.yml",
            "/api/plans/openapi/eqip-plans-service-0.1.yml",
            "/api/monitoring/openapi/eqip-monitoring-service-0.1.yml",
            "/api/reports/openapi/eqip-reporting-service-0.1.yml"),
        urls);
  }

  @Test
  void the_root_is_the_web_app_and_no_longer_a_landing_page() {
    Reply reply = gateway.get("/");

    assertEquals(200, reply.status());
    assertTrue(reply.contentType().startsWith("text/html"), reply.contentType());
    assertTrue(reply.body().contains("<div id=\"root\""), reply.body());
  }

  static Map<?, ?> backendsDetails(Reply reply) {
    Map<?, ?> details = (Map<?, ?>) reply.json().get("details");
    return (Map<?, ?>) ((Map<?, ?>) details.get("backends")).get("details");
  }
}

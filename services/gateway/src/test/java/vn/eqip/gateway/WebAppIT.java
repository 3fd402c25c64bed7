package vn.eqip.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.eqip.gateway.testing.GatewayClient;
import vn.eqip.gateway.testing.GatewayClient.Reply;
import vn.eqip.platform.testing.IntegrationTestSupport;

/**
 * The gateway serving the web app: its files from {@code classpath:public} (here the fixture in
 * src/test/resources/public, which comes before the web-app jar), {@code index.html} for client
 * routes, and the sign-in settings the app reads before anyone is signed in.
 */
@MicronautTest(transactional = false)
class WebAppIT extends IntegrationTestSupport {

  static final String FIXTURE = "data-fixture=\"web-app-index\"";

  @Inject EmbeddedServer server;
  @Inject JsonMapper json;

  GatewayClient gateway;

  @Override
  protected String serviceName() {
    return "gateway";
  }

  @Override
  protected Map<String, String> extraProperties() {
    return Map.of("eqip.security.issuer", "http://sso.example.test:8180/realms/eqip");
  }

  @BeforeEach
  void setUp() {
    gateway = new GatewayClient(server.getURI(), json);
  }

  @Test
  void the_app_is_served_at_the_root_without_a_token_and_with_a_policy_allowing_keycloak() {
    Reply reply = gateway.get("/");

    assertEquals(200, reply.status());
    assertTrue(reply.contentType().startsWith("text/html"), reply.contentType());
    assertTrue(reply.body().contains(FIXTURE), reply.body());
    String policy = reply.header("Content-Security-Policy").orElse("");
    assertTrue(policy.contains("connect-src 'self' http://sso.example.test:8180"), policy);
    assertTrue(policy.contains("script-src") || policy.startsWith("default-src 'self'"), policy);
    assertFalse(policy.contains("script-src 'unsafe-inline'"), policy);
    assertTrue(policy.contains("frame-ancestors 'none'"), policy);
    assertEquals("DENY", reply.header("X-Frame-Options").orElse(null));
  }

  @Test
  void the_apps_files_are_served_and_cached_for_a_year() {
    Reply reply = gateway.get("/assets/app-test.js");

    assertEquals(200, reply.status());
    assertTrue(reply.body().contains("eqip test fixture"), reply.body());
    assertEquals("public, max-age=31536000, immutable", reply.header("Cache-Control").orElse(null));
  }

  @Test
  void a_client_route_loaded_or_reloaded_in_the_browser_answers_the_apps_index() {
    for (String route : new String[] {"/school", "/school/plan", "/admin/users", "/review?x=1"}) {
      Reply reply = gateway.get(route);

      assertEquals(200, reply.status(), route);
      assertTrue(reply.contentType().startsWith("text/html"), route + ": " + reply.contentType());
      assertTrue(reply.body().contains(FIXTURE), route);
      assertEquals("no-cache", reply.header("Cache-Control").orElse(null), route);
    }
  }

  @Test
  void a_missing_file_api_path_or_non_get_is_not_answered_with_the_app() {
    Reply missingFile = gateway.get("/assets/missing-123.js");
    assertEquals(404, missingFile.status());
    assertFalse(missingFile.body().contains(FIXTURE));

    Reply unknownApi = gateway.get("/api/foo/bar");
    assertEquals(401, unknownApi.status(), "an API path stays an API path: " + unknownApi.body());
    assertTrue(unknownApi.contentType().startsWith("application/problem+json"));

    Reply post = gateway.send(gateway.request("/school").POST(BodyPublishers.ofString("{}")));
    assertFalse(post.body().contains(FIXTURE), "only GET/HEAD get the app: " + post.status());
  }

  @Test
  void the_sign_in_settings_come_from_the_configuration_without_a_token() {
    Reply reply = gateway.get("/api/config");

    assertEquals(200, reply.status(), reply.body());
    assertTrue(reply.contentType().startsWith("application/json"), reply.contentType());
    Map<String, Object> config = reply.json();
    assertEquals("http://sso.example.test:8180", config.get("keycloakUrl"));
    assertEquals("eqip", config.get("realm"));
    assertEquals("eqip-web", config.get("clientId"));
    assertEquals("http://sso.example.test:8180/realms/eqip", config.get("issuer"));
    // API responses keep the platform's strict policy
    assertEquals(
        "default-src 'self'; frame-ancestors 'none'; object-src 'none'; base-uri 'self'",
        reply.header("Content-Security-Policy").orElse(null));
  }
}

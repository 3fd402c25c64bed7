package vn.eqip.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpHeaders;
import io.micronaut.http.MutableHttpRequest;
import org.junit.jupiter.api.Test;

class ForwardedHeadersTest {

  @Test
  void tenant_and_org_unit_headers_in_any_spelling_are_tenant_headers() {
    for (String name :
        new String[] {
          "X-Tenant", "x-tenant-id", "X-ORG-UNIT", "X-Eqip-Tenant", "x-eqip-anything"
        }) {
      assertTrue(ForwardedHeaders.isTenantHeader(name), name);
    }
    assertFalse(ForwardedHeaders.isTenantHeader("X-Tenants-Page"));
    assertFalse(ForwardedHeaders.isTenantHeader("Authorization"));
  }

  @Test
  void a_forwarded_request_keeps_authorization_and_loses_tenant_and_hop_by_hop_headers() {
    MutableHttpRequest<?> request =
        HttpRequest.GET("/api/registry/schools")
            .header("Authorization", "Bearer abc")
            .header("Accept", "application/json")
            .header("X-Tenant-Id", "hcm")
            .header("X-Eqip-Org-Unit", "c1")
            .header("Connection", "keep-alive, X-Secret-Hop")
            .header("X-Secret-Hop", "1")
            .header("Keep-Alive", "timeout=5")
            .header("Proxy-Authorization", "Basic Zm9v")
            .header("Upgrade", "h2c");
    MutableHttpHeaders headers = request.getHeaders();

    ForwardedHeaders.cleanRequest(headers);

    assertEquals("Bearer abc", headers.get("Authorization"));
    assertEquals("application/json", headers.get("Accept"));
    for (String gone :
        new String[] {
          "X-Tenant-Id",
          "X-Eqip-Org-Unit",
          "Connection",
          "X-Secret-Hop",
          "Keep-Alive",
          "Proxy-Authorization",
          "Upgrade"
        }) {
      assertFalse(headers.contains(gone), gone + " should not be forwarded");
    }
  }

  @Test
  void a_response_loses_hop_by_hop_headers_but_keeps_the_services_own() {
    MutableHttpHeaders headers =
        HttpRequest.GET("/")
            .header("Connection", "close")
            .header("Keep-Alive", "timeout=5")
            .header("X-Eqip-Version", "0.1")
            .header("Content-Type", "application/json")
            .getHeaders();

    ForwardedHeaders.cleanResponse(headers);

    assertFalse(headers.contains("Connection"));
    assertFalse(headers.contains("Keep-Alive"));
    assertTrue(headers.contains("X-Eqip-Version"));
    assertTrue(headers.contains("Content-Type"));
  }
}

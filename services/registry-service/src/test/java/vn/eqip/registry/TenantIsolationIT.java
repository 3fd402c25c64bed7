package vn.eqip.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.eqip.platform.testing.IntegrationTestSupport;
import vn.eqip.registry.orgtree.OrgUnitRepository;
import vn.eqip.registry.schools.SchoolRepository;

/**
 * Two tenants, and two schools in one tenant: nobody lists, reads or changes what is not theirs,
 * through the API or the repositories' hand-written queries.
 */
@MicronautTest(transactional = false)
class TenantIsolationIT extends IntegrationTestSupport {

  static final String DIENBIEN_ROOT = "d1000000-0000-4000-8000-000000000001";
  static final String HEMUONG = "d1000000-0000-4000-8000-000000000103";
  static final String THANHXUONG = "d1000000-0000-4000-8000-000000000102";
  static final String HCM_ROOT = "c1000000-0000-4000-8000-000000000001";
  static final String DINHPHUOC = "c1000000-0000-4000-8000-000000000103";

  @Inject
  @Client("/")
  HttpClient http;

  @Inject SchoolRepository schools;
  @Inject OrgUnitRepository units;

  @Override
  protected String serviceName() {
    return "registry_isolation";
  }

  @Override
  protected Map<String, String> extraProperties() {
    return Map.of("eqip.demo.enabled", "true");
  }

  HttpStatus status(MutableHttpRequest<?> request) {
    return assertThrows(
            HttpClientResponseException.class, () -> http.toBlocking().exchange(request))
        .getStatus();
  }

  List<?> schoolIds(String token) {
    Map<?, ?> body =
        http.toBlocking()
            .retrieve(HttpRequest.GET("/api/registry/schools").bearerAuth(token), Map.class);
    return ((List<?>) body.get("items")).stream().map(i -> ((Map<?, ?>) i).get("id")).toList();
  }

  @Test
  void each_tenant_lists_only_its_own_schools() {
    assertEquals(
        3,
        schoolIds(tokens.token("reviewer.dienbien", "dienbien", DIENBIEN_ROOT, "reviewer")).size());
    assertEquals(
        List.of(DINHPHUOC).size(),
        schoolIds(tokens.token("principal.dinhphuoc", "hcm", DINHPHUOC, "principal")).size());
    List<?> hcm = schoolIds(tokens.token("reviewer.hcm", "hcm", HCM_ROOT, "reviewer"));
    assertEquals(2, hcm.size());
    assertTrue(hcm.stream().noneMatch(id -> id.toString().startsWith("d1")));
  }

  @Test
  void an_org_unit_id_of_another_tenant_in_a_token_gives_nothing() {
    // a user of tenant hcm whose org_unit names Điện Biên's root: the tenant decides, so nothing
    assertEquals(List.of(), schoolIds(tokens.token("intruder", "hcm", DIENBIEN_ROOT, "reviewer")));
    assertEquals(
        HttpStatus.NOT_FOUND,
        status(
            HttpRequest.GET("/api/registry/schools/" + HEMUONG)
                .bearerAuth(tokens.token("intruder", "hcm", DIENBIEN_ROOT, "reviewer"))));
  }

  @Test
  void another_tenant_can_neither_read_nor_rename_a_school() {
    String adminHcm = tokens.token("admin.hcm", "hcm", HCM_ROOT, "dept-admin");

    assertEquals(
        HttpStatus.NOT_FOUND,
        status(HttpRequest.GET("/api/registry/schools/" + HEMUONG).bearerAuth(adminHcm)));
    assertEquals(
        HttpStatus.NOT_FOUND,
        status(HttpRequest.GET("/api/registry/org-units/" + DIENBIEN_ROOT).bearerAuth(adminHcm)));
    assertEquals(
        HttpStatus.NOT_FOUND,
        status(
            HttpRequest.PATCH("/api/registry/schools/" + HEMUONG, Map.of("name", "Đổi tên"))
                .bearerAuth(adminHcm)));

    assertEquals(
        "Trường PTDTBT Tiểu học xã Hẹ Muông",
        schools.findByTenantIdAndId("dienbien", HEMUONG).orElseThrow().name());
  }

  @Test
  void a_principal_sees_only_their_own_school() {
    String principal = tokens.token("principal.hemuong", "dienbien", HEMUONG, "principal");

    assertEquals(List.of(HEMUONG), schoolIds(principal));
    assertEquals(
        HttpStatus.NOT_FOUND,
        status(HttpRequest.GET("/api/registry/schools/" + THANHXUONG).bearerAuth(principal)));
    assertEquals(
        HttpStatus.FORBIDDEN,
        status(
            HttpRequest.PATCH("/api/registry/schools/" + HEMUONG, Map.of("name", "x"))
                .bearerAuth(principal)));
  }

  @Test
  void a_department_admin_renames_a_school_of_their_tenant_and_bad_input_changes_nothing() {
    String admin = tokens.token("admin.dienbien", "dienbien", DIENBIEN_ROOT, "dept-admin");

    assertEquals(
        HttpStatus.BAD_REQUEST,
        status(
            HttpRequest.PATCH("/api/registry/schools/" + THANHXUONG, Map.of("name", " "))
                .bearerAuth(admin)));
    assertEquals(
        "Trường THCS xã Thanh Xương",
        schools.findByTenantIdAndId("dienbien", THANHXUONG).orElseThrow().name());

    Map<?, ?> renamed =
        http.toBlocking()
            .retrieve(
                HttpRequest.PATCH(
                        "/api/registry/schools/" + THANHXUONG,
                        Map.of("name", "Trường THCS Thanh Xương"))
                    .bearerAuth(admin),
                Map.class);
    assertEquals("Trường THCS Thanh Xương", renamed.get("name"));
  }

  @Test
  void the_hand_written_queries_filter_by_tenant() {
    String dienBienPath = units.findByTenantIdAndId("dienbien", DIENBIEN_ROOT).orElseThrow().path();

    assertTrue(schools.findInSubtree("hcm", dienBienPath + "%").isEmpty());
    assertEquals(0, schools.rename("hcm", HEMUONG, "Đổi tên"));
    assertTrue(schools.findByTenantIdAndId("hcm", HEMUONG).isEmpty());
    assertTrue(units.findByTenantIdAndPathLikeOrderByPath("hcm", dienBienPath + "%").isEmpty());
    assertEquals(
        "Trường PTDTBT Tiểu học xã Hẹ Muông",
        schools.findByTenantIdAndId("dienbien", HEMUONG).orElseThrow().name());
  }
}

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
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.eqip.platform.testing.IntegrationTestSupport;
import vn.eqip.registry.imports.SchoolImport;
import vn.eqip.registry.imports.SchoolImportRepository;
import vn.eqip.registry.orgtree.OrgUnitMembershipRepository;
import vn.eqip.registry.orgtree.OrgUnitRepository;
import vn.eqip.registry.schools.SchoolRepository;
import vn.eqip.registry.schoolyears.SchoolYearRepository;
import vn.eqip.registry.users.UserAccount;
import vn.eqip.registry.users.UserAccountRepository;

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
  @Inject OrgUnitMembershipRepository memberships;
  @Inject SchoolImportRepository imports;
  @Inject SchoolYearRepository years;
  @Inject UserAccountRepository accounts;

  static final String HEMUONG_OFFICE = "d1000000-0000-4000-8000-000000000003";
  static final String DAUTIENG_OFFICE = "c1000000-0000-4000-8000-000000000003";

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

  List<?> searchIds(String token, String query) {
    Map<?, ?> body =
        http.toBlocking()
            .retrieve(
                HttpRequest.GET("/api/registry/schools?" + query).bearerAuth(token), Map.class);
    return ((List<?>) body.get("items")).stream().map(i -> ((Map<?, ?>) i).get("id")).toList();
  }

  @Test
  void search_filters_and_history_never_reach_another_tenant() {
    String adminHcm = tokens.token("admin.hcm", "hcm", HCM_ROOT, "dept-admin");
    assertEquals(List.of(), searchIds(adminHcm, "q=he+muong"));
    assertEquals(List.of(), searchIds(adminHcm, "orgUnitId=" + HEMUONG_OFFICE));
    assertEquals(List.of(), searchIds(adminHcm, "level=PRIMARY&orgUnitId=" + DIENBIEN_ROOT));
    assertEquals(List.of(DINHPHUOC), searchIds(adminHcm, "level=PRIMARY"));
    assertEquals(
        HttpStatus.NOT_FOUND,
        status(
            HttpRequest.GET("/api/registry/schools/" + HEMUONG + "/history").bearerAuth(adminHcm)));
  }

  @Test
  void another_tenant_can_neither_create_in_nor_edit_nor_move_what_is_not_theirs() {
    String adminHcm = tokens.token("admin.hcm", "hcm", HCM_ROOT, "dept-admin");
    Map<String, Object> school = new HashMap<>();
    school.put("code", "X-1");
    school.put("name", "Trường lạc tenant");
    school.put("level", "PRIMARY");
    school.put("type", "CONG_LAP");
    school.put("orgUnitId", HEMUONG_OFFICE);
    assertEquals(
        HttpStatus.UNPROCESSABLE_ENTITY,
        status(HttpRequest.POST("/api/registry/schools", school).bearerAuth(adminHcm)));
    assertTrue(schools.findByTenantIdAndCode("hcm", "X-1").isEmpty());
    assertTrue(schools.findByTenantIdAndCode("dienbien", "X-1").isEmpty());

    school.put("code", "11710301");
    assertEquals(
        HttpStatus.NOT_FOUND,
        status(HttpRequest.PUT("/api/registry/schools/" + HEMUONG, school).bearerAuth(adminHcm)));
    assertEquals(
        HttpStatus.NOT_FOUND,
        status(
            HttpRequest.PATCH("/api/registry/schools/" + HEMUONG, Map.of("phone", "0999999999"))
                .bearerAuth(adminHcm)));
    // merging into another tenant's school names an unknown school
    assertEquals(
        HttpStatus.UNPROCESSABLE_ENTITY,
        status(
            HttpRequest.PATCH(
                    "/api/registry/schools/" + DINHPHUOC,
                    Map.of("status", "MERGED", "closedOn", "2025-07-01", "mergedIntoId", HEMUONG))
                .bearerAuth(adminHcm)));

    assertEquals(
        HttpStatus.UNPROCESSABLE_ENTITY,
        status(
            HttpRequest.POST(
                    "/api/registry/org-units",
                    Map.of("parentId", DIENBIEN_ROOT, "kind", "CLUSTER", "name", "X"))
                .bearerAuth(adminHcm)));
    assertEquals(
        HttpStatus.NOT_FOUND,
        status(
            HttpRequest.PATCH("/api/registry/org-units/" + HEMUONG_OFFICE, Map.of("name", "X"))
                .bearerAuth(adminHcm)));
    assertEquals(
        HttpStatus.NOT_FOUND,
        status(
            HttpRequest.POST(
                    "/api/registry/org-units/" + HEMUONG + "/move",
                    Map.of("newParentId", DAUTIENG_OFFICE))
                .bearerAuth(adminHcm)));
    assertEquals(
        HttpStatus.UNPROCESSABLE_ENTITY,
        status(
            HttpRequest.POST(
                    "/api/registry/org-units/" + DINHPHUOC + "/move",
                    Map.of("newParentId", HEMUONG_OFFICE))
                .bearerAuth(adminHcm)));
    assertEquals(
        HttpStatus.NOT_FOUND,
        status(
            HttpRequest.POST("/api/registry/org-units/" + HEMUONG_OFFICE + "/close", Map.of())
                .bearerAuth(adminHcm)));

    var hemuong = schools.findByTenantIdAndId("dienbien", HEMUONG).orElseThrow();
    assertEquals(null, hemuong.phone());
    assertEquals(HEMUONG_OFFICE, hemuong.orgUnitId());
    assertEquals(
        "ACTIVE", units.findByTenantIdAndId("dienbien", HEMUONG_OFFICE).orElseThrow().status());
    assertTrue(
        units
            .findByTenantIdAndId("hcm", DINHPHUOC)
            .orElseThrow()
            .path()
            .startsWith("/" + HCM_ROOT));
  }

  @Test
  void the_new_hand_written_queries_filter_by_tenant() {
    String path = units.findByTenantIdAndId("dienbien", DIENBIEN_ROOT).orElseThrow().path();
    assertTrue(schools.search("hcm", path + "%", null, null, null, null, "name", 50, 0).isEmpty());
    assertEquals(0, schools.countSearch("hcm", path + "%", null, null, null, null));
    assertEquals(0, schools.moveTo("hcm", HEMUONG, DAUTIENG_OFFICE));
    assertEquals(0, units.rename("hcm", HEMUONG_OFFICE, "X"));
    assertEquals(0, units.close("hcm", HEMUONG_OFFICE, LocalDate.now()));
    assertEquals(0, units.reparent("hcm", HEMUONG_OFFICE, HCM_ROOT));
    assertEquals(0, units.rewritePaths("hcm", path + "%", path, "/x/"));
    assertEquals(0, units.countActiveChildren("hcm", HEMUONG_OFFICE));
    assertEquals(0, memberships.end("hcm", HEMUONG, LocalDate.now()));
    assertTrue(memberships.findHistory("hcm", HEMUONG).isEmpty());
    assertEquals(1, memberships.findHistory("dienbien", HEMUONG).size());
    assertEquals(path, units.findByTenantIdAndId("dienbien", DIENBIEN_ROOT).orElseThrow().path());

    imports.save(
        new SchoolImport("imp-dienbien", "dienbien", "admin", null, "PREVIEW", "[]", 0, 0, null));
    assertEquals(0, imports.markCommitted("hcm", "imp-dienbien", Instant.now()));
    assertTrue(imports.findByTenantIdAndId("hcm", "imp-dienbien").isEmpty());
    assertEquals(
        "PREVIEW", imports.findByTenantIdAndId("dienbien", "imp-dienbien").orElseThrow().status());
    assertTrue(years.findAllOf("nobody").isEmpty());
    assertEquals(0, years.close("hcm", "2025-2026", Instant.now()));
  }

  @Test
  void the_account_queries_filter_by_tenant() {
    Instant now = Instant.parse("2026-01-05T08:00:00Z");
    accounts.save(
        new UserAccount(
            "a0000000-0000-4000-8000-000000000001",
            "dienbien",
            "staff.isolation",
            "staff.isolation@dienbien.edu.vn",
            "An",
            "Lò",
            "staff",
            HEMUONG,
            true,
            "admin.dienbien",
            now,
            now));
    String id = "a0000000-0000-4000-8000-000000000001";
    String path = units.findByTenantIdAndId("dienbien", DIENBIEN_ROOT).orElseThrow().path();
    assertEquals(1, accounts.search("dienbien", path + "%", null, null, 50, 0).size());
    assertTrue(accounts.search("hcm", path + "%", null, null, 50, 0).isEmpty());
    assertEquals(0, accounts.countSearch("hcm", path + "%", null, null));
    assertTrue(accounts.findByTenantIdAndId("hcm", id).isEmpty());
    assertEquals(0, accounts.setActive("hcm", id, false));
    assertEquals(0, accounts.reassign("hcm", id, DINHPHUOC, "principal"));
    UserAccount kept = accounts.findByTenantIdAndId("dienbien", id).orElseThrow();
    assertTrue(kept.active());
    assertEquals(HEMUONG, kept.orgUnitId());
    assertEquals("staff", kept.role());
  }

  @Test
  void the_export_holds_only_the_callers_tenant() {
    byte[] xlsx =
        http.toBlocking()
            .retrieve(
                HttpRequest.GET("/api/registry/schools/export")
                    .bearerAuth(tokens.token("reviewer.hcm", "hcm", HCM_ROOT, "reviewer")),
                byte[].class);
    String text = new String(xlsx, java.nio.charset.StandardCharsets.ISO_8859_1);
    assertTrue(text.startsWith("PK"));
    try (var wb =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
      var sheet = wb.getSheetAt(0);
      assertEquals(2, sheet.getLastRowNum());
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        assertTrue(sheet.getRow(r).getCell(0).getStringCellValue().startsWith("7901"));
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}

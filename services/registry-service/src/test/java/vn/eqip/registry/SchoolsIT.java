package vn.eqip.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.eqip.platform.testing.Db;
import vn.eqip.platform.testing.IntegrationTestSupport;
import vn.eqip.registry.schools.School;
import vn.eqip.registry.schools.SchoolNameBackfill;
import vn.eqip.registry.schools.SchoolRepository;

/** Schools with their real fields: search without diacritics, paging, create and edit. */
@MicronautTest(transactional = false)
class SchoolsIT extends IntegrationTestSupport {

  static final String DIENBIEN_ROOT = "d1000000-0000-4000-8000-000000000001";
  static final String THANHXUONG_OFFICE = "d1000000-0000-4000-8000-000000000002";
  static final String MUONGMUON_OFFICE = "d1000000-0000-4000-8000-000000000004";
  static final String HEMUONG = "d1000000-0000-4000-8000-000000000103";
  static final String THANHXUONG = "d1000000-0000-4000-8000-000000000102";

  @Inject
  @Client("/")
  HttpClient http;

  @Inject SchoolRepository schools;
  @Inject SchoolNameBackfill backfill;
  @Inject JsonMapper json;
  @Inject JdbcOperations jdbc;
  @Inject TransactionOperations<Connection> tx;

  Db db() {
    return new Db(jdbc, tx);
  }

  Map<?, ?> lastPayload(String aggregateId, String type) throws Exception {
    String payload =
        db().string(
                "SELECT payload FROM outbox_event WHERE aggregate_id = ? AND event_type = ?"
                    + " ORDER BY id DESC LIMIT 1",
                aggregateId,
                type);
    return json.readValue(payload, Map.class);
  }

  @Override
  protected String serviceName() {
    return "registry_schools";
  }

  @Override
  protected Map<String, String> extraProperties() {
    return Map.of("eqip.demo.enabled", "true");
  }

  String admin() {
    return tokens.token("admin.dienbien", "dienbien", DIENBIEN_ROOT, "dept-admin");
  }

  Map<?, ?> get(String uri, String token) {
    return http.toBlocking().retrieve(HttpRequest.GET(uri).bearerAuth(token), Map.class);
  }

  List<String> names(Map<?, ?> page) {
    return ((List<?>) page.get("items"))
        .stream().map(i -> (String) ((Map<?, ?>) i).get("name")).toList();
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  HttpClientResponseException failure(MutableHttpRequest<?> request) {
    return assertThrows(
        HttpClientResponseException.class, () -> http.toBlocking().exchange(request, Map.class));
  }

  static Map<String, Object> newSchool(String code, String name) {
    Map<String, Object> body = new HashMap<>();
    body.put("code", code);
    body.put("name", name);
    body.put("level", "PRIMARY");
    body.put("type", "CONG_LAP");
    body.put("orgUnitId", MUONGMUON_OFFICE);
    body.put("commune", "xã Thanh Xương");
    body.put("address", "Bản Ban, xã Thanh Xương");
    body.put("phone", "0215 3826 123");
    body.put("principalName", "Lò Văn Thắng");
    body.put("openedOn", "1998-09-05");
    return body;
  }

  @Test
  void a_name_is_found_with_and_without_diacritics() {
    for (String q : List.of("hẹ muông", "he muong", "HE MUONG", "Hẹ Muong")) {
      Map<?, ?> page = get("/api/registry/schools?q=" + enc(q), admin());
      assertEquals(List.of("Trường PTDTBT Tiểu học xã Hẹ Muông"), names(page), q);
      assertEquals(1, ((Number) page.get("total")).intValue());
    }
    assertEquals(List.of(), names(get("/api/registry/schools?q=" + enc("%"), admin())));
  }

  @Test
  void filters_paging_and_sorting_work_together() {
    Map<?, ?> all = get("/api/registry/schools?q=1171&sort=code&size=2&page=0", admin());
    assertEquals(3, ((Number) all.get("total")).intValue());
    assertEquals(2, ((List<?>) all.get("items")).size());
    assertEquals(2, ((Number) all.get("size")).intValue());
    assertEquals("11710201", ((Map<?, ?>) ((List<?>) all.get("items")).get(0)).get("code"));
    Map<?, ?> second = get("/api/registry/schools?q=1171&sort=code&size=2&page=1", admin());
    assertEquals("11710401", ((Map<?, ?>) ((List<?>) second.get("items")).get(0)).get("code"));

    assertEquals(
        List.of("Trường PTDTBT Tiểu học xã Hẹ Muông"),
        names(get("/api/registry/schools?level=PRIMARY&type=PTDTBT&status=ACTIVE", admin())));
    assertEquals(
        List.of("Trường THCS xã Thanh Xương"),
        names(get("/api/registry/schools?orgUnitId=" + THANHXUONG_OFFICE, admin())));
    assertEquals(
        HttpStatus.BAD_REQUEST,
        failure(HttpRequest.GET("/api/registry/schools?level=DAI_HOC").bearerAuth(admin()))
            .getStatus());
    assertEquals(
        HttpStatus.BAD_REQUEST,
        failure(HttpRequest.GET("/api/registry/schools?size=0").bearerAuth(admin())).getStatus());
  }

  @Test
  void a_department_admin_creates_a_school_that_is_searchable_and_published() throws Exception {
    HttpResponse<Map> created =
        http.toBlocking()
            .exchange(
                HttpRequest.POST(
                        "/api/registry/schools", newSchool("DT-299", "Trường Tiểu học Đồng Tâm"))
                    .bearerAuth(admin()),
                Map.class);
    assertEquals(HttpStatus.CREATED, created.getStatus());
    Map<?, ?> school = created.body();
    String id = (String) school.get("id");
    assertEquals("Lò Văn Thắng", school.get("principalName"));
    assertEquals("1998-09-05", school.get("openedOn"));
    assertEquals(MUONGMUON_OFFICE, school.get("orgUnitId"));
    assertEquals("TT17-2018-TH", school.get("framework"));

    assertEquals(
        List.of("Trường Tiểu học Đồng Tâm"),
        names(get("/api/registry/schools?q=" + enc("dong tam"), admin())));
    Map<?, ?> node = get("/api/registry/org-units/" + id, admin());
    assertEquals("SCHOOL", node.get("kind"));
    assertTrue(((String) node.get("path")).endsWith(MUONGMUON_OFFICE + "/" + id + "/"));
    assertEquals(
        "Trường Tiểu học Đồng Tâm",
        schools.findByTenantIdAndCode("dienbien", "DT-299").orElseThrow().name());

    Map<?, ?> event = lastPayload(id, "SchoolRegistered");
    assertEquals("DT-299", event.get("code"));
    assertEquals(node.get("path"), event.get("path"));
    assertEquals("Lò Văn Thắng", event.get("principalName"));
    assertEquals("TT17-2018-TH", event.get("framework"));
    assertEquals(MUONGMUON_OFFICE, lastPayload(id, "OrgUnitRegistered").get("parentId"));
  }

  @Test
  void a_duplicate_code_is_409_and_bad_fields_are_422_and_nothing_is_written() {
    HttpClientResponseException duplicate =
        failure(
            HttpRequest.POST("/api/registry/schools", newSchool("11710301", "Trường trùng mã"))
                .bearerAuth(admin()));
    assertEquals(HttpStatus.CONFLICT, duplicate.getStatus());
    assertEquals(
        "application/problem+json",
        duplicate.getResponse().getContentType().orElseThrow().toString());

    Map<String, Object> bad = newSchool("DT-298", " ");
    bad.put("level", "DAI_HOC");
    bad.put("orgUnitId", HEMUONG);
    HttpClientResponseException invalid =
        failure(HttpRequest.POST("/api/registry/schools", bad).bearerAuth(admin()));
    assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, invalid.getStatus());
    List<?> errors = (List<?>) invalid.getResponse().getBody(Map.class).orElseThrow().get("errors");
    List<?> fields = errors.stream().map(e -> ((Map<?, ?>) e).get("field")).toList();
    assertEquals(List.of("name", "level"), fields);
    assertTrue(schools.findByTenantIdAndCode("dienbien", "DT-298").isEmpty());

    // an org unit that is a school cannot hold a school
    Map<String, Object> underSchool = newSchool("DT-297", "Trường con");
    underSchool.put("orgUnitId", HEMUONG);
    assertEquals(
        HttpStatus.UNPROCESSABLE_ENTITY,
        failure(HttpRequest.POST("/api/registry/schools", underSchool).bearerAuth(admin()))
            .getStatus());
    assertTrue(schools.findByTenantIdAndCode("dienbien", "DT-297").isEmpty());
  }

  @Test
  void a_reviewer_cannot_create_a_school() {
    String reviewer = tokens.token("reviewer", "dienbien", DIENBIEN_ROOT, "reviewer");
    assertEquals(
        HttpStatus.FORBIDDEN,
        failure(
                HttpRequest.POST("/api/registry/schools", newSchool("DT-296", "X"))
                    .bearerAuth(reviewer))
            .getStatus());
  }

  @Test
  void put_replaces_the_fields_patch_changes_some_and_a_merge_needs_its_target() throws Exception {
    Map<String, Object> full = newSchool("11710201", "Trường THCS xã Thanh Xương");
    full.put("level", "MULTI_LEVEL");
    full.put("includedLevels", List.of("PRIMARY", "LOWER_SECONDARY"));
    Map<?, ?> put =
        http.toBlocking()
            .retrieve(
                HttpRequest.PUT("/api/registry/schools/" + THANHXUONG, full).bearerAuth(admin()),
                Map.class);
    assertEquals("MULTI_LEVEL", put.get("level"));
    assertEquals(List.of("PRIMARY", "LOWER_SECONDARY"), put.get("includedLevels"));
    // a multi-level school including PRIMARY is found by level=PRIMARY
    assertTrue(
        names(get("/api/registry/schools?level=PRIMARY", admin()))
            .contains("Trường THCS xã Thanh Xương"));

    Map<?, ?> patched =
        http.toBlocking()
            .retrieve(
                HttpRequest.PATCH(
                        "/api/registry/schools/" + THANHXUONG, Map.of("phone", "0987 654 321"))
                    .bearerAuth(admin()),
                Map.class);
    assertEquals("0987 654 321", patched.get("phone"));
    assertEquals("Lò Văn Thắng", patched.get("principalName"));
    Map<?, ?> updated = lastPayload(THANHXUONG, "SchoolUpdated");
    assertEquals("0987 654 321", updated.get("phone"));
    assertEquals(List.of("PRIMARY", "LOWER_SECONDARY"), updated.get("includedLevels"));

    HttpClientResponseException noTarget =
        failure(
            HttpRequest.PATCH(
                    "/api/registry/schools/" + THANHXUONG,
                    Map.of(
                        "status", "MERGED",
                        "closedOn", "2025-07-01",
                        "mergedIntoId", THANHXUONG))
                .bearerAuth(admin()));
    assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, noTarget.getStatus());

    Map<?, ?> merged =
        http.toBlocking()
            .retrieve(
                HttpRequest.PATCH(
                        "/api/registry/schools/" + THANHXUONG,
                        Map.of(
                            "status", "MERGED",
                            "closedOn", "2025-07-01",
                            "mergedIntoId", HEMUONG))
                    .bearerAuth(admin()),
                Map.class);
    assertEquals("MERGED", merged.get("status"));
    assertEquals(HEMUONG, merged.get("mergedIntoId"));
    assertEquals(
        List.of("Trường THCS xã Thanh Xương"),
        names(get("/api/registry/schools?status=MERGED", admin())));

    HttpClientResponseException taken =
        failure(
            HttpRequest.PATCH("/api/registry/schools/" + THANHXUONG, Map.of("code", "11710301"))
                .bearerAuth(admin()));
    assertEquals(HttpStatus.CONFLICT, taken.getStatus());
  }

  @Test
  void a_school_written_before_the_folded_column_is_folded_once_at_start_up() {
    School s = schools.findByTenantIdAndId("dienbien", HEMUONG).orElseThrow();
    schools.update(
        new School(
            s.id(),
            s.tenantId(),
            s.code(),
            s.name(),
            null,
            s.level(),
            s.includedLevels(),
            s.type(),
            s.orgUnitId(),
            s.status(),
            s.commune(),
            s.address(),
            s.phone(),
            s.principalName(),
            s.openedOn(),
            s.closedOn(),
            s.mergedIntoId()));
    assertEquals(List.of(), names(get("/api/registry/schools?q=he+muong", admin())));

    assertEquals(1, backfill.fill());
    assertEquals(
        List.of("Trường PTDTBT Tiểu học xã Hẹ Muông"),
        names(get("/api/registry/schools?q=he+muong", admin())));
    assertEquals(0, backfill.fill());
  }
}

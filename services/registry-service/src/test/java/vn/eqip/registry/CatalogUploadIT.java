package vn.eqip.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.eqip.platform.testing.Db;
import vn.eqip.platform.testing.DemoOrgTree;
import vn.eqip.platform.testing.IntegrationTestSupport;

/**
 * A platform-admin loads catalog versions from a JSON file: checked whole before anything takes
 * effect, versioned by effective date (the TT22/2024 version from 2025-01-25 never changes an
 * earlier school year).
 */
@MicronautTest(transactional = false)
class CatalogUploadIT extends IntegrationTestSupport {

  static final String FRAMEWORKS = "/api/registry/frameworks";

  @Inject
  @Client("/")
  HttpClient http;

  @Inject JdbcOperations jdbc;
  @Inject TransactionOperations<Connection> tx;

  Db db;

  @Override
  protected String serviceName() {
    return "registry_catalog_upload";
  }

  @Override
  protected Map<String, String> extraProperties() {
    return Map.of("eqip.demo.enabled", "true");
  }

  @BeforeAll
  void setUp() {
    db = new Db(jdbc, tx);
  }

  String platform() {
    return tokens.tokenWithoutTenant("platform", "platform-admin");
  }

  String admin() {
    return tokens.token(
        "admin.dienbien", DemoOrgTree.DIENBIEN, DemoOrgTree.DIENBIEN_ROOT, "dept-admin");
  }

  static String amended() throws Exception {
    try (InputStream in =
        CatalogUploadIT.class
            .getClassLoader()
            .getResourceAsStream("catalog/criteria-2025-tt22.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  MutableHttpRequest<String> upload(String body, String token) {
    return HttpRequest.POST(FRAMEWORKS, body)
        .contentType(MediaType.APPLICATION_JSON_TYPE)
        .bearerAuth(token);
  }

  HttpClientResponseException refused(MutableHttpRequest<?> request) {
    return assertThrows(
        HttpClientResponseException.class, () -> http.toBlocking().exchange(request, Map.class));
  }

  static List<Object> fields(HttpClientResponseException e) {
    return ((List<?>) e.getResponse().getBody(Map.class).orElseThrow().get("errors"))
        .stream().map(x -> (Object) ((Map<?, ?>) x).get("field")).toList();
  }

  Map<?, ?> criterion(String framework, String code) {
    Map<?, ?> catalog =
        http.toBlocking()
            .retrieve(HttpRequest.GET(FRAMEWORKS + "/" + framework).bearerAuth(admin()), Map.class);
    return (Map<?, ?>)
        ((List<?>) catalog.get("criteria"))
            .stream()
                .filter(c -> code.equals(((Map<?, ?>) c).get("code")))
                .findFirst()
                .orElseThrow();
  }

  String frameworkOf(String school, String schoolYear) {
    return (String)
        http.toBlocking()
            .retrieve(
                HttpRequest.GET("/api/registry/schools/" + school + "?schoolYear=" + schoolYear)
                    .bearerAuth(admin()),
                Map.class)
            .get("framework");
  }

  @Test
  void the_tt22_version_takes_effect_from_25_january_2025_and_never_rewrites_a_past_year()
      throws Exception {
    HttpResponse<List<Map>> loaded =
        http.toBlocking().exchange(upload(amended(), platform()), Argument.listOf(Map.class));
    assertEquals(HttpStatus.CREATED, loaded.getStatus());
    List<Object> ids = loaded.body().stream().map(f -> (Object) ((Map<?, ?>) f).get("id")).toList();
    assertEquals(List.of("TT19-2025-MN", "TT17-2025-TH", "TT18-2025-THCS-THPT"), ids);

    // what TT22/2024 changed, as far as the reference knows it
    Map<?, ?> secondary15 = criterion("TT18-2025-THCS-THPT", "1.5");
    assertEquals(false, secondary15.get("hasLevel3"));
    assertEquals(Map.of("level1", 3, "level2", 0, "level3", 0), secondary15.get("indicatorCounts"));
    assertEquals(
        Map.of("level1", 3, "level2", 2, "level3", 1),
        criterion("TT17-2025-TH", "2.2").get("indicatorCounts"));
    // the 2018 version is untouched
    assertEquals(true, criterion("TT18-2018-THCS-THPT", "1.5").get("hasLevel3"));
    assertEquals(
        Map.of("level1", 3, "level2", 3, "level3", 2),
        criterion("TT17-2018-TH", "2.2").get("indicatorCounts"));

    // a school year is assessed under the version in force on 1 September of its first year
    assertEquals("TT17-2018-TH", frameworkOf(DemoOrgTree.HE_MUONG, "2024-2025"));
    assertEquals("TT17-2025-TH", frameworkOf(DemoOrgTree.HE_MUONG, "2025-2026"));

    // loading it again: every version is refused, nothing changes
    long criteria = db.count("SELECT COUNT(*) FROM criterion");
    HttpClientResponseException again = refused(upload(amended(), platform()));
    assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, again.getStatus());
    assertEquals(
        List.of(
            "frameworks[0].id",
            "frameworks[0].effective",
            "frameworks[1].id",
            "frameworks[1].effective",
            "frameworks[2].id",
            "frameworks[2].effective"),
        fields(again));
    assertEquals(criteria, db.count("SELECT COUNT(*) FROM criterion"));
  }

  @Test
  void every_problem_of_a_bad_file_is_listed_and_nothing_is_loaded() {
    String file =
        """
        {"frameworks": [{
          "id": "TT17-2030-TH", "schoolLevel": "PRIMARY", "circular": "99/2029/TT-BGDĐT",
          "effective": "2018-01-01",
          "standards": [{"no": 1, "title": "Tổ chức và quản lý nhà trường", "criteria": [
            {"code": "1.1", "title": "Phương hướng", "hasLevel3": true,
             "indicatorCounts": {"level1": 3, "level2": 1, "level3": 1}},
            {"code": "9.1", "title": "Mã lạ", "hasLevel3": false},
            {"code": "1.1", "title": "Trùng mã", "hasLevel3": false},
            {"code": "1.3", "title": " ", "hasLevel3": false},
            {"code": "1.4", "title": "Cờ sai", "hasLevel3": false,
             "indicatorCounts": {"level1": 3, "level2": 2, "level3": 1}},
            {"code": "1.5", "title": "Thiếu cờ"}
          ]}],
          "level4": [{"no": 1, "summary": ""}]
        }]}
        """;
    long frameworks = db.count("SELECT COUNT(*) FROM framework");
    HttpClientResponseException e = refused(upload(file, platform()));
    assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, e.getStatus());
    assertEquals(
        List.of(
            "frameworks[0].effective",
            "frameworks[0].standards[0].criteria[1].code",
            "frameworks[0].standards[0].criteria[2].code",
            "frameworks[0].standards[0].criteria[3].title",
            "frameworks[0].standards[0].criteria[4].hasLevel3",
            "frameworks[0].standards[0].criteria[5].hasLevel3",
            "frameworks[0].level4[0].summary"),
        fields(e));
    Map<?, ?> problem = e.getResponse().getBody(Map.class).orElseThrow();
    assertEquals("Tệp danh mục có 7 lỗi; không có gì được nạp.", problem.get("detail"));
    assertTrue(problem.toString().contains("lặp lại"));
    assertEquals(frameworks, db.count("SELECT COUNT(*) FROM framework"));
    assertEquals(0, db.count("SELECT COUNT(*) FROM framework WHERE id = 'TT17-2030-TH'"));
  }

  @Test
  void only_a_platform_admin_loads_and_only_json() throws Exception {
    assertEquals(HttpStatus.FORBIDDEN, refused(upload(amended(), admin())).getStatus());
    assertEquals(HttpStatus.BAD_REQUEST, refused(upload("{not json", platform())).getStatus());
    assertEquals(
        HttpStatus.UNPROCESSABLE_ENTITY, refused(upload("{\"x\": 1}", platform())).getStatus());
  }
}

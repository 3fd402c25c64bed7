package vn.eqip.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.eqip.plans.testing.SchoolRegistryStub.DIENBIEN_ROOT;
import static vn.eqip.plans.testing.SchoolRegistryStub.HCM_ROOT;
import static vn.eqip.plans.testing.SchoolRegistryStub.HEMUONG;
import static vn.eqip.plans.testing.SchoolRegistryStub.THANHXUONG;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.eqip.plans.testing.Catalogs;
import vn.eqip.platform.testing.Db;

/** The assessment and plan workflow through HTTP, on the real database, with outbox checks. */
@MicronautTest(transactional = false)
class PlansIT extends vn.eqip.plans.testing.PlansITSupport {

  @Inject
  @Client("/")
  HttpClient http;

  @Inject JdbcOperations jdbc;

  @Inject io.micronaut.transaction.TransactionOperations<java.sql.Connection> tx;

  @Override
  protected String serviceName() {
    return "plans";
  }

  String principal() {
    return tokens.token("principal.hemuong", "dienbien", HEMUONG, "principal");
  }

  String reviewer() {
    return tokens.token("reviewer.dienbien", "dienbien", DIENBIEN_ROOT, "reviewer");
  }

  String reviewerOfAnotherTenant() {
    return tokens.token("reviewer.hcm", "hcm", HCM_ROOT, "reviewer");
  }

  Map<?, ?> post(String path, Object body, String token) {
    return http.toBlocking().retrieve(HttpRequest.POST(path, body).bearerAuth(token), Map.class);
  }

  HttpClientResponseException failure(MutableHttpRequest<?> request) {
    return assertThrows(
        HttpClientResponseException.class, () -> http.toBlocking().exchange(request, Map.class));
  }

  static List<Map<String, Object>> criteria(int level3Count) {
    List<Map<String, Object>> list = new ArrayList<>();
    int raised = 0;
    for (var c : Catalogs.PRIMARY_2018.criteria().values()) {
      boolean three = c.hasLevel3() && raised < level3Count;
      if (three) {
        raised++;
      }
      list.add(Map.of("code", c.code(), "level", three ? 3 : 2));
    }
    return list;
  }

  @Test
  void a_principal_records_a_finished_self_assessment_and_reads_the_computed_summary() {
    HttpResponse<Map> response =
        http.toBlocking()
            .exchange(
                HttpRequest.POST(
                        "/api/plans/assessments",
                        Map.of(
                            "schoolId",
                            HEMUONG,
                            "schoolYear",
                            "2025-2026",
                            "kind",
                            "SELF",
                            "criteria",
                            criteria(4),
                            "level4",
                            List.of(Map.of("no", 1, "met", false)),
                            "finish",
                            true))
                    .bearerAuth(principal()),
                Map.class);

    assertEquals(HttpStatus.CREATED, response.getStatus());
    Map<?, ?> body = response.body();
    assertEquals("Mức 1: 27/27 · Mức 2: 27/27 · Mức 3: 4/19 · Mức 4: 0/5", body.get("summaryLine"));
    assertEquals(2, body.get("overallLevel"));
    assertEquals("FINISHED", body.get("status"));
    String finished =
        strings(
                "SELECT payload FROM outbox_event WHERE event_type = 'AssessmentFinished' AND aggregate_id = '"
                    + HEMUONG
                    + "'")
            .get(0);
    assertTrue(finished.contains("{\"code\":\"1.1\",\"level\":3}"), finished);
    assertEquals(
        1,
        count(
            "SELECT COUNT(*) FROM outbox_event WHERE event_type = 'AssessmentFinished' AND aggregate_id = '"
                + HEMUONG
                + "'"));

    Map<?, ?> list =
        http.toBlocking()
            .retrieve(
                HttpRequest.GET(
                        "/api/plans/assessments?schoolId=" + HEMUONG + "&schoolYear=2025-2026")
                    .bearerAuth(reviewer()),
                Map.class);
    assertEquals(1, ((List<?>) list.get("items")).size());
  }

  @Test
  void a_level_3_on_a_criterion_without_one_is_refused_naming_it_and_nothing_is_written() {
    List<Map<String, Object>> criteria = new ArrayList<>(criteria(0));
    criteria.set(1, Map.of("code", "1.2", "level", 3));
    int before = count("SELECT COUNT(*) FROM assessment");

    HttpClientResponseException e =
        failure(
            HttpRequest.POST(
                    "/api/plans/assessments",
                    Map.of(
                        "schoolId",
                        HEMUONG,
                        "schoolYear",
                        "2024-2025",
                        "criteria",
                        criteria,
                        "finish",
                        true))
                .bearerAuth(principal()));

    assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, e.getStatus());
    assertTrue(e.getResponse().getBody(String.class).orElse("").contains("1.2 không có Mức 3"));
    assertEquals(before, count("SELECT COUNT(*) FROM assessment"));
  }

  @Test
  void unknown_criteria_malformed_json_and_an_unknown_school_get_clear_4xx_problems() {
    HttpClientResponseException unknownCriterion =
        failure(
            HttpRequest.POST(
                    "/api/plans/assessments",
                    Map.of(
                        "schoolId",
                        HEMUONG,
                        "schoolYear",
                        "2024-2025",
                        "criteria",
                        List.of(Map.of("code", "7.1", "level", 1))))
                .bearerAuth(principal()));
    assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, unknownCriterion.getStatus());
    assertTrue(unknownCriterion.getResponse().getBody(String.class).orElse("").contains("7.1"));

    HttpClientResponseException malformed =
        failure(
            HttpRequest.POST("/api/plans/plans", "{\"schoolId\": ")
                .contentType("application/json")
                .bearerAuth(principal()));
    assertEquals(HttpStatus.BAD_REQUEST, malformed.getStatus());
    assertEquals(
        "application/problem+json",
        malformed.getResponse().getContentType().orElseThrow().toString());

    HttpClientResponseException unknownSchool =
        failure(
            HttpRequest.POST(
                    "/api/plans/plans",
                    Map.of("schoolId", "no-such-school", "schoolYear", "2026-2027"))
                .bearerAuth(principal()));
    assertEquals(HttpStatus.NOT_FOUND, unknownSchool.getStatus());

    HttpClientResponseException badYear =
        failure(
            HttpRequest.POST(
                    "/api/plans/plans", Map.of("schoolId", HEMUONG, "schoolYear", "2026-2025"))
                .bearerAuth(principal()));
    assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, badYear.getStatus());
  }

  @Test
  void a_plan_goes_draft_submitted_returned_submitted_approved_with_an_event_for_each_step() {
    Map<?, ?> created =
        post(
            "/api/plans/plans",
            Map.of("schoolId", HEMUONG, "schoolYear", "2026-2027"),
            principal());
    String id = (String) created.get("id");
    assertEquals("DRAFT", created.get("status"));

    post(
        "/api/plans/plans/" + id + "/rows",
        Map.of(
            "criterionCode", "1.1",
            "target", "Đạt mức 3",
            "actions",
                List.of(
                    Map.of(
                        "description",
                        "Rà soát chiến lược",
                        "lead",
                        "Hiệu trưởng",
                        "timeline",
                        "Quý 1/2027",
                        "budget",
                        "Không"))),
        principal());
    assertEquals(
        "SUBMITTED",
        post("/api/plans/plans/" + id + "/submission", Map.of(), principal()).get("status"));

    assertEquals(
        HttpStatus.FORBIDDEN,
        failure(
                HttpRequest.POST("/api/plans/plans/" + id + "/approval", Map.of())
                    .bearerAuth(principal()))
            .getStatus());
    assertEquals(
        HttpStatus.NOT_FOUND,
        failure(
                HttpRequest.POST("/api/plans/plans/" + id + "/approval", Map.of())
                    .bearerAuth(reviewerOfAnotherTenant()))
            .getStatus());
    HttpClientResponseException noComment =
        failure(
            HttpRequest.POST("/api/plans/plans/" + id + "/return", Map.of("comment", " "))
                .bearerAuth(reviewer()));
    assertEquals(HttpStatus.CONFLICT, noComment.getStatus());

    assertEquals(
        "RETURNED",
        post(
                "/api/plans/plans/" + id + "/return",
                Map.of("comment", "Bổ sung kinh phí"),
                reviewer())
            .get("status"));
    assertEquals(
        "SUBMITTED",
        post("/api/plans/plans/" + id + "/submission", Map.of(), principal()).get("status"));
    assertEquals(
        "APPROVED",
        post("/api/plans/plans/" + id + "/approval", Map.of(), reviewer()).get("status"));

    Map<?, ?> plan =
        http.toBlocking()
            .retrieve(HttpRequest.GET("/api/plans/plans/" + id).bearerAuth(principal()), Map.class);
    assertEquals("APPROVED", plan.get("status"));
    List<?> history = (List<?>) plan.get("history");
    assertEquals(5, history.size());
    assertEquals("Bổ sung kinh phí", ((Map<?, ?>) history.get(2)).get("comment"));

    List<String> events =
        strings(
            "SELECT event_type FROM outbox_event WHERE aggregate_id = '" + id + "' ORDER BY id");
    assertEquals(
        List.of("PlanCreated", "PlanSubmitted", "PlanReturned", "PlanSubmitted", "PlanApproved"),
        events);
    String approved =
        strings(
                "SELECT payload FROM outbox_event WHERE aggregate_id = '"
                    + id
                    + "' AND event_type = 'PlanApproved'")
            .get(0);
    assertTrue(approved.contains("\"description\":\"Rà soát chiến lược\""), approved);
    assertTrue(
        approved.contains("\"tenantId\"") || approved.contains("\"schoolId\":\"" + HEMUONG + "\""),
        approved);
  }

  @Inject vn.eqip.plans.testing.SchoolRegistryStub registry;

  @Test
  void adding_a_row_and_submitting_ask_the_registry_once_each() {
    String id =
        (String)
            post(
                    "/api/plans/plans",
                    Map.of("schoolId", HEMUONG, "schoolYear", "2029-2030"),
                    principal())
                .get("id");

    registry.takeSchoolLookups();
    post(
        "/api/plans/plans/" + id + "/rows",
        Map.of(
            "criterionCode",
            "1.1",
            "target",
            "Đạt mức 3",
            "actions",
            List.of(
                Map.of("description", "Rà soát", "lead", "Hiệu trưởng", "timeline", "Quý 1/2030"))),
        principal());
    assertEquals(1, registry.takeSchoolLookups());

    post("/api/plans/plans/" + id + "/submission", Map.of(), principal());
    assertEquals(1, registry.takeSchoolLookups());
  }

  @Test
  void a_second_plan_for_the_same_school_year_is_refused() {
    post("/api/plans/plans", Map.of("schoolId", HEMUONG, "schoolYear", "2027-2028"), principal());

    HttpClientResponseException e =
        failure(
            HttpRequest.POST(
                    "/api/plans/plans", Map.of("schoolId", HEMUONG, "schoolYear", "2027-2028"))
                .bearerAuth(principal()));

    assertEquals(HttpStatus.CONFLICT, e.getStatus());
  }

  @Test
  void a_principal_cannot_plan_for_another_school_of_the_same_tenant() {
    HttpClientResponseException e =
        failure(
            HttpRequest.POST(
                    "/api/plans/plans", Map.of("schoolId", THANHXUONG, "schoolYear", "2026-2027"))
                .bearerAuth(principal()));

    assertEquals(HttpStatus.NOT_FOUND, e.getStatus());
  }

  @Test
  void a_row_for_a_criterion_the_circular_does_not_have_is_refused() {
    String id =
        (String)
            post(
                    "/api/plans/plans",
                    Map.of("schoolId", HEMUONG, "schoolYear", "2028-2029"),
                    principal())
                .get("id");

    HttpClientResponseException e =
        failure(
            HttpRequest.POST(
                    "/api/plans/plans/" + id + "/rows",
                    Map.of("criterionCode", "5.6", "target", "Đạt mức 2"))
                .bearerAuth(principal()));

    assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, e.getStatus());
    assertTrue(e.getResponse().getBody(String.class).orElse("").contains("5.6"));
  }

  int count(String sql) {
    return (int) new Db(jdbc, tx).count(sql);
  }

  List<String> strings(String sql) {
    return new Db(jdbc, tx)
        .query(
            sql,
            rs -> {
              List<String> values = new ArrayList<>();
              while (rs.next()) {
                values.add(rs.getString(1));
              }
              return values;
            });
  }
}

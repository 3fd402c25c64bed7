package vn.eqip.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.eqip.plans.testing.SchoolRegistryStub.DIENBIEN_ROOT;
import static vn.eqip.plans.testing.SchoolRegistryStub.DINHPHUOC;
import static vn.eqip.plans.testing.SchoolRegistryStub.HEMUONG;
import static vn.eqip.plans.testing.SchoolRegistryStub.THANHXUONG;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.eqip.plans.testing.Catalogs;
import vn.eqip.plans.testing.PlansITSupport;

/** POST /api/plans/plans with startFrom: empty, from last year's plan, from the assessment. */
@MicronautTest(transactional = false)
class PlanStartIT extends PlansITSupport {

  @Override
  protected String serviceName() {
    return "plans_start";
  }

  String principal() {
    return tokens.token("principal.hemuong", "dienbien", HEMUONG, "principal");
  }

  String principalThanhXuong() {
    return tokens.token("principal.thanhxuong", "dienbien", THANHXUONG, "principal");
  }

  HttpResponse<Map> exchange(MutableHttpRequest<?> request) {
    return http.toBlocking().exchange(request, Map.class);
  }

  HttpClientResponseException failure(MutableHttpRequest<?> request) {
    return assertThrows(HttpClientResponseException.class, () -> exchange(request));
  }

  Map<?, ?> create(String school, String year, String token, Map<String, Object> extra) {
    Map<String, Object> body = new java.util.HashMap<>(extra);
    body.put("schoolId", school);
    body.put("schoolYear", year);
    HttpResponse<Map> response =
        exchange(HttpRequest.POST("/api/plans/plans", body).bearerAuth(token));
    assertEquals(HttpStatus.CREATED, response.getStatus());
    return response.body();
  }

  @Test
  @SuppressWarnings("unchecked")
  void a_plan_started_from_last_year_copies_the_document_and_rows_a_year_later_and_is_linted() {
    String last = (String) create(HEMUONG, "2060-2061", principal(), Map.of()).get("id");
    exchange(
        HttpRequest.PATCH(
                "/api/plans/plans/" + last,
                Map.of(
                    "title", "Kế hoạch cải tiến chất lượng giáo dục năm học 2060-2061",
                    "legalBases", List.of("Thông tư số 17/2018/TT-BGDĐT ngày 22/8/2018"),
                    "place", "Hẹ Muông"))
            .bearerAuth(principal()));
    exchange(
        HttpRequest.POST(
                "/api/plans/plans/" + last + "/rows",
                Map.of(
                    "criterionCode",
                    "1.1",
                    "target",
                    "Đạt mức 3",
                    "actions",
                    List.of(
                        Map.of(
                            "description",
                            "Rà soát chiến lược",
                            "lead",
                            "Hiệu trưởng",
                            "timeline",
                            "Quý 1/2061",
                            "budget",
                            "Không"))))
            .bearerAuth(principal()));

    Map<?, ?> next = create(HEMUONG, "2061-2062", principal(), Map.of("startFrom", "LAST_YEAR"));

    assertEquals("DRAFT", next.get("status"));
    Map<String, Object> document = (Map<String, Object>) next.get("document");
    assertEquals("Kế hoạch cải tiến chất lượng giáo dục năm học 2061-2062", document.get("title"));
    assertEquals(
        List.of("Thông tư số 17/2018/TT-BGDĐT ngày 22/8/2018"), document.get("legalBases"));
    assertEquals("Hẹ Muông", document.get("place"));
    Map<String, Object> row = ((List<Map<String, Object>>) next.get("rows")).get(0);
    assertEquals("1.1", row.get("criterionCode"));
    Map<String, Object> action = ((List<Map<String, Object>>) row.get("actions")).get(0);
    assertEquals("Quý 1/2062", action.get("timeline"));
    assertEquals("2062-01-01", action.get("timelineStart"));
    assertEquals("Rà soát chiến lược", action.get("description"));
    Map<?, ?> lint = (Map<?, ?>) next.get("lint");
    assertEquals(List.of(), lint.get("errors"));

    Map<?, ?> stored =
        exchange(HttpRequest.GET("/api/plans/plans/" + next.get("id")).bearerAuth(principal()))
            .body();
    String lastRowId =
        (String)
            ((List<Map<String, Object>>)
                    exchange(HttpRequest.GET("/api/plans/plans/" + last).bearerAuth(principal()))
                        .body()
                        .get("rows"))
                .get(0)
                .get("id");
    assertNotEquals(lastRowId, ((List<Map<String, Object>>) stored.get("rows")).get(0).get("id"));
    assertEquals(
        "Quý 1/2061",
        db.string(
            "SELECT timeline_text FROM plan_action a JOIN plan_row r ON r.id = a.row_id WHERE r.plan_id = ?",
            last));
  }

  @Test
  void an_amendment_still_being_written_is_not_copied_into_next_years_plan() {
    String last =
        (String) create(THANHXUONG, "2062-2063", principalThanhXuong(), Map.of()).get("id");
    exchange(
        HttpRequest.POST(
                "/api/plans/plans/" + last + "/rows",
                Map.of("criterionCode", "1.1", "target", "Đạt mức 2"))
            .bearerAuth(principalThanhXuong()));
    exchange(
        HttpRequest.POST("/api/plans/plans/" + last + "/submission", Map.of())
            .bearerAuth(principalThanhXuong()));
    exchange(
        HttpRequest.POST("/api/plans/plans/" + last + "/approval", Map.of())
            .bearerAuth(tokens.token("reviewer.dienbien", "dienbien", DIENBIEN_ROOT, "reviewer")));
    exchange(
        HttpRequest.POST("/api/plans/plans/" + last + "/amendment", Map.of())
            .bearerAuth(principalThanhXuong()));
    exchange(
        HttpRequest.POST(
                "/api/plans/plans/" + last + "/rows",
                Map.of("criterionCode", "1.2", "target", "Đạt mức 2"))
            .bearerAuth(principalThanhXuong()));

    Map<?, ?> next =
        create(THANHXUONG, "2063-2064", principalThanhXuong(), Map.of("startFrom", "LAST_YEAR"));

    List<?> rows = (List<?>) next.get("rows");
    assertEquals(1, rows.size(), "only the approved version's row: " + rows);
    assertEquals("1.1", ((Map<?, ?>) rows.get(0)).get("criterionCode"));
  }

  @Test
  void without_last_years_plan_or_with_another_schools_the_copy_is_refused() {
    create(THANHXUONG, "2070-2071", principalThanhXuong(), Map.of());

    HttpClientResponseException e =
        failure(
            HttpRequest.POST(
                    "/api/plans/plans",
                    Map.of(
                        "schoolId", HEMUONG, "schoolYear", "2071-2072", "startFrom", "LAST_YEAR"))
                .bearerAuth(principal()));
    assertEquals(HttpStatus.CONFLICT, e.getStatus());
    String body = e.getResponse().getBody(String.class).orElse("");
    assertTrue(body.contains("no-previous-plan"), body);
    assertTrue(body.contains("2070-2071"), body);
    assertEquals(0, db.count("SELECT COUNT(*) FROM plan WHERE school_year = '2071-2072'"));

    HttpClientResponseException other =
        failure(
            HttpRequest.POST(
                    "/api/plans/plans",
                    Map.of(
                        "schoolId", DINHPHUOC, "schoolYear", "2071-2072", "startFrom", "LAST_YEAR"))
                .bearerAuth(principal()));
    assertEquals(HttpStatus.NOT_FOUND, other.getStatus());

    HttpClientResponseException unknown =
        failure(
            HttpRequest.POST(
                    "/api/plans/plans",
                    Map.of("schoolId", HEMUONG, "schoolYear", "2071-2072", "startFrom", "TEMPLATE"))
                .bearerAuth(principal()));
    assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, unknown.getStatus());
    assertTrue(unknown.getResponse().getBody(String.class).orElse("").contains("LAST_YEAR"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void a_plan_started_from_the_assessment_has_a_row_for_every_criterion_below_the_target() {
    HttpClientResponseException noAssessment =
        failure(
            HttpRequest.POST(
                    "/api/plans/plans",
                    Map.of(
                        "schoolId",
                        THANHXUONG,
                        "schoolYear",
                        "2080-2081",
                        "startFrom",
                        "ASSESSMENT",
                        "targetLevel",
                        3))
                .bearerAuth(principalThanhXuong()));
    assertEquals(HttpStatus.CONFLICT, noAssessment.getStatus());
    assertTrue(
        noAssessment
            .getResponse()
            .getBody(String.class)
            .orElse("")
            .contains("no-finished-assessment"));

    // Hẹ Muông: every criterion at level 2, four of those with a level 3 at 3
    List<Map<String, Object>> criteria = new ArrayList<>();
    int raised = 0;
    List<String> expected = new ArrayList<>();
    for (var c : Catalogs.PRIMARY_2018.criteria().values()) {
      boolean three = c.hasLevel3() && raised < 4;
      if (three) {
        raised++;
      } else if (c.hasLevel3()) {
        expected.add(c.code());
      }
      criteria.add(Map.of("code", c.code(), "level", three ? 3 : 2));
    }
    exchange(
        HttpRequest.POST(
                "/api/plans/assessments",
                Map.of(
                    "schoolId",
                    HEMUONG,
                    "schoolYear",
                    "2079-2080",
                    "kind",
                    "SELF",
                    "criteria",
                    criteria,
                    "finish",
                    true))
            .bearerAuth(principal()));

    HttpClientResponseException noTarget =
        failure(
            HttpRequest.POST(
                    "/api/plans/plans",
                    Map.of(
                        "schoolId", HEMUONG, "schoolYear", "2080-2081", "startFrom", "ASSESSMENT"))
                .bearerAuth(principal()));
    assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, noTarget.getStatus());
    assertTrue(noTarget.getResponse().getBody(String.class).orElse("").contains("targetLevel"));

    Map<?, ?> plan =
        create(
            HEMUONG, "2080-2081", principal(), Map.of("startFrom", "ASSESSMENT", "targetLevel", 3));
    List<Map<String, Object>> rows = (List<Map<String, Object>>) plan.get("rows");
    assertEquals(expected, rows.stream().map(r -> r.get("criterionCode")).toList());
    assertTrue(rows.stream().allMatch(r -> "Đạt mức 3".equals(r.get("target"))));
    assertEquals("2079-2080", ((Map<?, ?>) plan.get("baseline")).get("schoolYear"));
    Map<?, ?> lint = (Map<?, ?>) plan.get("lint");
    assertEquals(List.of(), lint.get("errors"));
    assertEquals(
        expected.size(), ((List<?>) lint.get("warnings")).size()); // each row lacks actions
  }

  @Test
  void an_empty_start_is_todays_behaviour() {
    Map<?, ?> plan = create(HEMUONG, "2090-2091", principal(), Map.of("startFrom", "EMPTY"));
    assertEquals(List.of(), plan.get("rows"));
    assertEquals(null, plan.get("lint"));
  }
}

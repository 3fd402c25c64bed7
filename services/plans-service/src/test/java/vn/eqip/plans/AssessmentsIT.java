package vn.eqip.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.eqip.plans.testing.SchoolRegistryStub.DIENBIEN_ROOT;
import static vn.eqip.plans.testing.SchoolRegistryStub.THANHXUONG;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.eqip.plans.assessment.domain.Catalog;
import vn.eqip.plans.testing.Catalogs;

/**
 * Issue 4 through HTTP: levels from indicators, versions, external evaluations with their
 * recognition, comparison over the years, the plan's baseline. Uses the secondary school (Thanh
 * Xương, TT18) so as not to meet PlansIT's data.
 */
@MicronautTest(transactional = false)
class AssessmentsIT extends vn.eqip.plans.testing.PlansITSupport {

  static final Catalog SECONDARY = Catalogs.SECONDARY_2018;

  @Inject
  @Client("/")
  HttpClient http;

  @Override
  protected String serviceName() {
    return "plans_assessments";
  }

  String principal() {
    return tokens.token("principal.thanhxuong", "dienbien", THANHXUONG, "principal");
  }

  String reviewer() {
    return tokens.token("reviewer.dienbien", "dienbien", DIENBIEN_ROOT, "reviewer");
  }

  Map<?, ?> post(String path, Object body, String token) {
    return http.toBlocking().retrieve(HttpRequest.POST(path, body).bearerAuth(token), Map.class);
  }

  Map<?, ?> get(String path, String token) {
    return http.toBlocking().retrieve(HttpRequest.GET(path).bearerAuth(token), Map.class);
  }

  /** Every criterion at level 2, the first {@code level3} criteria that have one at level 3. */
  static List<Map<String, Object>> criteria(int level3) {
    List<Map<String, Object>> list = new ArrayList<>();
    int raised = 0;
    for (var c : SECONDARY.criteria().values()) {
      boolean three = c.hasLevel3() && raised++ < level3;
      list.add(Map.of("code", c.code(), "level", three ? 3 : 2));
    }
    return list;
  }

  Map<?, ?> assessment(
      String year,
      String kind,
      List<Map<String, Object>> criteria,
      Map<String, Object> extra,
      String token) {
    Map<String, Object> body =
        new HashMap<>(
            Map.of(
                "schoolId",
                THANHXUONG,
                "schoolYear",
                year,
                "kind",
                kind,
                "criteria",
                criteria,
                "finish",
                true));
    body.putAll(extra);
    return post("/api/plans/assessments", body, token);
  }

  @Test
  void
      an_external_evaluation_of_a_school_with_a_completed_cohort_gives_grade_and_national_standard() {
    Map<?, ?> external =
        assessment(
            "2023-2024",
            "EXTERNAL",
            criteria(20),
            Map.of("schoolFacts", Map.of("cohortCompleted", true)),
            reviewer());

    assertEquals(3, external.get("overallLevel"));
    assertEquals(3, external.get("accreditationGrade"));
    assertEquals(2, external.get("nationalStandardLevel"));
    assertEquals(
        Map.of("met", 20, "total", 20), ((Map<?, ?>) external.get("summary")).get("level3"));
  }

  @Test
  void without_the_declared_precondition_an_external_evaluation_grants_nothing_and_says_why() {
    Map<?, ?> external = assessment("2022-2023", "EXTERNAL", criteria(0), Map.of(), reviewer());

    assertEquals(2, external.get("overallLevel"));
    assertNull(external.get("accreditationGrade"));
    assertTrue(
        external.get("recognition").toString().contains("Chưa xác định"), external.toString());
  }

  @Test
  void a_principal_cannot_record_an_external_evaluation() {
    HttpClientResponseException e =
        assertThrows(
            HttpClientResponseException.class,
            () -> assessment("2021-2022", "EXTERNAL", criteria(0), Map.of(), principal()));

    assertEquals(HttpStatus.FORBIDDEN, e.getStatus());
  }

  @Test
  void levels_follow_from_indicators_and_contradicting_ones_are_refused() {
    List<Map<String, Object>> criteria = new ArrayList<>(criteria(0));
    // 1.3 has 3 / 2 / 2 indicators: all of levels 1 and 2 met, one of level 3: level 2
    criteria.set(
        2,
        Map.of(
            "code",
            "1.3",
            "indicators",
            Map.of("1", List.of("a", "b", "c"), "2", List.of("a", "b"), "3", List.of("a"))));
    Map<?, ?> draft =
        post(
            "/api/plans/assessments",
            Map.of("schoolId", THANHXUONG, "schoolYear", "2020-2021", "criteria", criteria),
            principal());
    Map<?, ?> criterion13 =
        ((List<?>) draft.get("criteria"))
            .stream()
                .map(c -> (Map<?, ?>) c)
                .filter(c -> c.get("code").equals("1.3"))
                .findFirst()
                .orElseThrow();
    assertEquals(2, criterion13.get("level"));
    assertEquals("DRAFT", draft.get("status"));

    criteria.set(
        2, Map.of("code", "1.3", "level", 2, "indicators", Map.of("1", List.of("a", "b"))));
    HttpClientResponseException e =
        assertThrows(
            HttpClientResponseException.class,
            () ->
                post(
                    "/api/plans/assessments",
                    Map.of("schoolId", THANHXUONG, "schoolYear", "2020-2021", "criteria", criteria),
                    principal()));
    assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, e.getStatus());
    assertTrue(e.getResponse().getBody(String.class).orElse("").contains("1.3"));
  }

  @Test
  void a_correction_is_a_new_version_the_old_stays_readable_and_the_comparison_shows_what_moved() {
    Map<?, ?> lastYear = assessment("2024-2025", "SELF", criteria(3), Map.of(), principal());
    Map<?, ?> thisYear = assessment("2025-2026", "SELF", criteria(5), Map.of(), principal());
    Map<?, ?> corrected = assessment("2025-2026", "SELF", criteria(6), Map.of(), principal());

    assertEquals(1, thisYear.get("version"));
    assertEquals(2, corrected.get("version"));
    Map<?, ?> old = get("/api/plans/assessments/" + thisYear.get("id"), reviewer());
    assertEquals("Mức 1: 28/28 · Mức 2: 28/28 · Mức 3: 5/20 · Mức 4: 0/6", old.get("summaryLine"));
    List<?> all =
        (List<?>) get("/api/plans/assessments?schoolId=" + THANHXUONG, reviewer()).get("items");
    assertTrue(all.size() >= 3);

    Map<?, ?> comparison =
        get("/api/plans/assessments/" + corrected.get("id") + "/comparison", principal());
    assertEquals(thisYear.get("id"), ((Map<?, ?>) comparison.get("previous")).get("assessmentId"));
    assertEquals(1, ((List<?>) comparison.get("rose")).size());
    assertEquals(List.of(), comparison.get("fell"));

    Map<?, ?> overYears =
        get("/api/plans/assessments/" + thisYear.get("id") + "/comparison", principal());
    assertEquals(lastYear.get("id"), ((Map<?, ?>) overYears.get("previous")).get("assessmentId"));
    assertEquals(2, ((List<?>) overYears.get("rose")).size());
  }

  @Test
  void a_new_plan_takes_the_latest_finished_self_assessment_as_its_baseline() {
    assessment("2019-2020", "SELF", criteria(1), Map.of(), principal());

    Map<?, ?> plan =
        post(
            "/api/plans/plans",
            Map.of("schoolId", THANHXUONG, "schoolYear", "2019-2020"),
            principal());

    Map<?, ?> baseline = (Map<?, ?>) plan.get("baseline");
    assertEquals("2019-2020", baseline.get("schoolYear"));
    assertEquals(
        "Mức 1: 28/28 · Mức 2: 28/28 · Mức 3: 1/20 · Mức 4: 0/6", baseline.get("summaryLine"));
  }
}

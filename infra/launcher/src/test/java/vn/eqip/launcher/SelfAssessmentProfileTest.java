package vn.eqip.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SelfAssessmentProfileTest {

  /** TT17-2018-TH's shape: 27 criteria, 19 of them with a level 3, 5 level-4 requirements. */
  private static List<SelfAssessmentProfile.Criterion> primaryCatalog() {
    List<SelfAssessmentProfile.Criterion> criteria = new ArrayList<>();
    for (int i = 1; i <= 27; i++) {
      criteria.add(new SelfAssessmentProfile.Criterion("c" + i, i % 3 != 0 || i > 24));
    }
    assertEquals(19, criteria.stream().filter(SelfAssessmentProfile.Criterion::hasLevel3).count());
    return criteria;
  }

  @Test
  void he_muong_records_four_criteria_at_level_3_and_the_rest_at_level_2() {
    Map<String, Object> body =
        new SelfAssessmentProfile("principal.hemuong", 4)
            .body("school-1", "2025-2026", primaryCatalog(), List.of(1, 2, 3, 4, 5));

    List<?> criteria = (List<?>) body.get("criteria");
    assertEquals(27, criteria.size());
    assertEquals(4, countLevel(criteria, 3));
    assertEquals(23, countLevel(criteria, 2));
    assertEquals(Map.of("code", "c1", "level", 3), criteria.get(0));
    assertEquals(Map.of("code", "c3", "level", 2), criteria.get(2), "c3 has no level 3");
  }

  @Test
  void no_level_4_requirement_is_met_and_the_assessment_is_finished() {
    Map<String, Object> body =
        new SelfAssessmentProfile("principal.hemuong", 4)
            .body("school-1", "2025-2026", primaryCatalog(), List.of(1, 2, 3, 4, 5));

    assertEquals(
        List.of(
            Map.of("no", 1, "met", false),
            Map.of("no", 2, "met", false),
            Map.of("no", 3, "met", false),
            Map.of("no", 4, "met", false),
            Map.of("no", 5, "met", false)),
        body.get("level4"));
    assertEquals("SELF", body.get("kind"));
    assertEquals(true, body.get("finish"));
    assertEquals("school-1", body.get("schoolId"));
    assertEquals("2025-2026", body.get("schoolYear"));
  }

  @Test
  void a_profile_asking_for_more_level_3_criteria_than_the_catalog_has_fails() {
    SelfAssessmentProfile greedy = new SelfAssessmentProfile("principal.x", 20);

    assertThrows(
        IllegalStateException.class,
        () -> greedy.body("s", "2025-2026", primaryCatalog(), List.of()));
  }

  @Test
  void the_demo_profiles_are_the_five_demo_principals() {
    assertEquals(
        List.of(
            "principal.hemuong",
            "principal.thanhxuong",
            "principal.muongmuon",
            "principal.dinhphuoc",
            "principal.quan10"),
        DemoLoader.PROFILES.stream().map(SelfAssessmentProfile::username).toList());
    assertEquals(4, DemoLoader.PROFILES.get(0).level3Count());
  }

  private static long countLevel(List<?> criteria, int level) {
    return criteria.stream().filter(c -> ((Map<?, ?>) c).get("level").equals(level)).count();
  }
}

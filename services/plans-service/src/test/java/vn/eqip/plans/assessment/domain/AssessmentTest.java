package vn.eqip.plans.assessment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.eqip.plans.testing.AssessmentFixtures.levels;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.eqip.plans.shared.InvalidInput;
import vn.eqip.plans.shared.SchoolYear;
import vn.eqip.plans.testing.Catalogs;

class AssessmentTest {

  static final Catalog PRIMARY = Catalogs.PRIMARY_2018;
  static final Instant NOW = Instant.parse("2026-05-20T02:00:00Z");

  static Assessment record(
      List<CriterionResult> results, Map<Integer, Boolean> level4, boolean finish) {
    return Assessment.record(
        new Assessment.Header(
            "a1", "dienbien", "school-1", SchoolYear.parse("2025-2026"), AssessmentKind.SELF, 1),
        PRIMARY,
        results,
        level4,
        SchoolFacts.NONE,
        finish,
        "principal.hemuong",
        NOW);
  }

  static List<CriterionResult> entered(Map<String, Integer> levels) {
    return levels.entrySet().stream()
        .map(e -> CriterionResult.ofLevel(e.getKey(), e.getValue()))
        .toList();
  }

  static CriterionResult withIndicators(
      String code, Integer level, Map<Integer, Set<String>> indicators) {
    return new CriterionResult(code, level, indicators, null, List.of());
  }

  @Test
  void a_finished_assessment_is_locked_with_its_finish_time() {
    Assessment a = record(entered(levels(PRIMARY).allAt(2).build()), Map.of(), true);

    assertEquals(AssessmentStatus.FINISHED, a.status());
    assertEquals(NOW, a.finishedAt());
  }

  @Test
  void a_draft_may_be_partial() {
    Assessment a = record(entered(Map.of("1.1", 2)), Map.of(), false);

    assertEquals(AssessmentStatus.DRAFT, a.status());
    assertEquals(1, a.summary().level1().met());
  }

  @Test
  void finishing_needs_every_criterion_and_names_the_missing_ones() {
    InvalidInput e =
        assertThrows(
            InvalidInput.class,
            () ->
                record(
                    entered(levels(PRIMARY).allAt(2).without("3.4").without("5.5").build()),
                    Map.of(),
                    true));

    assertTrue(e.getMessage().contains("3.4, 5.5"), e.getMessage());
  }

  @Test
  void level_3_is_refused_on_a_criterion_without_level_3_naming_it() {
    InvalidInput e =
        assertThrows(InvalidInput.class, () -> record(entered(Map.of("1.2", 3)), Map.of(), false));

    assertEquals("criteria.1.2", e.violations().get(0).field());
    assertTrue(e.getMessage().contains("1.2 không có Mức 3"), e.getMessage());
  }

  @Test
  void unknown_criteria_and_level_4_requirements_are_refused_together() {
    InvalidInput e =
        assertThrows(
            InvalidInput.class, () -> record(entered(Map.of("9.9", 1)), Map.of(6, true), false));

    assertEquals(2, e.violations().size());
    assertTrue(e.getMessage().contains("9.9"));
    assertTrue(e.getMessage().contains("số 6"));
  }

  @Test
  void a_negative_or_too_high_level_is_refused() {
    assertThrows(InvalidInput.class, () -> record(entered(Map.of("1.1", -1)), Map.of(), false));
    assertThrows(InvalidInput.class, () -> record(entered(Map.of("1.1", 4)), Map.of(), false));
  }

  @Test
  void the_level_follows_from_the_indicators_when_only_they_are_recorded() {
    // 1.3 has 3 indicators at level 1, 2 at level 2, 2 at level 3
    Assessment a =
        record(
            List.of(
                withIndicators(
                    "1.3",
                    null,
                    Map.of(1, Set.of("a", "b", "c"), 2, Set.of("a", "b"), 3, Set.of("a")))),
            Map.of(),
            false);

    assertEquals(2, a.criterionLevels().get("1.3"));
  }

  @Test
  void a_level_is_not_reached_while_one_of_its_own_or_a_lower_indicator_is_missing() {
    Assessment a =
        record(
            List.of(
                withIndicators(
                    "1.1", null, Map.of(1, Set.of("a", "b"), 2, Set.of("a"), 3, Set.of("a"))),
                withIndicators("1.3", null, Map.of(1, Set.of("a", "b", "c"), 3, Set.of("a", "b")))),
            Map.of(),
            false);

    assertEquals(0, a.criterionLevels().get("1.1"));
    assertEquals(1, a.criterionLevels().get("1.3"));
  }

  @Test
  void indicators_that_contradict_the_level_given_are_refused() {
    // level 2 without all of its level-1 indicators
    InvalidInput e =
        assertThrows(
            InvalidInput.class,
            () ->
                record(
                    List.of(withIndicators("1.1", 2, Map.of(1, Set.of("a", "b"), 2, Set.of("a")))),
                    Map.of(),
                    false));

    assertTrue(e.getMessage().contains("mức ghi là 2"), e.getMessage());
  }

  @Test
  void an_indicator_the_criterion_does_not_have_is_refused_naming_it() {
    // 1.1 has one indicator at level 2: only "a"
    InvalidInput e =
        assertThrows(
            InvalidInput.class,
            () ->
                record(
                    List.of(
                        withIndicators(
                            "1.1", null, Map.of(1, Set.of("a", "b", "c"), 2, Set.of("b")))),
                    Map.of(),
                    false));

    assertTrue(e.getMessage().contains("chỉ báo b ở Mức 2"), e.getMessage());
  }

  @Test
  void a_self_assessment_grants_no_accreditation_grade() {
    Assessment a = record(entered(levels(PRIMARY).allAtTheirHighest().build()), Map.of(), true);

    assertEquals(null, a.recognition().accreditationGrade());
  }
}

package vn.eqip.plans.assessment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.eqip.plans.testing.AssessmentFixtures.levels;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.eqip.plans.shared.InvalidInput;
import vn.eqip.plans.shared.SchoolYear;
import vn.eqip.plans.testing.Catalogs;

class AssessmentTest {

  static final Catalog PRIMARY = Catalogs.PRIMARY_2018;

  static Assessment record(
      Map<String, Integer> levels, Map<Integer, Boolean> level4, boolean finish) {
    return Assessment.record(
        "a1",
        "dienbien",
        "school-1",
        SchoolYear.parse("2025-2026"),
        AssessmentKind.SELF,
        1,
        PRIMARY,
        levels,
        level4,
        finish,
        "principal.hemuong",
        Instant.parse("2026-05-20T02:00:00Z"));
  }

  @Test
  void a_finished_assessment_is_locked_with_its_finish_time() {
    Assessment a = record(levels(PRIMARY).allAt(2).build(), Map.of(), true);

    assertEquals(AssessmentStatus.FINISHED, a.status());
    assertEquals(Instant.parse("2026-05-20T02:00:00Z"), a.finishedAt());
  }

  @Test
  void a_draft_may_be_partial() {
    Assessment a = record(Map.of("1.1", 2), Map.of(), false);

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
                    levels(PRIMARY).allAt(2).without("3.4").without("5.5").build(),
                    Map.of(),
                    true));

    assertTrue(e.getMessage().contains("3.4, 5.5"), e.getMessage());
  }

  @Test
  void level_3_is_refused_on_a_criterion_without_level_3_naming_it() {
    InvalidInput e =
        assertThrows(InvalidInput.class, () -> record(Map.of("1.2", 3), Map.of(), false));

    assertEquals("criteria.1.2", e.violations().get(0).field());
    assertTrue(e.getMessage().contains("1.2 không có Mức 3"), e.getMessage());
  }

  @Test
  void unknown_criteria_and_level_4_requirements_are_refused_together() {
    InvalidInput e =
        assertThrows(InvalidInput.class, () -> record(Map.of("9.9", 1), Map.of(6, true), false));

    assertEquals(2, e.violations().size());
    assertTrue(e.getMessage().contains("9.9"));
    assertTrue(e.getMessage().contains("số 6"));
  }

  @Test
  void a_negative_or_too_high_level_is_refused() {
    assertThrows(InvalidInput.class, () -> record(Map.of("1.1", -1), Map.of(), false));
    assertThrows(InvalidInput.class, () -> record(Map.of("1.1", 4), Map.of(), false));
  }
}

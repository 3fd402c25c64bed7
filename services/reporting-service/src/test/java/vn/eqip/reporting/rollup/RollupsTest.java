package vn.eqip.reporting.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RollupsTest {

  private static RollupRow school(String id, String status) {
    return new RollupRow(
        id,
        "c-" + id,
        "Trường " + id,
        "PRIMARY",
        "office",
        status == null ? null : "p-" + id,
        status,
        null);
  }

  @Test
  void every_status_is_counted_and_schools_without_a_plan_count_as_none() {
    RollupView view =
        Rollups.assemble(
            SchoolYear.parse("2026-2027").orElseThrow(),
            "root",
            List.of(
                school("a", null),
                school("b", "APPROVED"),
                school("c", "APPROVED"),
                school("d", "RETURNED"),
                school("e", "WITHDRAWN")));

    assertEquals(5, view.schoolCount());
    assertEquals(
        Map.of(
            PlanStatus.NONE, 1,
            PlanStatus.DRAFT, 0,
            PlanStatus.SUBMITTED, 0,
            PlanStatus.RETURNED, 1,
            PlanStatus.WITHDRAWN, 1,
            PlanStatus.APPROVED, 2),
        view.plansByStatus());
    assertEquals(PlanStatus.NONE, view.items().get(0).planStatus());
    assertNull(view.items().get(0).planId());
  }

  @Test
  void the_assessment_counts_are_shown_per_level() {
    RollupRow row =
        new RollupRow(
            "a",
            "c",
            "n",
            "PRIMARY",
            "o",
            null,
            null,
            new RollupRow.Assessment(
                "2025-2026",
                "SELF",
                "Mức 1: 27/27 · Mức 2: 27/27 · Mức 3: 4/19 · Mức 4: 0/5",
                2,
                new int[] {27, 27, 4, 0},
                new int[] {27, 27, 19, 5}));

    RollupView.AssessmentSummary summary =
        Rollups.assemble(SchoolYear.parse("2026-2027").orElseThrow(), "o", List.of(row))
            .items()
            .get(0)
            .assessment();

    assertEquals(new RollupView.LevelCount(4, 19), summary.counts().get("level3"));
    assertEquals(new RollupView.LevelCount(0, 5), summary.counts().get("level4"));
    assertEquals(2, summary.overallLevel());
  }
}

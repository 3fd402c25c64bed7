package vn.eqip.reporting.yearoveryear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.eqip.reporting.attainment.ChildUnit;

class YearOverYearsTest {

  static Movement.Snapshot level(Integer overall, int level2Met, int level3Met) {
    return new Movement.Snapshot(
        overall, "…", new int[] {27, level2Met, level3Met, 0}, new int[] {27, 27, 19, 5});
  }

  static YearOverYearRow school(
      String id, String path, Movement.Snapshot from, Movement.Snapshot to) {
    return moved(id, path, path, from, to);
  }

  /** A school under {@code fromPath} in the earlier year and under {@code toPath} in the later. */
  static YearOverYearRow moved(
      String id, String fromPath, String toPath, Movement.Snapshot from, Movement.Snapshot to) {
    return new YearOverYearRow(
        id,
        id,
        "Trường " + id,
        "PRIMARY",
        null,
        unitOf(fromPath),
        fromPath,
        unitOf(toPath),
        toPath,
        from,
        to);
  }

  private static String unitOf(String path) {
    String[] parts = path.split("/");
    return parts[parts.length - 2];
  }

  @Test
  void movement_follows_the_overall_level_and_missing_years_are_named() {
    assertEquals(Movement.UP, Movement.between(level(1, 20, 0), level(2, 27, 4)));
    assertEquals(Movement.DOWN, Movement.between(level(3, 27, 19), level(2, 27, 4)));
    assertEquals(Movement.SAME, Movement.between(level(2, 27, 3), level(2, 27, 9)));
    assertEquals(Movement.UP, Movement.between(level(null, 10, 0), level(1, 27, 0)), "null is 0");
    assertEquals(Movement.ONLY_FROM, Movement.between(level(1, 20, 0), null));
    assertEquals(Movement.ONLY_TO, Movement.between(null, level(1, 20, 0)));
    assertEquals(Movement.NEITHER, Movement.between(null, null));
  }

  @Test
  void schools_and_units_are_counted_by_movement_with_criteria_changes() {
    List<ChildUnit> children =
        List.of(
            new ChildUnit("u1", "Xã A", "COMMUNE_OFFICE", "/r/u1/"),
            new ChildUnit("u2", "Xã B", "COMMUNE_OFFICE", "/r/u2/"));
    YearOverYearView view =
        YearOverYears.assemble(
            "2024-2025",
            "2025-2026",
            "r",
            null,
            null,
            List.of(
                school("a", "/r/u1/a/", level(1, 20, 0), level(2, 27, 4)),
                school("b", "/r/u1/b/", level(2, 27, 10), level(1, 26, 10)),
                school("c", "/r/u2/c/", level(1, 25, 0), null),
                school("d", "/r/d/", null, null)),
            children);

    YearOverYearView.Aggregates s = view.summary();
    assertEquals(4, s.schoolCount());
    assertEquals(
        Map.of("UP", 1, "DOWN", 1, "SAME", 0, "ONLY_FROM", 1, "ONLY_TO", 0, "NEITHER", 1),
        s.byMovement());
    assertEquals(Map.of("0", 0, "1", 2, "2", 1, "3", 0, "4", 0), s.fromByOverallLevel());
    assertEquals(Map.of("0", 0, "1", 1, "2", 1, "3", 0, "4", 0), s.toByOverallLevel());
    assertEquals(20 + 27 + 25, s.fromCriteriaMet().get("level2"));
    assertEquals(27 + 26, s.toCriteriaMet().get("level2"));
    assertEquals(2, view.units().get(0).aggregates().schoolCount());
    assertEquals(1, view.units().get(0).aggregates().byMovement().get("DOWN"));
    assertEquals(1, view.units().get(1).aggregates().byMovement().get("ONLY_FROM"));

    YearOverYearView.Item a = view.items().get(0);
    assertEquals(1, a.overallLevelChange());
    assertEquals(Map.of("level1", 0, "level2", 7, "level3", 4, "level4", 0), a.metChange());
    YearOverYearView.Item c = view.items().get(2);
    assertEquals(Movement.ONLY_FROM, c.movement());
    assertNull(c.to());
    assertNull(c.overallLevelChange());
    assertEquals(25, c.from().counts().get("level2").met());
  }

  @Test
  void a_school_that_moved_counts_each_years_figures_under_that_years_unit() {
    List<ChildUnit> children =
        List.of(
            new ChildUnit("u1", "Xã A", "COMMUNE_OFFICE", "/r/u1/"),
            new ChildUnit("u2", "Xã B", "COMMUNE_OFFICE", "/r/u2/"));
    // m: under u1 in 2024-2025 (overall 1), under u2 in 2025-2026 (overall 2); x: another report
    // unit's school that moved into r's subtree only in the later year
    YearOverYearView view =
        YearOverYears.assemble(
            "2024-2025",
            "2025-2026",
            "r",
            null,
            null,
            List.of(
                moved("m", "/r/u1/m/", "/r/u2/m/", level(1, 20, 0), level(2, 27, 4)),
                moved("x", "/q/v/x/", "/r/u2/x/", level(3, 27, 19), level(3, 27, 19))),
            children);

    YearOverYearView.Aggregates u1 = view.units().get(0).aggregates();
    assertEquals(1, u1.schoolCount());
    assertEquals(Map.of("0", 0, "1", 1, "2", 0, "3", 0, "4", 0), u1.fromByOverallLevel());
    assertEquals(Map.of("0", 0, "1", 0, "2", 0, "3", 0, "4", 0), u1.toByOverallLevel());
    YearOverYearView.Aggregates u2 = view.units().get(1).aggregates();
    assertEquals(2, u2.schoolCount());
    assertEquals(Map.of("0", 0, "1", 0, "2", 0, "3", 0, "4", 0), u2.fromByOverallLevel());
    assertEquals(Map.of("0", 0, "1", 0, "2", 1, "3", 1, "4", 0), u2.toByOverallLevel());
    YearOverYearView.Aggregates all = view.summary();
    assertEquals(2, all.schoolCount(), "each school once");
    assertEquals(20, all.fromCriteriaMet().get("level2"), "x was not r's school in 2024-2025");
    assertEquals(27 + 27, all.toCriteriaMet().get("level2"));
    assertEquals("u1", view.items().get(0).fromOrgUnitId());
    assertEquals("u2", view.items().get(0).orgUnitId());
  }
}

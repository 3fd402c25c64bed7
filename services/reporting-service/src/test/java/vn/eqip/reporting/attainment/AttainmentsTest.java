package vn.eqip.reporting.attainment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.eqip.reporting.scope.ReportScope;

class AttainmentsTest {

  static AttainmentRow school(String name, Integer overall, int level3Met) {
    return new AttainmentRow(
        name,
        name,
        name,
        "PRIMARY",
        null,
        "/u/",
        "/root/office/" + name + "/",
        overall == null ? null : "2026-2027",
        overall == null ? null : "…",
        overall,
        overall == null ? null : new int[] {27, 27, level3Met, 0},
        overall == null ? null : new int[] {27, 27, 19, 5},
        null,
        null);
  }

  @Test
  void equal_schools_share_a_rank_and_the_next_rank_skips() {
    List<AttainmentRow> rows =
        List.of(
            school("D", 1, 9),
            school("A", 2, 4),
            school("Z", null, 0),
            school("C", 2, 4),
            school("B", 2, 10));

    List<AttainmentView.Item> items = Attainments.ranked(rows);

    assertEquals(
        List.of("B", "A", "C", "D", "Z"), items.stream().map(AttainmentView.Item::name).toList());
    assertEquals(
        Arrays.asList(1, 2, 2, 4, null), items.stream().map(AttainmentView.Item::rank).toList());
  }

  @Test
  void the_aggregates_count_only_assessed_schools_per_level_and_level_3() {
    AttainmentView.Aggregates a =
        Attainments.aggregate(
            List.of(
                school("A", 2, 4), school("B", 2, 4), school("C", 3, 12), school("Z", null, 0)));

    assertEquals(4, a.schoolCount());
    assertEquals(3, a.assessedCount());
    assertEquals(1, a.notAssessedCount());
    assertEquals("{0=0, 1=0, 2=2, 3=1, 4=0}", a.byOverallLevel().toString());
    assertEquals(3, a.allCriteriaAtLevel2());
    assertEquals(
        List.of(new AttainmentView.Level3Bucket(4, 2), new AttainmentView.Level3Bucket(12, 1)),
        a.level3Distribution());
  }

  @Test
  void a_school_belongs_to_the_child_unit_right_below_the_report_unit() {
    assertEquals("office", ReportScope.childOf("root", "/root/office/school/"));
    assertEquals("district", ReportScope.childOf("root", "/root/district/office/school/"));
    assertNull(ReportScope.childOf("office", "/root/office/school/"), "the school itself");
    assertNull(ReportScope.childOf("school", "/root/office/school/"));
    assertNull(ReportScope.childOf("other", "/root/office/school/"));
    // a past year's path: the unit is found wherever it stood then
    assertEquals("office", ReportScope.childOf("district", "/root/old/district/office/school/"));
  }
}

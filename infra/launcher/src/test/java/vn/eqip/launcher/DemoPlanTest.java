package vn.eqip.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoPlanTest {

  /** Two criteria with a level 3 per standard, then one without; standards 1–5. */
  private static final List<DemoPlan.Criterion> CATALOG =
      List.of(
          new DemoPlan.Criterion("1.1", 1, true),
          new DemoPlan.Criterion("1.2", 1, false),
          new DemoPlan.Criterion("1.3", 1, true),
          new DemoPlan.Criterion("2.1", 2, true),
          new DemoPlan.Criterion("2.2", 2, true),
          new DemoPlan.Criterion("3.1", 3, true),
          new DemoPlan.Criterion("3.2", 3, true),
          new DemoPlan.Criterion("4.1", 4, true),
          new DemoPlan.Criterion("5.1", 5, true),
          new DemoPlan.Criterion("5.2", 5, false));

  private static final DemoCalendar NOVEMBER = new DemoCalendar(LocalDate.of(2026, 11, 23));

  @Test
  void rows_aim_at_level_3_only_where_the_demo_baseline_left_the_criterion_at_level_2() {
    // the demo self-assessment puts the first 3 level-3 criteria (1.1, 1.3, 2.1) at level 3
    DemoPlan plan =
        new DemoPlan(
            new SelfAssessmentProfile("principal.x", 3),
            "reviewer.x",
            2026,
            DemoPlan.Outcome.APPROVED,
            false);

    List<DemoPlan.Row> rows = plan.rows(CATALOG, true, NOVEMBER);

    assertEquals(
        List.of("2.2", "3.1", "4.1", "5.1"),
        rows.stream()
            .filter(r -> r.criterionCode() != null)
            .map(DemoPlan.Row::criterionCode)
            .toList());
    assertEquals(1, rows.get(rows.size() - 1).level4No());
    assertTrue(rows.stream().allMatch(r -> !r.actions().isEmpty()));
  }

  @Test
  void the_current_years_plan_has_an_overdue_and_a_soon_due_action_last_years_has_none() {
    DemoPlan current =
        new DemoPlan(
            new SelfAssessmentProfile("principal.x", 0),
            "reviewer.x",
            2026,
            DemoPlan.Outcome.APPROVED,
            false);
    DemoPlan last =
        new DemoPlan(
            new SelfAssessmentProfile("principal.x", 0),
            "reviewer.x",
            2025,
            DemoPlan.Outcome.APPROVED,
            false);

    List<DemoPlan.Action> now = actions(current.rows(CATALOG, false, NOVEMBER));
    List<DemoPlan.Action> before = actions(last.rows(CATALOG, false, NOVEMBER));

    assertEquals(
        List.of("Tháng 9/2026", "Tháng 10/2026", "Từ 9/2026 đến 5/2027", "Tháng 11/2026"),
        now.stream().map(DemoPlan.Action::timeline).toList());
    assertEquals(
        List.of("1.1", "2.1", "3.1", "4.1"),
        current.rows(CATALOG, false, NOVEMBER).stream().map(DemoPlan.Row::criterionCode).toList());
    assertEquals(
        List.of(
            DemoPlan.Kind.DONE,
            DemoPlan.Kind.OVERDUE,
            DemoPlan.Kind.RUNNING,
            DemoPlan.Kind.DUE_SOON),
        now.stream().map(DemoPlan.Action::kind).toList());
    assertTrue(
        before.stream()
            .noneMatch(
                a -> a.kind() == DemoPlan.Kind.OVERDUE || a.kind() == DemoPlan.Kind.DUE_SOON));
    assertTrue(
        before.stream()
            .allMatch(a -> !a.timeline().contains("2026/") && !a.timeline().contains("/2027")));
  }

  @Test
  void the_demo_pdf_is_a_pdf_with_a_cross_reference_table() throws Exception {
    String pdf =
        new String(DemoPlans.pdf("Bien ban (mau)"), java.nio.charset.StandardCharsets.US_ASCII);

    assertTrue(pdf.startsWith("%PDF-1.4\n"));
    assertTrue(pdf.contains("(Bien ban \\(mau\\)) Tj"));
    int xref = Integer.parseInt(pdf.replaceAll("(?s).*startxref\n(\\d+)\n%%EOF\n$", "$1"));
    assertTrue(pdf.substring(xref).startsWith("xref\n0 6\n"));
  }

  private static List<DemoPlan.Action> actions(List<DemoPlan.Row> rows) {
    return rows.stream().flatMap(r -> r.actions().stream()).toList();
  }
}

package vn.eqip.reporting.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.eqip.reporting.attainment.ChildUnit;
import vn.eqip.reporting.readmodel.ActionViews;

class ProgressTest {

  static final List<ChildUnit> UNITS =
      List.of(
          new ChildUnit("u1", "Xã Một", "COMMUNE_OFFICE", "/r/u1/"),
          new ChildUnit("u2", "Xã Hai", "COMMUNE_OFFICE", "/r/u2/"));

  static ProgressRow action(
      String school,
      String unit,
      String action,
      String standard,
      Long budget,
      String status,
      Integer percent,
      Long spent) {
    return new ProgressRow(
        school,
        school,
        "Trường " + school,
        "PRIMARY",
        unit,
        "/r/" + unit + "/" + school + "/",
        action,
        standard,
        budget,
        status,
        percent,
        spent,
        standard == null ? null : standard + ".1",
        action == null ? null : "Hoạt động " + action,
        null);
  }

  /** An action with an end date. */
  static ProgressRow due(String school, String action, String status, String end) {
    ProgressRow r = action(school, "u1", action, "1", 100L, status, 50, 0L);
    return new ProgressRow(
        r.schoolId(),
        r.code(),
        r.name(),
        r.level(),
        r.orgUnitId(),
        r.path(),
        r.actionId(),
        r.standardCode(),
        r.budgetVnd(),
        r.status(),
        r.percentDone(),
        r.moneySpent(),
        r.criterionCode(),
        r.description(),
        end == null ? null : LocalDate.parse(end));
  }

  @Test
  void sums_by_unit_and_standard_with_a_mean_percent_of_one_decimal() {
    List<ProgressRow> rows =
        List.of(
            action("s1", "u1", "a1", "1", 1_000_000L, "DONE", 100, 900_000L),
            action("s1", "u1", "a2", "10", null, null, null, null),
            action("s1", "u1", "a3", "2", 500_000L, "IN_PROGRESS", 33, 100_000L),
            action("s2", "u2", null, null, null, null, null, null));

    ProgressView view = progressOf(rows);

    ProgressView.Figures total = view.summary();
    assertEquals(3, total.actions());
    assertEquals(1, total.done());
    assertEquals(new BigDecimal("44.3"), total.percentDone());
    assertEquals(1_500_000L, total.budgetPlanned());
    assertEquals(1, total.withoutBudget());
    assertEquals(1_000_000L, total.moneySpent());
    assertEquals(
        Arrays.asList("1", "2", "10"),
        view.standards().stream().map(ProgressView.Standard::standard).toList());
    assertEquals(3, view.units().get(0).figures().actions());
    assertEquals(List.of("s2"), view.units().get(1).schoolIds());
    assertNull(view.units().get(1).figures().percentDone());
    assertEquals(2, view.schools().size());
  }

  @Test
  void the_standard_is_the_criterion_codes_first_part() {
    assertEquals("3", ActionViews.standardOf("3.1"));
    assertEquals("5", ActionViews.standardOf("5"));
    assertNull(ActionViews.standardOf(null));
  }

  private static ProgressView progressOf(List<ProgressRow> rows) {
    return Progress.assemble("2026-2027", "r", rows, UNITS, LocalDate.parse("2027-03-10"));
  }

  @Test
  void an_action_not_done_past_its_end_date_is_overdue_and_listed_longest_first() {
    List<ProgressRow> rows =
        List.of(
            due("s1", "a1", "IN_PROGRESS", "2027-03-09"),
            due("s1", "a2", "DONE", "2027-01-31"),
            due("s1", "a3", null, "2027-03-10"),
            due("s1", "a4", "NOT_STARTED", null),
            due("s2", "a5", null, "2027-02-28"));

    ProgressView view = progressOf(rows);

    assertEquals(2, view.summary().overdue(), "not done, and the end date before 10/03/2027");
    assertEquals("2027-03-10", view.overdueAsOf());
    assertEquals(
        List.of("a5", "a1"),
        view.overdueActions().stream().map(ProgressView.OverdueAction::actionId).toList());
    ProgressView.OverdueAction a5 = view.overdueActions().get(0);
    assertEquals(10, a5.daysOverdue());
    assertEquals("s2", a5.schoolId());
    assertEquals("1.1", a5.criterionCode());
    assertEquals(2, view.units().get(0).figures().overdue());
    assertEquals(2, view.standards().get(0).figures().overdue());
  }
}

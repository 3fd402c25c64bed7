package vn.eqip.plans.plan.domain.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.eqip.plans.plan.domain.PlanAction;
import vn.eqip.plans.plan.domain.PlanRow;
import vn.eqip.plans.shared.SchoolYear;
import vn.eqip.plans.testing.Catalogs;

class PlanLinterTest {

  static final SchoolYear YEAR_2023 = SchoolYear.parse("2023-2024");
  static final LintContext PRIMARY_2023 =
      new LintContext(YEAR_2023, Catalogs.PRIMARY_2018, "2022-2023", Map.of("1.1", 3, "3.1", 1));

  static PlanAction action(String lead, String timeline, String budget) {
    return new PlanAction("a1", "Xây dựng kế hoạch", lead, null, timeline, budget);
  }

  static PlanRow row(String criterion, String target, PlanAction... actions) {
    return new PlanRow(
        "r-" + criterion, PlanRow.Tier.LEVELS_1_TO_3, criterion, null, target, List.of(actions));
  }

  static LintReport lintOne(PlanRow row) {
    return PlanLinter.lint(List.of(row), PRIMARY_2023);
  }

  @Test
  void a_correct_row_has_no_findings() {
    LintReport report =
        lintOne(row("3.1", "Đạt mức 2", action("Hiệu trưởng", "Quý 1/2024", "3 tỷ đồng")));
    assertEquals(List.of(), report.errors());
    assertEquals(List.of(), report.warnings());
    assertFalse(report.blocksSubmission());
  }

  @ParameterizedTest(name = "\"{0}\" in a 2023-2024 plan: {1} {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Từ năm học 2013-2024                          | ERROR   | school-year-invalid",
        "Năm học 2003-2024                             | ERROR   | school-year-invalid",
        "trong năm học 2024-2023                       | ERROR   | school-year-invalid",
        "Trong năm học 2024-2025                       | WARNING | school-year-other",
        "Tháng 10/2024 đến hết năm học 2023 - 2024     | ERROR   | timeline-ends-before-start",
        "Từ 5/2024 đến 8/2023                          | ERROR   | timeline-ends-before-start",
        "Tháng 10/2022                                 | ERROR   | timeline-outside-plan",
        "Quý 1/2026                                    | ERROR   | timeline-outside-plan",
        "Từ tháng 8/2023 đến tháng 12/2026             | WARNING | timeline-beyond-plan",
        "sau khi có kinh phí                           | WARNING | timeline-unreadable",
      })
  void timeline_mistakes_are_found(String timeline, Severity severity, String code) {
    LintReport report = lintOne(row("3.1", "Đạt mức 2", action("Hiệu trưởng", timeline, "Không")));
    List<Finding> findings = severity == Severity.ERROR ? report.errors() : report.warnings();
    assertTrue(
        findings.stream().anyMatch(f -> f.code().equals(code)), () -> timeline + ": " + report);
  }

  @ParameterizedTest(name = "\"{0}\" in a 2023-2024 plan is fine")
  @CsvSource({
    "Quý 1/2024",
    "Năm 2024",
    "Từ 8/2023 Đến 5/2024",
    "Trong năm học 2023-2024",
    "Năm học 2023 – 2024",
    "Thực hiện thường xuyên",
    "Tháng 10/2023 đến khi kết thúc năm học 2023 – 2024",
    "Trong năm học 2023-2024 và các năm tiếp theo"
  })
  void correct_timelines_raise_nothing(String timeline) {
    LintReport report = lintOne(row("3.1", "Đạt mức 2", action("Hiệu trưởng", timeline, "Không")));
    assertEquals(List.of(), report.errors(), timeline);
    assertEquals(List.of(), report.warnings(), timeline);
  }

  @Test
  void the_message_names_the_row_its_criterion_and_the_fix() {
    Finding finding =
        lintOne(row("5.3", "Đạt mức 3", action("Phó HT", "Từ năm học 2013-2024", "Không")))
            .errors()
            .get(0);
    assertEquals("r-5.3", finding.rowId());
    assertEquals(1, finding.rowNo());
    assertTrue(finding.message().startsWith("Dòng 1 (Tiêu chí 5.3): "), finding.message());
    assertTrue(finding.message().contains("sửa thành 2023-2024"), finding.message());
  }

  @Test
  void rows_are_numbered_in_their_order() {
    LintReport report =
        PlanLinter.lint(
            List.of(
                row("3.1", "Đạt mức 2", action("Hiệu trưởng", "Quý 1/2024", "Không")),
                row("3.2", "Đạt mức 2", action("", "Quý 1/2024", "Không"))),
            PRIMARY_2023);
    assertEquals(2, report.errors().get(0).rowNo());
    assertEquals("action-without-lead", report.errors().get(0).code());
  }

  @Test
  void a_criterion_the_circular_does_not_have_is_an_error() {
    LintReport report =
        PlanLinter.lint(
            List.of(row("2.4", "Đạt mức 2", action("Hiệu trưởng", "Quý 1/2024", "Không"))),
            new LintContext(YEAR_2023, Catalogs.PRESCHOOL_2018, null, Map.of()));
    assertEquals(List.of("criterion-unknown"), report.codes());
    assertTrue(report.errors().get(0).message().contains("TT19-2018-MN"));
  }

  @Test
  void a_level_4_requirement_the_circular_does_not_have_is_an_error() {
    PlanRow level4 =
        new PlanRow(
            "r4",
            PlanRow.Tier.LEVEL_4,
            null,
            6,
            "Đạt yêu cầu",
            List.of(action("Hiệu trưởng", "Năm 2024", "Không")));
    LintReport report = PlanLinter.lint(List.of(level4), PRIMARY_2023);
    assertEquals(List.of("level4-unknown"), report.codes());
    assertTrue(report.errors().get(0).message().startsWith("Dòng 1 (Yêu cầu Mức 4 số 6)"));
  }

  @Test
  void a_level_3_target_on_a_criterion_without_level_3_is_an_error() {
    LintReport report =
        lintOne(row("1.2", "Đạt mức 3", action("Hiệu trưởng", "Quý 1/2024", "Không")));
    assertEquals(List.of("level-not-in-circular"), report.codes());
    assertTrue(report.blocksSubmission());
  }

  @Test
  void a_target_at_or_below_the_baseline_is_a_warning() {
    LintReport report =
        lintOne(row("1.1", "Đạt mức 3", action("Hiệu trưởng", "Quý 1/2024", "Không")));
    assertEquals(List.of("target-not-above-baseline"), report.codes());
    assertFalse(report.blocksSubmission());
    assertTrue(report.warnings().get(0).message().contains("đã đạt Mức 3"));
  }

  @Test
  void a_target_above_the_baseline_is_fine() {
    LintReport report =
        lintOne(row("3.1", "Đạt mức 2", action("Hiệu trưởng", "Quý 1/2024", "Không")));
    assertEquals(List.of(), report.codes());
  }

  @Test
  void a_row_without_actions_is_a_warning() {
    LintReport report = lintOne(row("3.1", "Đạt mức 2"));
    assertEquals(List.of("row-without-action"), report.codes());
    assertFalse(report.blocksSubmission());
  }

  @Test
  void an_unreadable_budget_is_an_error_naming_the_text() {
    LintReport report =
        lintOne(row("3.1", "Đạt mức 2", action("Hiệu trưởng", "Quý 1/2024", "Nhiều")));
    assertEquals(List.of("budget-unreadable"), report.codes());
    assertTrue(report.errors().get(0).message().contains("\"Nhiều\""));
  }

  @Test
  void budgets_that_are_sources_or_nothing_are_fine() {
    for (String budget : new String[] {"Nguồn kinh phí ngành", "Không", "", "350 triệu đồng"}) {
      assertEquals(
          List.of(),
          lintOne(row("3.1", "Đạt mức 2", action("Hiệu trưởng", "Quý 1/2024", budget))).codes(),
          budget);
    }
  }
}

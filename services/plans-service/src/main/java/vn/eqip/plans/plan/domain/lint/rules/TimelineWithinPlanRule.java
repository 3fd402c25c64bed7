package vn.eqip.plans.plan.domain.lint.rules;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import vn.eqip.plans.plan.domain.PlanAction;
import vn.eqip.plans.plan.domain.PlanRow;
import vn.eqip.plans.plan.domain.lint.Finding;
import vn.eqip.plans.plan.domain.lint.LintContext;
import vn.eqip.plans.plan.domain.lint.LintRule;
import vn.eqip.plans.plan.domain.lint.SchoolYears;
import vn.eqip.plans.plan.domain.text.Timeline;
import vn.eqip.plans.shared.SchoolYear;

/**
 * A timeline ends after it starts and lies in the plan's years. Errors: the end before the start; a
 * start or an end in a calendar year the plan's school year does not touch, before it ("Tháng
 * 10/2023" in a 2024-2025 plan) or starting after it. A warning: an action that runs on past the
 * plan's second calendar year (multi-year work exists), or a timeline we cannot read.
 */
public class TimelineWithinPlanRule implements LintRule {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @Override
  public List<Finding> check(int rowNo, PlanRow row, LintContext context) {
    List<Finding> findings = new ArrayList<>();
    SchoolYear year = context.schoolYear();
    for (int i = 0; i < row.actions().size(); i++) {
      PlanAction action = row.actions().get(i);
      Timeline t = action.parsedTimeline();
      String where =
          "công việc "
              + (i + 1)
              + ", thời gian \""
              + SchoolYearMatchesPlanRule.flat(action.timeline())
              + "\": ";
      if (t.endsBeforeItStarts()) {
        findings.add(
            Finding.error(
                rowNo,
                row,
                "timeline-ends-before-start",
                where
                    + "kết thúc ("
                    + DAY.format(t.end())
                    + ") trước khi bắt đầu ("
                    + DAY.format(t.start())
                    + "). Sửa thời gian hoàn thành, ví dụ \"đến khi kết thúc năm học "
                    + year
                    + "\"."));
      } else if (before(t.start(), year) || before(t.end(), year) || after(t.start(), year)) {
        findings.add(
            Finding.error(
                rowNo,
                row,
                "timeline-outside-plan",
                where
                    + "nằm ngoài năm học "
                    + year
                    + " của kế hoạch. Sửa thời gian trong khoảng "
                    + DAY.format(year.firstDay())
                    + " – "
                    + DAY.format(year.lastDay())
                    + " (hoặc năm "
                    + year.startYear()
                    + ", "
                    + (year.startYear() + 1)
                    + ")."));
      } else if (after(t.end(), year) && !t.recurring()) {
        findings.add(
            Finding.warning(
                rowNo,
                row,
                "timeline-beyond-plan",
                where
                    + "kéo dài sau năm học "
                    + year
                    + ". Kiểm tra lại, hoặc ghi rõ phần việc hoàn thành trong năm học này."));
      } else if (!t.understood() && !namesAnInvalidSchoolYear(action, year)) {
        findings.add(
            Finding.warning(
                rowNo,
                row,
                "timeline-unreadable",
                where
                    + "không xác định được thời gian bắt đầu và hoàn thành. Ghi theo dạng"
                    + " \"Quý 1/2024\", \"Tháng 10/2024\", \"Từ 8/2023 đến 5/2024\", \"Năm học "
                    + year
                    + "\" hoặc \"Thực hiện thường xuyên\"."));
      }
    }
    return findings;
  }

  private static boolean before(LocalDate date, SchoolYear year) {
    return date != null && date.getYear() < year.startYear();
  }

  private static boolean after(LocalDate date, SchoolYear year) {
    return date != null && date.getYear() > year.startYear() + 1;
  }

  /** Already reported by {@link SchoolYearMatchesPlanRule}. */
  private static boolean namesAnInvalidSchoolYear(PlanAction action, SchoolYear year) {
    return SchoolYears.in(action.timeline(), year).stream()
        .anyMatch(m -> m.problem() == SchoolYears.Problem.INVALID);
  }
}

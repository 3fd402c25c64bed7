package vn.eqip.plans.plan.domain.lint.rules;

import java.util.ArrayList;
import java.util.List;
import vn.eqip.plans.plan.domain.PlanAction;
import vn.eqip.plans.plan.domain.PlanRow;
import vn.eqip.plans.plan.domain.lint.Finding;
import vn.eqip.plans.plan.domain.lint.LintContext;
import vn.eqip.plans.plan.domain.lint.LintRule;
import vn.eqip.plans.plan.domain.lint.SchoolYears;

/**
 * A school year written in a timeline is a real one (two consecutive years: not "2013-2024" or
 * "2024-2023", an error) and is the plan's (another year is a warning).
 */
public class SchoolYearMatchesPlanRule implements LintRule {

  @Override
  public List<Finding> check(int rowNo, PlanRow row, LintContext context) {
    List<Finding> findings = new ArrayList<>();
    String planYear = context.schoolYear().toString();
    for (int i = 0; i < row.actions().size(); i++) {
      PlanAction action = row.actions().get(i);
      for (SchoolYears.Mention mention : SchoolYears.in(action.timeline(), context.schoolYear())) {
        String where = "công việc " + (i + 1) + ", thời gian \"" + flat(action.timeline()) + "\": ";
        if (mention.problem() == SchoolYears.Problem.INVALID) {
          findings.add(
              Finding.error(
                  rowNo,
                  row,
                  "school-year-invalid",
                  where
                      + "năm học "
                      + mention.written()
                      + " không đúng (năm học gồm hai năm liên tiếp). Kế hoạch là của năm học "
                      + planYear
                      + ": sửa thành "
                      + planYear
                      + "."));
        } else if (mention.problem() == SchoolYears.Problem.OTHER_YEAR) {
          findings.add(
              Finding.warning(
                  rowNo,
                  row,
                  "school-year-other",
                  where
                      + "ghi năm học "
                      + mention.written()
                      + ", khác năm học của kế hoạch ("
                      + planYear
                      + "). Kiểm tra lại thời gian thực hiện."));
        }
      }
    }
    return findings;
  }

  static String flat(String text) {
    return text == null ? "" : text.trim().replaceAll("\\s+", " ");
  }
}

package vn.eqip.plans.plan.domain.lint.rules;

import java.util.ArrayList;
import java.util.List;
import vn.eqip.plans.plan.domain.PlanDocument;
import vn.eqip.plans.plan.domain.lint.DocumentLintRule;
import vn.eqip.plans.plan.domain.lint.Finding;
import vn.eqip.plans.plan.domain.lint.LintContext;
import vn.eqip.plans.plan.domain.lint.SchoolYears;

/**
 * The school years named in the title, purposes and orientation are real ("năm học 2003-2024" is an
 * error) and are the plan's (another one is a warning: "thực hiện trong năm học 2022-2023" in a
 * 2023-2024 plan). Legal bases legitimately cite earlier years: only impossible years are reported.
 */
public class DocumentSchoolYearRule implements DocumentLintRule {

  @Override
  public List<Finding> check(PlanDocument document, LintContext context) {
    List<Finding> findings = new ArrayList<>();
    check("Tiêu đề", document.title(), true, context, findings);
    for (int i = 0; i < document.purposes().size(); i++) {
      check("Mục đích " + (i + 1), document.purposes().get(i), true, context, findings);
    }
    for (int i = 0; i < document.legalBases().size(); i++) {
      check("Căn cứ " + (i + 1), document.legalBases().get(i), false, context, findings);
    }
    check("Định hướng", document.orientation(), true, context, findings);
    return findings;
  }

  private static void check(
      String section,
      String text,
      boolean mustBeThePlansYear,
      LintContext context,
      List<Finding> findings) {
    String planYear = context.schoolYear().toString();
    for (SchoolYears.Mention mention : SchoolYears.in(text, context.schoolYear())) {
      if (mention.problem() == SchoolYears.Problem.INVALID) {
        findings.add(
            Finding.ofDocument(
                "school-year-invalid",
                true,
                section
                    + ": năm học "
                    + mention.written()
                    + " không đúng (năm học gồm hai năm liên tiếp). Kế hoạch là của năm học "
                    + planYear
                    + ": sửa thành "
                    + planYear
                    + "."));
      } else if (mention.problem() == SchoolYears.Problem.OTHER_YEAR && mustBeThePlansYear) {
        findings.add(
            Finding.ofDocument(
                "school-year-other",
                false,
                section
                    + ": ghi năm học "
                    + mention.written()
                    + ", khác năm học của kế hoạch ("
                    + planYear
                    + "). Kiểm tra lại."));
      }
    }
  }
}

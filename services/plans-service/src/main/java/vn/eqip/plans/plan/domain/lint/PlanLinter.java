package vn.eqip.plans.plan.domain.lint;

import java.util.ArrayList;
import java.util.List;
import vn.eqip.plans.plan.domain.PlanDocument;
import vn.eqip.plans.plan.domain.PlanRow;
import vn.eqip.plans.plan.domain.lint.rules.ActionsHaveLeadsRule;
import vn.eqip.plans.plan.domain.lint.rules.BudgetIsReadableRule;
import vn.eqip.plans.plan.domain.lint.rules.CriterionInCircularRule;
import vn.eqip.plans.plan.domain.lint.rules.DocumentSchoolYearRule;
import vn.eqip.plans.plan.domain.lint.rules.Level3TargetNeedsLevel3Rule;
import vn.eqip.plans.plan.domain.lint.rules.SchoolYearMatchesPlanRule;
import vn.eqip.plans.plan.domain.lint.rules.TargetAboveBaselineRule;
import vn.eqip.plans.plan.domain.lint.rules.TimelineWithinPlanRule;

/**
 * Finds the mistakes reviewers otherwise find by reading: wrong school years, timelines that end
 * before they start or lie outside the plan's years, criteria the circular does not have, targets
 * not above the baseline, rows without actions or leads, budgets that cannot be read.
 */
public final class PlanLinter {

  public static final List<LintRule> RULES =
      List.of(
          new CriterionInCircularRule(),
          new Level3TargetNeedsLevel3Rule(),
          new TargetAboveBaselineRule(),
          new ActionsHaveLeadsRule(),
          new SchoolYearMatchesPlanRule(),
          new TimelineWithinPlanRule(),
          new BudgetIsReadableRule());

  private PlanLinter() {}

  public static final List<DocumentLintRule> DOCUMENT_RULES = List.of(new DocumentSchoolYearRule());

  /** Rows are numbered 1.. in their order, as the TT column shows them. */
  public static LintReport lint(List<PlanRow> rows, LintContext context) {
    return lint(rows, PlanDocument.EMPTY, context);
  }

  /** The document's findings first, then the rows' in their order. */
  public static LintReport lint(List<PlanRow> rows, PlanDocument document, LintContext context) {
    List<Finding> errors = new ArrayList<>();
    List<Finding> warnings = new ArrayList<>();
    for (DocumentLintRule rule : DOCUMENT_RULES) {
      for (Finding finding : rule.check(document, context)) {
        (finding.blocking() ? errors : warnings).add(finding);
      }
    }
    for (int i = 0; i < rows.size(); i++) {
      for (LintRule rule : RULES) {
        for (Finding finding : rule.check(i + 1, rows.get(i), context)) {
          (finding.blocking() ? errors : warnings).add(finding);
        }
      }
    }
    return new LintReport(errors, warnings);
  }
}

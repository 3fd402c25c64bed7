package vn.eqip.plans.plan.domain.lint.rules;

import java.util.List;
import vn.eqip.plans.plan.domain.PlanRow;
import vn.eqip.plans.plan.domain.lint.Finding;
import vn.eqip.plans.plan.domain.lint.LintContext;
import vn.eqip.plans.plan.domain.lint.LintRule;

/** A row names a criterion or a level-4 requirement of the school's own circular. */
public class CriterionInCircularRule implements LintRule {

  @Override
  public List<Finding> check(int rowNo, PlanRow row, LintContext context) {
    if (context.catalog() == null) {
      return List.of();
    }
    String framework = context.catalog().frameworkId();
    if (row.tier() == PlanRow.Tier.LEVEL_4) {
      return context.catalog().level4().contains(row.level4No())
          ? List.of()
          : List.of(
              Finding.error(
                  rowNo,
                  row,
                  "level4-unknown",
                  "yêu cầu Mức 4 số "
                      + row.level4No()
                      + " không có trong "
                      + framework
                      + " (các yêu cầu: "
                      + context.catalog().level4()
                      + "). Chọn đúng số yêu cầu của thông tư áp dụng cho trường."));
    }
    return context.catalog().criterion(row.criterionCode()).isPresent()
        ? List.of()
        : List.of(
            Finding.error(
                rowNo,
                row,
                "criterion-unknown",
                "tiêu chí "
                    + row.criterionCode()
                    + " không có trong bộ tiêu chí "
                    + framework
                    + " của trường. Chọn tiêu chí đúng của thông tư áp dụng cho cấp học."));
  }
}

package vn.eqip.plans.plan.domain.lint.rules;

import java.util.List;
import java.util.OptionalInt;
import vn.eqip.plans.plan.domain.PlanRow;
import vn.eqip.plans.plan.domain.lint.Finding;
import vn.eqip.plans.plan.domain.lint.LintContext;
import vn.eqip.plans.plan.domain.lint.LintRule;
import vn.eqip.plans.plan.domain.lint.Targets;

/**
 * A target "Đạt mức N" on a criterion the baseline already has at N or above improves nothing. A
 * warning, not an error: keeping a strength is a legitimate row, but it should say so.
 */
public class TargetAboveBaselineRule implements LintRule {

  @Override
  public List<Finding> check(int rowNo, PlanRow row, LintContext context) {
    if (row.tier() != PlanRow.Tier.LEVELS_1_TO_3) {
      return List.of();
    }
    OptionalInt target = Targets.level(row.target());
    Integer reached = context.baselineLevels().get(row.criterionCode());
    if (target.isEmpty() || reached == null || target.getAsInt() > reached) {
      return List.of();
    }
    return List.of(
        Finding.warning(
            rowNo,
            row,
            "target-not-above-baseline",
            "tiêu chí "
                + row.criterionCode()
                + " đã đạt Mức "
                + reached
                + " theo tự đánh giá"
                + (context.baselineSchoolYear() == null
                    ? ""
                    : " năm học " + context.baselineSchoolYear())
                + ", kết quả cần đạt \""
                + row.target().trim()
                + "\" không cao hơn hiện trạng. Nâng mục tiêu hoặc ghi rõ nội dung cần duy trì."));
  }
}

package vn.eqip.plans.plan.domain.lint.rules;

import java.util.List;
import java.util.OptionalInt;
import vn.eqip.plans.assessment.domain.Catalog;
import vn.eqip.plans.plan.domain.PlanRow;
import vn.eqip.plans.plan.domain.lint.Finding;
import vn.eqip.plans.plan.domain.lint.LintContext;
import vn.eqip.plans.plan.domain.lint.LintRule;
import vn.eqip.plans.plan.domain.lint.Targets;

/** A target of Mức 3 only on a criterion for which the circular defines a level 3. */
public class Level3TargetNeedsLevel3Rule implements LintRule {

  @Override
  public List<Finding> check(int rowNo, PlanRow row, LintContext context) {
    if (context.catalog() == null || row.tier() != PlanRow.Tier.LEVELS_1_TO_3) {
      return List.of();
    }
    OptionalInt target = Targets.level(row.target());
    Catalog.CatalogCriterion criterion =
        context.catalog().criterion(row.criterionCode()).orElse(null);
    if (criterion == null || target.isEmpty() || target.getAsInt() <= criterion.maxLevel()) {
      return List.of();
    }
    return List.of(
        Finding.error(
            rowNo,
            row,
            "level-not-in-circular",
            "kết quả cần đạt \""
                + row.target().trim()
                + "\" nhưng tiêu chí "
                + criterion.code()
                + " chỉ có đến Mức "
                + criterion.maxLevel()
                + " theo "
                + context.catalog().frameworkId()
                + ". Sửa thành \"Đạt mức "
                + criterion.maxLevel()
                + "\" hoặc mô tả kết quả cần duy trì."));
  }
}

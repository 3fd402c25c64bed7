package vn.eqip.plans.plan.domain.lint;

import java.util.List;
import vn.eqip.plans.plan.domain.PlanRow;

/** One check of the linter, over one row of the content table. */
public interface LintRule {

  List<Finding> check(int rowNo, PlanRow row, LintContext context);
}

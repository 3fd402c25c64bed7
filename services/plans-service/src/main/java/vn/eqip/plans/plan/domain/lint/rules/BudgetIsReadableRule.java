package vn.eqip.plans.plan.domain.lint.rules;

import java.util.ArrayList;
import java.util.List;
import vn.eqip.plans.plan.domain.PlanAction;
import vn.eqip.plans.plan.domain.PlanRow;
import vn.eqip.plans.plan.domain.lint.Finding;
import vn.eqip.plans.plan.domain.lint.LintContext;
import vn.eqip.plans.plan.domain.lint.LintRule;

/** A budget is an amount, "Không" or a source of money: otherwise it cannot be summed. */
public class BudgetIsReadableRule implements LintRule {

  @Override
  public List<Finding> check(int rowNo, PlanRow row, LintContext context) {
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < row.actions().size(); i++) {
      PlanAction action = row.actions().get(i);
      if (action.parsedBudget().unreadable()) {
        findings.add(
            Finding.error(
                rowNo,
                row,
                "budget-unreadable",
                "công việc "
                    + (i + 1)
                    + ": không đọc được kinh phí \""
                    + action.budget().trim()
                    + "\". Ghi số tiền (\"350 triệu đồng\", \"35.000.000 đồng\"), \"Không\","
                    + " hoặc nguồn kinh phí (\"Nguồn kinh phí ngành\")."));
      }
    }
    return findings;
  }
}

package vn.eqip.plans.plan.domain.lint.rules;

import java.util.ArrayList;
import java.util.List;
import vn.eqip.plans.plan.domain.PlanAction;
import vn.eqip.plans.plan.domain.PlanRow;
import vn.eqip.plans.plan.domain.lint.Finding;
import vn.eqip.plans.plan.domain.lint.LintContext;
import vn.eqip.plans.plan.domain.lint.LintRule;

/**
 * Every action has a description and someone who leads it (errors). A row without any action is a
 * warning only: plans submitted before the linter existed (and clients relying on that) may hold
 * rows whose actions are still to be agreed with the reviewer.
 */
public class ActionsHaveLeadsRule implements LintRule {

  @Override
  public List<Finding> check(int rowNo, PlanRow row, LintContext context) {
    if (row.actions().isEmpty()) {
      return List.of(
          Finding.warning(
              rowNo,
              row,
              "row-without-action",
              "chưa có công việc/giải pháp nào. Thêm ít nhất một công việc với người chủ trì,"
                  + " thời gian và kinh phí."));
    }
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < row.actions().size(); i++) {
      PlanAction action = row.actions().get(i);
      if (blank(action.description())) {
        findings.add(
            Finding.error(
                rowNo,
                row,
                "action-without-description",
                "công việc " + (i + 1) + " chưa ghi nội dung. Ghi rõ công việc/giải pháp."));
      }
      if (blank(action.lead())) {
        findings.add(
            Finding.error(
                rowNo,
                row,
                "action-without-lead",
                "công việc "
                    + (i + 1)
                    + " chưa có người chủ trì. Ghi người/bộ phận chủ trì (ví dụ: Hiệu trưởng,"
                    + " Tổ trưởng chuyên môn)."));
      }
    }
    return findings;
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}

package vn.eqip.plans.plan.domain.rules;

import vn.eqip.plans.plan.domain.BusinessRule;

/** An empty plan cannot be submitted. */
public record PlanMustHaveRowsRule(int rowCount) implements BusinessRule {
  @Override
  public boolean isBroken() {
    return rowCount == 0;
  }

  @Override
  public String message() {
    return "Kế hoạch chưa có nội dung: thêm ít nhất một tiêu chí cần cải tiến trước khi gửi duyệt.";
  }

  @Override
  public String code() {
    return "plan-empty";
  }
}

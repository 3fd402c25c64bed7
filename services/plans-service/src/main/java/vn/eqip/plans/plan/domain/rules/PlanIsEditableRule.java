package vn.eqip.plans.plan.domain.rules;

import vn.eqip.plans.plan.domain.BusinessRule;
import vn.eqip.plans.plan.domain.PlanStatus;

/** Only a draft or a returned plan can be edited: a submitted one is with the reviewer. */
public record PlanIsEditableRule(PlanStatus status) implements BusinessRule {
  @Override
  public boolean isBroken() {
    return !status.isEditable();
  }

  @Override
  public String message() {
    return "Kế hoạch đang ở trạng thái "
        + status
        + ": chỉ sửa được khi là bản nháp hoặc bị trả lại (only DRAFT or RETURNED plans can be edited).";
  }

  @Override
  public String code() {
    return "plan-not-editable";
  }
}

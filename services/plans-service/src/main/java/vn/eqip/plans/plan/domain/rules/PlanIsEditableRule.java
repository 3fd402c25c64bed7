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
        + ": chỉ sửa được khi là bản nháp, bị trả lại hoặc đã rút về (only DRAFT, RETURNED or"
        + " WITHDRAWN plans can be edited). Nếu kế hoạch đang chờ duyệt, hãy rút về trước khi sửa.";
  }

  @Override
  public String code() {
    return "plan-not-editable";
  }
}

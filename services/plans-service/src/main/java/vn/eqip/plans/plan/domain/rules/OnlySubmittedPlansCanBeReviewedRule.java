package vn.eqip.plans.plan.domain.rules;

import vn.eqip.plans.plan.domain.BusinessRule;
import vn.eqip.plans.plan.domain.PlanStatus;

/** A reviewer approves or returns only a plan that is waiting for review. */
public record OnlySubmittedPlansCanBeReviewedRule(PlanStatus status) implements BusinessRule {
  @Override
  public boolean isBroken() {
    return status != PlanStatus.SUBMITTED;
  }

  @Override
  public String message() {
    return "Kế hoạch đang ở trạng thái "
        + status
        + ", không chờ duyệt: chỉ phê duyệt hoặc trả lại kế hoạch đã gửi (SUBMITTED).";
  }

  @Override
  public String code() {
    return "plan-not-submitted";
  }
}

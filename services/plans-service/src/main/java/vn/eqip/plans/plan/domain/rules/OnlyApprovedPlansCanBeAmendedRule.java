package vn.eqip.plans.plan.domain.rules;

import vn.eqip.plans.plan.domain.BusinessRule;
import vn.eqip.plans.plan.domain.PlanStatus;

/** An amendment starts from an approved plan; one in progress is edited, not started again. */
public record OnlyApprovedPlansCanBeAmendedRule(PlanStatus status, boolean amending)
    implements BusinessRule {

  @Override
  public boolean isBroken() {
    return status != PlanStatus.APPROVED;
  }

  @Override
  public String message() {
    return amending
        ? "Kế hoạch đang được điều chỉnh (trạng thái "
            + status
            + "): sửa bản điều chỉnh rồi gửi duyệt, hoặc hủy điều chỉnh."
        : "Chỉ điều chỉnh được kế hoạch đã phê duyệt; kế hoạch này đang ở trạng thái "
            + status
            + ": sửa trực tiếp rồi gửi duyệt.";
  }

  @Override
  public String code() {
    return "plan-not-approved";
  }
}

package vn.eqip.plans.plan.domain.rules;

import vn.eqip.plans.plan.domain.BusinessRule;
import vn.eqip.plans.plan.domain.PlanStatus;

/**
 * The school abandons an amendment it is editing (draft, returned or withdrawn); one waiting for
 * review is withdrawn first, and a plan never approved has no approved version to go back to.
 */
public record OnlyAmendmentsInProgressCanBeDiscardedRule(PlanStatus status, boolean amending)
    implements BusinessRule {

  @Override
  public boolean isBroken() {
    return !amending || !status.isEditable();
  }

  @Override
  public String message() {
    if (!amending) {
      return "Kế hoạch không có bản điều chỉnh nào đang làm (trạng thái " + status + ").";
    }
    return "Bản điều chỉnh đang chờ duyệt: rút về trước rồi mới hủy điều chỉnh được.";
  }

  @Override
  public String code() {
    return "no-amendment-in-progress";
  }
}

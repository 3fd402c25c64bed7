package vn.eqip.plans.plan.domain.rules;

import vn.eqip.plans.plan.domain.BusinessRule;
import vn.eqip.plans.plan.domain.PlanStatus;

/** The school withdraws only a plan waiting for review: once decided, it is the reviewer's. */
public record OnlySubmittedPlansCanBeWithdrawnRule(PlanStatus status) implements BusinessRule {
  @Override
  public boolean isBroken() {
    return status != PlanStatus.SUBMITTED;
  }

  @Override
  public String message() {
    return switch (status) {
      case APPROVED ->
          "Kế hoạch đã được phê duyệt nên không rút về được; muốn thay đổi, hãy mở"
              + " bản điều chỉnh (điều chỉnh kế hoạch) rồi gửi duyệt lại.";
      case RETURNED -> "Kế hoạch đã bị trả lại nên không cần rút về: sửa trực tiếp rồi gửi lại.";
      default ->
          "Kế hoạch đang ở trạng thái "
              + status
              + ", chưa gửi duyệt: chỉ rút về được kế hoạch đang chờ duyệt (SUBMITTED).";
    };
  }

  @Override
  public String code() {
    return "plan-not-submitted";
  }
}

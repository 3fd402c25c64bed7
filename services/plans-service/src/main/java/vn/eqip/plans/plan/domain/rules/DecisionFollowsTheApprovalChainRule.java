package vn.eqip.plans.plan.domain.rules;

import vn.eqip.plans.plan.domain.ApprovalChain;
import vn.eqip.plans.plan.domain.BusinessRule;

/**
 * A multi-level approval chain is decided level by level: only a reviewer of the level whose turn
 * it is approves or returns the plan; a higher level waits until the ones below approved.
 */
public record DecisionFollowsTheApprovalChainRule(
    ApprovalChain chain, int approvalsGiven, String reviewerOrgUnitId) implements BusinessRule {

  @Override
  public boolean isBroken() {
    return !chain.decidesAt(approvalsGiven, reviewerOrgUnitId);
  }

  @Override
  public String message() {
    String waiting =
        "Kế hoạch đang chờ "
            + chain.nameOf(approvalsGiven)
            + " quyết định (cấp "
            + (approvalsGiven + 1)
            + "/"
            + chain.levels()
            + ")";
    int mine = chain.levelOf(reviewerOrgUnitId);
    if (mine > approvalsGiven) {
      return waiting + ": cấp của bạn chỉ quyết định sau khi cấp dưới đã phê duyệt.";
    }
    if (mine >= 0) {
      return waiting + ": cấp của bạn đã phê duyệt lần gửi này.";
    }
    return waiting + ": đơn vị của bạn không nằm trong quy trình phê duyệt của kế hoạch này.";
  }

  @Override
  public String code() {
    return "not-your-approval-level";
  }
}

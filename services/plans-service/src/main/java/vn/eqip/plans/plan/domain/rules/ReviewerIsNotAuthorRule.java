package vn.eqip.plans.plan.domain.rules;

import vn.eqip.plans.plan.domain.BusinessRule;

/** Maker-checker: whoever wrote or submitted the plan cannot review it. */
public record ReviewerIsNotAuthorRule(String authorId, String reviewerId) implements BusinessRule {
  @Override
  public boolean isBroken() {
    return authorId.equals(reviewerId);
  }

  @Override
  public String message() {
    return "Người lập kế hoạch không được tự phê duyệt hoặc trả lại kế hoạch của mình.";
  }

  @Override
  public String code() {
    return "reviewer-is-author";
  }
}

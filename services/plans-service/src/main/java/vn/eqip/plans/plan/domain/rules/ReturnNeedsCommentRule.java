package vn.eqip.plans.plan.domain.rules;

import vn.eqip.plans.plan.domain.BusinessRule;

/** A plan is never returned without telling the school what to fix. */
public record ReturnNeedsCommentRule(String comment) implements BusinessRule {
  @Override
  public boolean isBroken() {
    return comment == null || comment.isBlank();
  }

  @Override
  public String message() {
    return "Khi trả lại kế hoạch cần ghi rõ nội dung nhà trường phải chỉnh sửa (a comment is required).";
  }

  @Override
  public String code() {
    return "return-needs-comment";
  }
}

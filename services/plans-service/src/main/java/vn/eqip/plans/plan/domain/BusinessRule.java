package vn.eqip.plans.plan.domain;

/** A named rule of the workflow; broken rules stop a transition with their message. */
public interface BusinessRule {

  boolean isBroken();

  /** What the user reads, in Vietnamese, naming the fix. */
  String message();

  /** A stable slug for clients (problem type). */
  String code();

  static void check(BusinessRule rule) {
    if (rule.isBroken()) {
      throw new BusinessRuleViolation(rule);
    }
  }
}

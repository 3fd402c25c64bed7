package vn.eqip.plans.plan.domain;

public class BusinessRuleViolation extends RuntimeException {

  private final transient BusinessRule rule;

  public BusinessRuleViolation(BusinessRule rule) {
    super(rule.message());
    this.rule = rule;
  }

  public String code() {
    return rule.code();
  }

  public Class<? extends BusinessRule> ruleType() {
    return rule.getClass();
  }
}

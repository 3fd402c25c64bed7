package vn.eqip.plans.plan.domain;

/**
 * DRAFT → SUBMITTED → (RETURNED → SUBMITTED)* → APPROVED; a SUBMITTED plan may be WITHDRAWN by its
 * school before a decision, and is then edited and submitted again like a returned one.
 */
public enum PlanStatus {
  DRAFT,
  SUBMITTED,
  RETURNED,
  APPROVED,
  WITHDRAWN;

  public boolean isEditable() {
    return this == DRAFT || this == RETURNED || this == WITHDRAWN;
  }
}

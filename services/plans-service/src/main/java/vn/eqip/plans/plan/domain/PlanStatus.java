package vn.eqip.plans.plan.domain;

/** DRAFT → SUBMITTED → (RETURNED → SUBMITTED)* → APPROVED. */
public enum PlanStatus {
  DRAFT,
  SUBMITTED,
  RETURNED,
  APPROVED;

  public boolean isEditable() {
    return this == DRAFT || this == RETURNED;
  }
}

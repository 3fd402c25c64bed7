package vn.eqip.plans.plan.domain;

import java.time.Instant;

/**
 * The audit trail: who moved the plan from which status to which, when, and why. A level of a
 * multi-level approval chain approving is recorded SUBMITTED → SUBMITTED with its comment.
 */
public record PlanTransition(
    PlanStatus from, PlanStatus to, String actorId, String actorName, Instant at, String comment) {

  /** A submission by the school (not a level of the approval chain passing the plan on). */
  public boolean isSubmission() {
    return to == PlanStatus.SUBMITTED && from != PlanStatus.SUBMITTED;
  }
}

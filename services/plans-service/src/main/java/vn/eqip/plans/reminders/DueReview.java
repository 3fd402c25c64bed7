package vn.eqip.plans.reminders;

import java.time.Instant;
import vn.eqip.plans.plan.domain.ApprovalChain;

/**
 * A submitted plan waiting for a decision, as the reminders need it: the school (name and org path
 * from org_unit_view; null while the node has not arrived), the document number once assigned, when
 * it was submitted and where its approval chain stands.
 */
record DueReview(
    String planId,
    String schoolId,
    String schoolName,
    String schoolPath,
    String schoolYear,
    String documentNumber,
    Instant submittedAt,
    ApprovalChain chain,
    int approvalsGiven) {

  /** The org unit whose reviewers decide now; null for the default one-level chain. */
  String awaitedUnit() {
    if (chain.steps().isEmpty() || approvalsGiven >= chain.steps().size()) {
      return null;
    }
    return chain.steps().get(approvalsGiven).orgUnitId();
  }
}

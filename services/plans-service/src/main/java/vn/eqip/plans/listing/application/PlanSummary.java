package vn.eqip.plans.listing.application;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One plan in the list. {@code version}: the number of submitted versions (0 before the first
 * submission). {@code submittedAt}: the latest submission; {@code decidedAt}: the latest decision
 * (approval or return). {@code lateSubmission}: submitted after the school year's deadline, or not
 * submitted although the deadline passed; {@code reviewOverdue}: still SUBMITTED after the tenant's
 * review period ({@code reviewDueAt}). {@code approvedVersion}: the version in force; {@code
 * amending}: an amendment of the approved plan is in progress; {@code approvalChain} and {@code
 * approvalsGiven}: who decides the current submission level by level, and how far it got.
 */
public record PlanSummary(
    String id,
    String schoolId,
    String schoolName,
    String schoolYear,
    String status,
    int revision,
    int version,
    String documentNumber,
    Instant submittedAt,
    Instant decidedAt,
    LocalDate submissionDeadline,
    boolean lateSubmission,
    Instant reviewDueAt,
    boolean reviewOverdue,
    Integer approvedVersion,
    boolean amending,
    vn.eqip.plans.plan.domain.ApprovalChain approvalChain,
    int approvalsGiven) {

  /** Who decides next, while the plan waits for a decision; null otherwise. */
  public String awaiting() {
    return "SUBMITTED".equals(status) ? approvalChain.awaiting(approvalsGiven) : null;
  }

  /** Whether a reviewer of {@code orgUnitId} is the one to decide now. */
  public boolean decidableBy(String orgUnitId) {
    return "SUBMITTED".equals(status)
        && approvalsGiven < approvalChain.levels()
        && approvalChain.decidesAt(approvalsGiven, orgUnitId);
  }

  public boolean late() {
    return lateSubmission || reviewOverdue;
  }
}

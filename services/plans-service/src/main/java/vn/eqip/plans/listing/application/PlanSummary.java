package vn.eqip.plans.listing.application;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One plan in the list. {@code version}: the number of submitted versions (0 before the first
 * submission). {@code submittedAt}: the latest submission; {@code decidedAt}: the latest decision
 * (approval or return). {@code lateSubmission}: submitted after the school year's deadline, or not
 * submitted although the deadline passed; {@code reviewOverdue}: still SUBMITTED after the tenant's
 * review period ({@code reviewDueAt}).
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
    boolean reviewOverdue) {

  public boolean late() {
    return lateSubmission || reviewOverdue;
  }
}

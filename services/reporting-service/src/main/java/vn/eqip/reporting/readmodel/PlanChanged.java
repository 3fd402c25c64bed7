package vn.eqip.reporting.readmodel;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/**
 * What this service reads of the plan workflow's events (plans.PlanCreated/Submitted/Returned/
 * Withdrawn/Approved.v1, PlanAmendmentStarted/Discarded.v1, PlanApprovalStepPassed.v1); {@code
 * rows} is read on PlanApproved only. {@code amendment}, {@code approvedVersion}, {@code
 * approvalStep} and {@code approvalSteps} came with issue 5 and are absent from older events.
 */
@Serdeable
public record PlanChanged(
    @Nullable String planId,
    @Nullable String schoolId,
    @Nullable String schoolYear,
    @Nullable String status,
    @Nullable Integer revision,
    @Nullable Instant occurredAt,
    @Nullable List<Row> rows,
    @Nullable Boolean amendment,
    @Nullable Integer approvedVersion,
    @Nullable Integer approvalStep,
    @Nullable Integer approvalSteps) {

  /** Whether the event is about an amendment in progress of an approved plan. */
  public boolean isAmendment() {
    return Boolean.TRUE.equals(amendment);
  }

  /** A row of an approved plan: the criterion it improves and its actions. */
  @Serdeable
  public record Row(@Nullable String criterionCode, @Nullable List<Action> actions) {}

  /**
   * An action of an approved plan; {@code budgetVnd} is null when the plan's text does not say,
   * {@code timelineEnd} (ISO date) when it gives no end date.
   */
  @Serdeable
  public record Action(
      @Nullable String actionId,
      @Nullable Long budgetVnd,
      @Nullable String description,
      @Nullable String timelineEnd,
      @Nullable Boolean recurring) {}
}

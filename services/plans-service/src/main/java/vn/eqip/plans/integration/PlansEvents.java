package vn.eqip.plans.integration;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/**
 * The events plans-service publishes (source {@code plans}, schema version 1); the contract other
 * services consume. Field names are the wire format: change them only with a new version.
 */
public final class PlansEvents {

  public static final int VERSION = 1;

  private PlansEvents() {}

  /**
   * Every plan event (PlanCreated, PlanSubmitted, PlanReturned, PlanWithdrawn, PlanApproved,
   * PlanApprovalStepPassed, PlanAmendmentStarted, PlanAmendmentDiscarded). {@code rows}: the rows
   * in force, on PlanApproved and PlanAmendmentDiscarded only. Added in issue 5 (optional): {@code
   * amendment} true while an amendment of an approved plan is in progress (the approved version
   * stays in force: for reports the plan is still approved); {@code approvedVersion} the version in
   * force (null if never approved); {@code approvalStep}/{@code approvalSteps} the levels of the
   * approval chain that approved the current submission, of how many.
   */
  @Serdeable
  public record PlanStatusChanged(
      String planId,
      String schoolId,
      String schoolYear,
      String status,
      int revision,
      Instant occurredAt,
      String actor,
      @Nullable String comment,
      @Nullable List<Row> rows,
      @Nullable List<RowComment> rowComments,
      @Nullable Boolean amendment,
      @Nullable Integer approvedVersion,
      @Nullable Integer approvalStep,
      @Nullable Integer approvalSteps) {}

  /** PlanReturned only (added in issue 5, optional): the reviewer's comments on single rows. */
  @Serdeable
  public record RowComment(String rowId, String comment) {}

  @Serdeable
  public record Row(
      String rowId,
      String tier,
      @Nullable String criterionCode,
      @Nullable Integer level4No,
      String target,
      List<Action> actions) {}

  /**
   * An action of an approved plan. {@code budgetVnd}, {@code budgetSource}, {@code timelineStart},
   * {@code timelineEnd} (ISO dates) and {@code recurring} were added in issue 5 (optional, read
   * from the texts, which are still sent as written): null when the text does not say.
   */
  @Serdeable
  public record Action(
      String actionId,
      String description,
      String lead,
      @Nullable String partners,
      @Nullable String timeline,
      @Nullable String budget,
      @Nullable Long budgetVnd,
      @Nullable String budgetSource,
      @Nullable String timelineStart,
      @Nullable String timelineEnd,
      @Nullable Boolean recurring) {}

  @Serdeable
  public record AssessmentFinished(
      String assessmentId,
      String schoolId,
      String schoolYear,
      String kind,
      String framework,
      int version,
      Counts counts,
      int overallLevel,
      String summaryLine,
      @Nullable Integer accreditationGrade,
      @Nullable Integer nationalStandardLevel,
      Instant finishedAt,
      List<CriterionLevel> criteria) {}

  /** The level reached per criterion, for per-criterion reports (heat maps). */
  @Serdeable
  public record CriterionLevel(String code, int level) {}

  @Serdeable
  public record Counts(Count level1, Count level2, Count level3, Count level4) {}

  @Serdeable
  public record Count(int met, int total) {}
}

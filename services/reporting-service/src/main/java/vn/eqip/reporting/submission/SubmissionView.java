package vn.eqip.reporting.submission;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.eqip.reporting.rollup.PlanStatus;

/**
 * Plan submission status of the schools of an org unit's subtree for one school year.
 *
 * @param submissionDeadline the deadline the tenant set when opening the year (ISO date); null if
 *     the year was not opened here, then no school is late
 * @param byStatus schools per plan status; NONE: schools without a plan
 * @param lateCount schools whose plan was first submitted after the deadline, or not yet submitted
 *     once it has passed
 * @param amendingCount approved plans with an amendment in progress (counted under APPROVED: their
 *     approved version is in force)
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SubmissionView(
    String schoolYear,
    String orgUnitId,
    @Nullable String submissionDeadline,
    int schoolCount,
    Map<PlanStatus, Integer> byStatus,
    int lateCount,
    int amendingCount,
    List<Item> items) {

  /**
   * One school; the dates are the plan workflow events' occurredAt ({@code approvedAt}: the latest
   * approval, an amendment's included).
   *
   * @param amendmentStatus the status of an amendment in progress (DRAFT, SUBMITTED, RETURNED,
   *     WITHDRAWN) of an approved plan; null when none
   * @param approvalStep levels of the approval chain that passed the current submission (the
   *     plan's, or its amendment's); null when the plan-side events did not say
   * @param approvalSteps levels of the school's approval chain; null when not said
   * @param note the Vietnamese note of the status, e.g. "Đã duyệt (đang điều chỉnh)" or "Đã qua 1/2
   *     cấp duyệt"; null when there is nothing to add
   */
  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record Item(
      String schoolId,
      String code,
      String name,
      String level,
      @Nullable String orgUnitId,
      @Nullable String planId,
      PlanStatus status,
      @Nullable Instant firstSubmittedAt,
      @Nullable Instant approvedAt,
      boolean late,
      @Nullable String amendmentStatus,
      @Nullable Integer approvalStep,
      @Nullable Integer approvalSteps,
      @Nullable String note) {}
}

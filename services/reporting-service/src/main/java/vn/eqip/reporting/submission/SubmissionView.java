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
    List<Item> items) {

  /** One school; the dates are the plan workflow events' occurredAt. */
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
      boolean late) {}
}

package vn.eqip.reporting.readmodel;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/**
 * What this service reads of plans.PlanCreated/Submitted/Returned/Approved.v1; {@code rows} only on
 * PlanApproved.
 */
@Serdeable
public record PlanChanged(
    @Nullable String planId,
    @Nullable String schoolId,
    @Nullable String schoolYear,
    @Nullable String status,
    @Nullable Integer revision,
    @Nullable Instant occurredAt,
    @Nullable List<Row> rows) {

  /** A row of an approved plan: the criterion it improves and its actions. */
  @Serdeable
  public record Row(@Nullable String criterionCode, @Nullable List<Action> actions) {}

  /** An action of an approved plan; {@code budgetVnd} is null when the plan's text does not say. */
  @Serdeable
  public record Action(@Nullable String actionId, @Nullable Long budgetVnd) {}
}

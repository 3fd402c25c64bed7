package vn.eqip.monitoring.actions;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A tracked action as the API shows it. {@code dueState} is computed for the tenant's "today";
 * {@code moneySpent} is in đồng; {@code removedAt} is set only for an action an amendment removed
 * (never listed, still readable on its own); {@code rowId} is the plan row the action belongs to.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ActionView(
    String id,
    String planId,
    String schoolId,
    String schoolYear,
    @Nullable String criterionCode,
    String description,
    @Nullable String lead,
    @Nullable String timeline,
    @Nullable String budget,
    ActionStatus status,
    int percentDone,
    Instant updatedAt,
    long moneySpent,
    @Nullable String leadUserId,
    @Nullable LocalDate timelineStart,
    @Nullable LocalDate timelineEnd,
    boolean recurring,
    DueState dueState,
    @Nullable ActionResult result,
    @Nullable String resultExplanation,
    @Nullable Instant resultAt,
    @Nullable Instant removedAt,
    String rowId) {

  public static ActionView of(TrackedAction a, LocalDate today) {
    return new ActionView(
        a.id(),
        a.planId(),
        a.schoolId(),
        a.schoolYear(),
        a.criterionCode(),
        a.description(),
        a.leadName(),
        a.timelineText(),
        a.budgetText(),
        a.status(),
        a.percentDone(),
        a.updatedAt(),
        a.moneySpent(),
        a.leadUserId(),
        a.timelineStart(),
        a.timelineEnd(),
        a.recurring(),
        DueState.of(a, today),
        a.result(),
        a.resultExplanation(),
        a.resultAt(),
        a.removedAt(),
        a.rowId());
  }
}

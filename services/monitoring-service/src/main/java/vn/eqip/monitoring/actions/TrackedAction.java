package vn.eqip.monitoring.actions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One action (công việc/giải pháp) of an approved plan, as the school tracks it during the year.
 * Its id is the plan's actionId; the texts and dates come from the plan, the progress (status,
 * percent, money spent in đồng) from the school, the lead user and the year-end result from the
 * principal. {@code removedAt} is set when an approved amendment of the plan no longer has the
 * action (kept with its progress and evidence, not listed) and cleared if a later approval has it
 * again.
 */
@MappedEntity("tracked_action")
public record TrackedAction(
    @Id String id,
    String tenantId,
    String planId,
    String schoolId,
    String schoolYear,
    String rowId,
    @Nullable String criterionCode,
    String description,
    @Nullable String leadName,
    @Nullable String timelineText,
    @Nullable String budgetText,
    ActionStatus status,
    int percentDone,
    int planRevision,
    int sortOrder,
    Instant createdAt,
    Instant updatedAt,
    long moneySpent,
    @Nullable String leadUserId,
    @Nullable String leadEmail,
    @Nullable LocalDate timelineStart,
    @Nullable LocalDate timelineEnd,
    boolean recurring,
    @Nullable ActionResult result,
    @Nullable String resultExplanation,
    @Nullable String resultBy,
    @Nullable Instant resultAt,
    @Nullable Instant removedAt) {

  /** True when an amendment of the plan dropped the action (kept with its progress, not listed). */
  public boolean isRemoved() {
    return removedAt != null;
  }
}

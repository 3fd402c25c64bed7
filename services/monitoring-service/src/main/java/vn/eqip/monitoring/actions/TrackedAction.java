package vn.eqip.monitoring.actions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * One action (công việc/giải pháp) of an approved plan, as the school tracks it during the year.
 * Its id is the plan's actionId; the texts come from the plan, the progress from the school.
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
    Instant updatedAt) {}

package vn.eqip.monitoring.progress;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import vn.eqip.monitoring.actions.ActionStatus;

/** One progress report on an action, kept as it was sent (who, when, what). */
@MappedEntity("progress_note")
public record ProgressNote(
    @Id String id,
    String tenantId,
    String actionId,
    @Nullable String note,
    ActionStatus status,
    int percentDone,
    String author,
    Instant createdAt,
    @Nullable Long moneySpent) {}

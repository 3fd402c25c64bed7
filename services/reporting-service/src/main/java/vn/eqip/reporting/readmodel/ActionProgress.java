package vn.eqip.reporting.readmodel;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** What this service reads of monitoring.ActionProgressReported.v1 (a full progress snapshot). */
@Serdeable
public record ActionProgress(
    @Nullable String actionId,
    @Nullable String planId,
    @Nullable String schoolId,
    @Nullable String status,
    @Nullable Integer percentDone,
    @Nullable Long moneySpent,
    @Nullable Instant reportedAt) {}

package vn.eqip.reporting.readmodel;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** What this service reads of plans.PlanCreated/Submitted/Returned/Approved.v1. */
@Serdeable
public record PlanChanged(
    @Nullable String planId,
    @Nullable String schoolId,
    @Nullable String schoolYear,
    @Nullable String status,
    @Nullable Integer revision,
    @Nullable Instant occurredAt) {}

package vn.eqip.reporting.readmodel;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * What this service reads of registry.SchoolRegistered.v1 / SchoolUpdated.v1; {@code closedOn} (ISO
 * date, with status MERGED or CLOSED) is one of the registry's additive fields.
 */
@Serdeable
public record SchoolChanged(
    @Nullable String id,
    @Nullable String code,
    @Nullable String name,
    @Nullable String level,
    @Nullable String type,
    @Nullable String orgUnitId,
    @Nullable String path,
    @Nullable String status,
    @Nullable String closedOn) {}

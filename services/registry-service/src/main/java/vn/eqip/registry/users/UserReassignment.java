package vn.eqip.registry.users;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A new org unit, a new role, or both (a missing field keeps the current value). */
@Serdeable
public record UserReassignment(@Nullable String orgUnitId, @Nullable String role) {}

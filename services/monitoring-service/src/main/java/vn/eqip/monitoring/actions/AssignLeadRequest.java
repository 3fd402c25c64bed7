package vn.eqip.monitoring.actions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** {@code username}: the lead's login (a null or blank one removes the lead); e-mail optional. */
@Serdeable
public record AssignLeadRequest(@Nullable String username, @Nullable String email) {}

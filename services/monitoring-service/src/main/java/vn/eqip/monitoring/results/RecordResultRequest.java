package vn.eqip.monitoring.results;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * {@code result}: ACHIEVED, PARTLY_ACHIEVED or NOT_ACHIEVED; explanation needed unless ACHIEVED.
 */
@Serdeable
public record RecordResultRequest(@Nullable String result, @Nullable String explanation) {}

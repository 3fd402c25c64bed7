package vn.eqip.monitoring.progress;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A progress report as sent; checked by {@link ProgressReport#from} so that every mistake comes
 * back at once, in Vietnamese, with the field it concerns.
 */
@Serdeable
public record ReportProgressRequest(
    @Nullable String status, @Nullable Integer percentDone, @Nullable String note) {}

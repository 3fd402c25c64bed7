package vn.eqip.monitoring.results;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** Published as monitoring.ActionResultRecorded.v1 (aggregate id: the action id). */
@Serdeable
public record ActionResultRecorded(
    String actionId,
    String planId,
    String schoolId,
    String schoolYear,
    @Nullable String criterionCode,
    String result,
    @Nullable String explanation,
    String recordedBy,
    Instant recordedAt) {

  public static final String TYPE = "ActionResultRecorded";
  public static final int VERSION = 1;
}

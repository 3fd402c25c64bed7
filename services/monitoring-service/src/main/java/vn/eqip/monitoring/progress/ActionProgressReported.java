package vn.eqip.monitoring.progress;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * Published as monitoring.ActionProgressReported.v1 whenever a school reports progress on an action
 * (a full snapshot of the action's progress, so consumers can upsert).
 */
@Serdeable
public record ActionProgressReported(
    String actionId,
    String planId,
    String schoolId,
    String status,
    int percentDone,
    Instant reportedAt) {

  public static final String TYPE = "ActionProgressReported";
  public static final int VERSION = 1;
}

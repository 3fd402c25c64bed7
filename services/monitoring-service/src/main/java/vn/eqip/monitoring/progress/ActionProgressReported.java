package vn.eqip.monitoring.progress;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * Published as monitoring.ActionProgressReported.v1 whenever a school reports progress on an action
 * (a full snapshot of the action's progress, so consumers can upsert); {@code moneySpent} (đồng)
 * was added in issue 6.
 */
@Serdeable
public record ActionProgressReported(
    String actionId,
    String planId,
    String schoolId,
    String status,
    int percentDone,
    Instant reportedAt,
    long moneySpent) {

  public static final String TYPE = "ActionProgressReported";
  public static final int VERSION = 1;
}

package vn.eqip.monitoring.actions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** Published as monitoring.ActionLeadAssigned.v1 (no e-mail: it stays in this service). */
@Serdeable
public record ActionLeadAssigned(
    String actionId,
    String planId,
    String schoolId,
    @Nullable String leadUserId,
    String assignedBy,
    Instant assignedAt) {

  public static final String TYPE = "ActionLeadAssigned";
  public static final int VERSION = 1;
}

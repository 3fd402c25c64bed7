package vn.eqip.monitoring.actions;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** A tracked action as the API shows it. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ActionView(
    String id,
    String planId,
    String schoolId,
    String schoolYear,
    @Nullable String criterionCode,
    String description,
    @Nullable String lead,
    @Nullable String timeline,
    @Nullable String budget,
    ActionStatus status,
    int percentDone,
    Instant updatedAt) {

  public static ActionView of(TrackedAction a) {
    return new ActionView(
        a.id(),
        a.planId(),
        a.schoolId(),
        a.schoolYear(),
        a.criterionCode(),
        a.description(),
        a.leadName(),
        a.timelineText(),
        a.budgetText(),
        a.status(),
        a.percentDone(),
        a.updatedAt());
  }
}

package vn.eqip.monitoring.results;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import vn.eqip.monitoring.actions.ActionTracking;
import vn.eqip.monitoring.actions.ActionView;
import vn.eqip.monitoring.actions.TrackedAction;
import vn.eqip.monitoring.actions.TrackedActionRepository;
import vn.eqip.platform.outbox.Outbox;
import vn.eqip.platform.tenancy.Caller;

/**
 * The principal records the year-end result of an action (may be recorded again: the latest
 * counts). The result and the ActionResultRecorded event are written in one transaction.
 */
@Singleton
public class ResultRecording {

  private final ActionTracking tracking;
  private final TrackedActionRepository actions;
  private final Outbox outbox;
  private final Clock clock;

  public ResultRecording(
      ActionTracking tracking, TrackedActionRepository actions, Outbox outbox, Clock clock) {
    this.tracking = tracking;
    this.actions = actions;
    this.outbox = outbox;
    this.clock = clock;
  }

  /** 404 if the caller may not see the action, 403 unless principal, 422 for a bad body. */
  @Transactional
  public ActionView record(Caller caller, String actionId, RecordResultRequest request) {
    TrackedAction action =
        tracking.actionForPrincipal(
            caller,
            actionId,
            "Chỉ hiệu trưởng được ghi kết quả cuối năm của công việc"
                + " (only the principal records year-end results).");
    YearEndResult result = YearEndResult.from(request);
    Instant now = clock.instant();
    int recorded =
        actions.recordResult(
            caller.tenantId(),
            action.id(),
            result.result().name(),
            result.explanation(),
            caller.username(),
            now);
    if (recorded == 0) {
      throw ActionTracking.removedByAmendment(action.id());
    }
    outbox.append(
        caller.tenantId(),
        ActionResultRecorded.TYPE,
        ActionResultRecorded.VERSION,
        action.id(),
        new ActionResultRecorded(
            action.id(),
            action.planId(),
            action.schoolId(),
            action.schoolYear(),
            action.criterionCode(),
            result.result().name(),
            result.explanation(),
            caller.username(),
            now));
    return tracking
        .visibleAction(caller, actionId)
        .map(a -> tracking.view(caller, a))
        .orElseThrow(() -> new IllegalStateException("Action " + actionId + " vanished"));
  }
}

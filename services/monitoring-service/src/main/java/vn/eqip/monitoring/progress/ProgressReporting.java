package vn.eqip.monitoring.progress;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import vn.eqip.monitoring.actions.ActionTracking;
import vn.eqip.monitoring.actions.ActionView;
import vn.eqip.monitoring.actions.TrackedAction;
import vn.eqip.monitoring.actions.TrackedActionRepository;
import vn.eqip.platform.outbox.Outbox;
import vn.eqip.platform.tenancy.Caller;
import vn.eqip.platform.web.ProblemException;

/**
 * School users report progress on the actions of their school's approved plan: the principal on all
 * of them, staff on those they lead. The new state, the note and the ActionProgressReported event
 * are written in one transaction.
 */
@Singleton
public class ProgressReporting {

  private final ActionTracking tracking;
  private final TrackedActionRepository actions;
  private final ProgressNoteRepository notes;
  private final Outbox outbox;
  private final Clock clock;

  public ProgressReporting(
      ActionTracking tracking,
      TrackedActionRepository actions,
      ProgressNoteRepository notes,
      Outbox outbox,
      Clock clock) {
    this.tracking = tracking;
    this.actions = actions;
    this.notes = notes;
    this.outbox = outbox;
    this.clock = clock;
  }

  /**
   * 404 first (an action the caller may not see does not exist for them, whatever their role), then
   * 403 for anyone but the principal and the action's lead, then 422 for an invalid report.
   */
  @Transactional
  public ActionView report(Caller caller, String actionId, ReportProgressRequest request) {
    TrackedAction action = tracking.updatableAction(caller, actionId);
    ProgressReport report = ProgressReport.from(request);
    Instant now = clock.instant();
    long moneySpent = report.moneySpent() == null ? action.moneySpent() : report.moneySpent();
    int updated =
        actions.updateProgressAndMoney(
            caller.tenantId(),
            action.id(),
            report.status().name(),
            report.percentDone(),
            moneySpent,
            now);
    if (updated == 0) {
      // an amendment removed the action since it was read
      throw ActionTracking.removedByAmendment(action.id());
    }
    notes.save(
        new ProgressNote(
            UUID.randomUUID().toString(),
            caller.tenantId(),
            action.id(),
            report.note(),
            report.status(),
            report.percentDone(),
            caller.username(),
            now,
            report.moneySpent()));
    outbox.append(
        caller.tenantId(),
        ActionProgressReported.TYPE,
        ActionProgressReported.VERSION,
        action.id(),
        new ActionProgressReported(
            action.id(),
            action.planId(),
            action.schoolId(),
            report.status().name(),
            report.percentDone(),
            now,
            moneySpent));
    return tracking
        .visibleAction(caller, actionId)
        .map(a -> tracking.view(caller, a))
        .orElseThrow(() -> new IllegalStateException("Action " + actionId + " vanished"));
  }

  /** The action with its progress notes, oldest first; 404 if the caller may not see it. */
  @Transactional
  public ActionDetail detail(Caller caller, String actionId) {
    TrackedAction action =
        tracking
            .visibleAction(caller, actionId)
            .orElseThrow(() -> ProblemException.notFound("công việc " + actionId));
    return new ActionDetail(
        tracking.view(caller, action),
        notes.history(caller.tenantId(), action.id()).stream().map(ActionDetail.Note::of).toList());
  }
}

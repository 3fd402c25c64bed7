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
import vn.eqip.platform.tenancy.Roles;
import vn.eqip.platform.web.ProblemException;

/**
 * School users report progress on the actions of their school's approved plan. The new state, the
 * note and the ActionProgressReported event are written in one transaction.
 */
@Singleton
public class ProgressReporting {

  private final ActionTracking tracking;
  private final TrackedActionRepository actions;
  private final ProgressNoteRepository notes;
  private final Outbox outbox;
  private final Clock clock = Clock.systemUTC();

  public ProgressReporting(
      ActionTracking tracking,
      TrackedActionRepository actions,
      ProgressNoteRepository notes,
      Outbox outbox) {
    this.tracking = tracking;
    this.actions = actions;
    this.notes = notes;
    this.outbox = outbox;
  }

  /**
   * 404 first (an action the caller may not see does not exist for them, whatever their role), then
   * 403 for roles other than principal and staff, then 422 for an invalid report.
   */
  @Transactional
  public ActionView report(Caller caller, String actionId, ReportProgressRequest request) {
    TrackedAction action =
        tracking
            .visibleAction(caller, actionId)
            .orElseThrow(() -> ProblemException.notFound("công việc " + actionId));
    if (!caller.hasAnyRole(Roles.PRINCIPAL, Roles.STAFF)) {
      throw ProblemException.forbidden(
          "Chỉ hiệu trưởng và cán bộ, giáo viên của trường được báo cáo tiến độ"
              + " (only the school's principal or staff may report progress).");
    }
    ProgressReport report = ProgressReport.from(request);
    Instant now = clock.instant();
    actions.updateProgress(
        caller.tenantId(), action.id(), report.status().name(), report.percentDone(), now);
    notes.save(
        new ProgressNote(
            UUID.randomUUID().toString(),
            caller.tenantId(),
            action.id(),
            report.note(),
            report.status(),
            report.percentDone(),
            caller.username(),
            now));
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
            now));
    return tracking
        .visibleAction(caller, actionId)
        .map(ActionView::of)
        .orElseThrow(() -> new IllegalStateException("Action " + actionId + " vanished"));
  }
}

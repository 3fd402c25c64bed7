package vn.eqip.monitoring.supervision;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.eqip.monitoring.actions.ActionStatus;
import vn.eqip.monitoring.actions.DueState;

/** A filed supervision report with the summary taken at filing time (one column per count). */
@MappedEntity("supervision_report")
public record SupervisionReport(
    @Id String id,
    String tenantId,
    String schoolId,
    String schoolYear,
    String period,
    String findings,
    @Nullable String recommendations,
    int actionsTotal,
    int notStarted,
    int inProgress,
    int done,
    int paused,
    int overdue,
    int dueSoon,
    int onTrack,
    int noDate,
    int recurring,
    long moneySpent,
    String filedBy,
    Instant filedAt) {

  static SupervisionReport of(
      String id,
      String tenantId,
      String schoolId,
      SupervisionFiling filing,
      SupervisionSummary s,
      String filedBy,
      Instant filedAt) {
    return new SupervisionReport(
        id,
        tenantId,
        schoolId,
        filing.schoolYear(),
        filing.period(),
        filing.findings(),
        filing.recommendations(),
        s.actionsTotal(),
        s.status(ActionStatus.NOT_STARTED),
        s.status(ActionStatus.IN_PROGRESS),
        s.status(ActionStatus.DONE),
        s.status(ActionStatus.PAUSED),
        s.due(DueState.OVERDUE),
        s.due(DueState.DUE_SOON),
        s.due(DueState.ON_TRACK),
        s.due(DueState.NO_DATE),
        s.due(DueState.RECURRING),
        s.moneySpent(),
        filedBy,
        filedAt);
  }

  SupervisionSummary summary() {
    Map<String, Integer> byStatus = new LinkedHashMap<>();
    byStatus.put(ActionStatus.NOT_STARTED.name(), notStarted);
    byStatus.put(ActionStatus.IN_PROGRESS.name(), inProgress);
    byStatus.put(ActionStatus.DONE.name(), done);
    byStatus.put(ActionStatus.PAUSED.name(), paused);
    Map<String, Integer> byDueState = new LinkedHashMap<>();
    byDueState.put(DueState.OVERDUE.name(), overdue);
    byDueState.put(DueState.DUE_SOON.name(), dueSoon);
    byDueState.put(DueState.ON_TRACK.name(), onTrack);
    byDueState.put(DueState.NO_DATE.name(), noDate);
    byDueState.put(DueState.RECURRING.name(), recurring);
    return new SupervisionSummary(actionsTotal, byStatus, byDueState, moneySpent);
  }
}

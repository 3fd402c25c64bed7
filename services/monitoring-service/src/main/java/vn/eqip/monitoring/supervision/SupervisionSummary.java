package vn.eqip.monitoring.supervision;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.eqip.monitoring.actions.ActionStatus;
import vn.eqip.monitoring.actions.DueState;
import vn.eqip.monitoring.actions.TrackedAction;

/**
 * The state of a school's tracked actions of one school year when a supervision report is filed:
 * how many, by status and by due state (for that day), and the total money spent in đồng. Every
 * status and due state is present (0 when none).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SupervisionSummary(
    int actionsTotal,
    Map<String, Integer> byStatus,
    Map<String, Integer> byDueState,
    long moneySpent) {

  public static SupervisionSummary of(List<TrackedAction> actions, LocalDate today) {
    Map<String, Integer> byStatus = new LinkedHashMap<>();
    for (ActionStatus s : ActionStatus.values()) {
      byStatus.put(s.name(), 0);
    }
    Map<String, Integer> byDueState = new LinkedHashMap<>();
    for (DueState d : DueState.values()) {
      byDueState.put(d.name(), 0);
    }
    long money = 0;
    for (TrackedAction a : actions) {
      byStatus.merge(a.status().name(), 1, Integer::sum);
      byDueState.merge(DueState.of(a, today).name(), 1, Integer::sum);
      money += a.moneySpent();
    }
    return new SupervisionSummary(actions.size(), byStatus, byDueState, money);
  }

  int status(ActionStatus status) {
    return byStatus.getOrDefault(status.name(), 0);
  }

  int due(DueState state) {
    return byDueState.getOrDefault(state.name(), 0);
  }
}

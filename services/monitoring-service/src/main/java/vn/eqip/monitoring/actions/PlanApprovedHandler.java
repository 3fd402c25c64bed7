package vn.eqip.monitoring.actions;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import vn.eqip.platform.outbox.EventEnvelope;
import vn.eqip.platform.outbox.EventHandler;

/**
 * Turns every action of an approved plan into a tracked action. An upsert by action id: a
 * re-approval (an amendment) refreshes the texts and keeps the progress already reported, and
 * running the handler twice on the same event changes nothing.
 */
@Singleton
public class PlanApprovedHandler implements EventHandler {

  public static final String PLAN_APPROVED = "plans.PlanApproved.v1";

  private final JsonMapper json;
  private final TrackedActionRepository actions;
  private final Clock clock;

  public PlanApprovedHandler(JsonMapper json, TrackedActionRepository actions, Clock clock) {
    this.json = json;
    this.actions = actions;
    this.clock = clock;
  }

  @Override
  public Set<String> routingKeys() {
    return Set.of(PLAN_APPROVED);
  }

  @Override
  public void handle(EventEnvelope event) {
    PlanApproved plan = read(event);
    String tenant = required(event.tenantId(), "tenantId");
    String planId = required(plan.planId(), "planId");
    String schoolId = required(plan.schoolId(), "schoolId");
    String schoolYear = required(plan.schoolYear(), "schoolYear");
    Instant now = clock.instant();
    int order = 0;
    for (PlanApproved.Row row : plan.rowsOrEmpty()) {
      for (PlanApproved.Action action : row.actionsOrEmpty()) {
        order++;
        String actionId = required(action.actionId(), "actionId");
        String rowId = required(row.rowId(), "rowId");
        String description = action.description() == null ? "" : action.description();
        int refreshed =
            actions.refreshFromPlan(
                tenant,
                actionId,
                planId,
                rowId,
                row.criterionCode(),
                description,
                action.lead(),
                action.timeline(),
                action.budget(),
                order,
                plan.revisionOrZero(),
                now);
        if (refreshed == 0) {
          actions.insertIfAbsent(
              tenant,
              actionId,
              planId,
              schoolId,
              schoolYear,
              rowId,
              row.criterionCode(),
              description,
              action.lead(),
              action.timeline(),
              action.budget(),
              order,
              plan.revisionOrZero(),
              now);
        }
        actions.updateSchedule(
            tenant,
            actionId,
            planId,
            action.startDate(),
            action.endDate(),
            action.isRecurring(),
            plan.revisionOrZero());
      }
    }
  }

  private PlanApproved read(EventEnvelope event) {
    if (event.payload() == null) {
      throw new IllegalArgumentException(
          "PlanApproved event " + event.eventId() + " has no payload");
    }
    try {
      return json.readValueFromTree(event.payload(), Argument.of(PlanApproved.class));
    } catch (IOException e) {
      throw new UncheckedIOException("Unreadable PlanApproved event " + event.eventId(), e);
    }
  }

  private static String required(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("PlanApproved event without " + field);
    }
    return value;
  }
}

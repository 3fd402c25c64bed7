package vn.eqip.monitoring.actions;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.eqip.platform.outbox.EventEnvelope;
import vn.eqip.platform.outbox.EventHandler;

/**
 * Turns every action of an approved plan into a tracked action (plans.PlanApproved.v1, and
 * plans.PlanAmendmentDiscarded.v1 whose rows are the approved rows in force again). An upsert by
 * action id: a re-approval (an amendment) refreshes the texts and dates and keeps the progress
 * already reported; actions of the plan the event no longer has are marked removed (kept, not
 * listed) and come back with their progress if a later approval has them again. An event of an
 * older plan revision than the one applied changes nothing; running the handler twice on the same
 * event changes nothing.
 */
@Singleton
public class PlanApprovedHandler implements EventHandler {

  public static final String PLAN_APPROVED = "plans.PlanApproved.v1";
  public static final String PLAN_AMENDMENT_DISCARDED = "plans.PlanAmendmentDiscarded.v1";

  private static final Logger LOG = LoggerFactory.getLogger(PlanApprovedHandler.class);

  private final JsonMapper json;
  private final TrackedActionRepository actions;
  private final TrackedPlans plans;
  private final Clock clock;

  public PlanApprovedHandler(
      JsonMapper json, TrackedActionRepository actions, TrackedPlans plans, Clock clock) {
    this.json = json;
    this.actions = actions;
    this.plans = plans;
    this.clock = clock;
  }

  @Override
  public Set<String> routingKeys() {
    return Set.of(PLAN_APPROVED, PLAN_AMENDMENT_DISCARDED);
  }

  @Override
  public void handle(EventEnvelope event) {
    PlanApproved plan = read(event);
    String tenant = required(event.tenantId(), "tenantId");
    String planId = required(plan.planId(), "planId");
    String schoolId = required(plan.schoolId(), "schoolId");
    String schoolYear = required(plan.schoolYear(), "schoolYear");
    if (plan.status() != null && !"APPROVED".equals(plan.status())) {
      LOG.warn(
          "{} {} of plan {} has status {}, not APPROVED: ignored",
          event.routingKey(),
          event.eventId(),
          planId,
          plan.status());
      return;
    }
    int revision = plan.revisionOrZero();
    Optional<Integer> applied = plans.lockAppliedRevision(tenant, planId);
    if (applied.isPresent() && applied.get() > revision) {
      LOG.info(
          "{} {} of plan {} is of revision {}, older than the applied {}: ignored",
          event.routingKey(),
          event.eventId(),
          planId,
          revision,
          applied.get());
      return;
    }
    Instant now = clock.instant();
    plans.recordApplied(tenant, planId, schoolId, schoolYear, revision, now);
    Set<String> inForce = new HashSet<>();
    int order = 0;
    for (PlanApproved.Row row : plan.rowsOrEmpty()) {
      for (PlanApproved.Action action : row.actionsOrEmpty()) {
        order++;
        String actionId = required(action.actionId(), "actionId");
        String rowId = required(row.rowId(), "rowId");
        String description = action.description() == null ? "" : action.description();
        inForce.add(actionId);
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
                revision,
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
              revision,
              now);
        }
        actions.updateSchedule(
            tenant,
            actionId,
            planId,
            action.startDate(),
            action.endDate(),
            action.isRecurring(),
            revision);
      }
    }
    if (plan.rows() == null) {
      // no rows at all is "not told", not "no actions": nothing is removed
      LOG.warn("{} {} of plan {} has no rows", event.routingKey(), event.eventId(), planId);
    } else {
      for (TrackedAction action : actions.findByTenantIdAndPlanId(tenant, planId)) {
        if (!inForce.contains(action.id()) && !action.isRemoved()) {
          actions.markRemoved(tenant, action.id(), planId, revision, now);
        }
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

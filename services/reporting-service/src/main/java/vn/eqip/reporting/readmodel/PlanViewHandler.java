package vn.eqip.reporting.readmodel;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.eqip.platform.outbox.EventEnvelope;
import vn.eqip.platform.outbox.EventHandler;

/**
 * Keeps plan_view from the plan workflow's events (stale revisions change nothing; the first
 * submission and the approval dates are kept whatever the order), and action_view's plan side from
 * PlanApproved.
 */
@Singleton
public class PlanViewHandler implements EventHandler {

  static final String PLAN_APPROVED = "plans.PlanApproved.v1";

  /** Routing key → the status a plan has after that event. */
  static final Map<String, String> STATUS_AFTER =
      Map.of(
          "plans.PlanCreated.v1", "DRAFT",
          "plans.PlanSubmitted.v1", "SUBMITTED",
          "plans.PlanReturned.v1", "RETURNED",
          "plans.PlanWithdrawn.v1", "WITHDRAWN",
          "plans.PlanApproved.v1", "APPROVED");

  private final JsonMapper json;
  private final PlanViews plans;
  private final ActionViews actions;

  public PlanViewHandler(JsonMapper json, PlanViews plans, ActionViews actions) {
    this.json = json;
    this.plans = plans;
    this.actions = actions;
  }

  @Override
  public Set<String> routingKeys() {
    return STATUS_AFTER.keySet();
  }

  @Override
  public void handle(EventEnvelope event) {
    PlanChanged plan = Payloads.read(json, event, PlanChanged.class);
    String status =
        plan.status() != null && STATUS_AFTER.containsValue(plan.status())
            ? plan.status()
            : STATUS_AFTER.get(event.routingKey());
    String planId = Payloads.required(plan.planId(), "planId", event);
    String schoolId = Payloads.required(plan.schoolId(), "schoolId", event);
    String schoolYear = Payloads.required(plan.schoolYear(), "schoolYear", event);
    int revision = plan.revision() == null ? 0 : plan.revision();
    Instant at = Payloads.occurredAt(plan.occurredAt(), event);
    plans.apply(event.tenantId(), planId, schoolId, schoolYear, status, revision, at);
    if (event.routingKey().equals("plans.PlanSubmitted.v1")) {
      plans.submittedAt(event.tenantId(), planId, at);
    } else if (event.routingKey().equals(PLAN_APPROVED)) {
      plans.approvedAt(event.tenantId(), planId, at);
      actions.approved(
          event.tenantId(),
          planId,
          schoolId,
          schoolYear,
          revision,
          plan.rows() == null ? List.of() : plan.rows());
    }
  }
}

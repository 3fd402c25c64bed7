package vn.eqip.reporting.readmodel;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Set;
import vn.eqip.platform.outbox.EventEnvelope;
import vn.eqip.platform.outbox.EventHandler;

/** Keeps plan_view from the plan workflow's events; stale revisions change nothing. */
@Singleton
public class PlanViewHandler implements EventHandler {

  /** Routing key → the status a plan has after that event. */
  static final Map<String, String> STATUS_AFTER =
      Map.of(
          "plans.PlanCreated.v1", "DRAFT",
          "plans.PlanSubmitted.v1", "SUBMITTED",
          "plans.PlanReturned.v1", "RETURNED",
          "plans.PlanApproved.v1", "APPROVED");

  private final JsonMapper json;
  private final PlanViews plans;

  public PlanViewHandler(JsonMapper json, PlanViews plans) {
    this.json = json;
    this.plans = plans;
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
    plans.apply(
        event.tenantId(),
        Payloads.required(plan.planId(), "planId", event),
        Payloads.required(plan.schoolId(), "schoolId", event),
        Payloads.required(plan.schoolYear(), "schoolYear", event),
        status,
        plan.revision() == null ? 0 : plan.revision(),
        Payloads.occurredAt(plan.occurredAt(), event));
  }
}

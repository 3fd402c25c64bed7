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
 *
 * <p>Amendments (issue 5): an event with {@code amendment=true} is about an amendment of an
 * approved plan; the approved version stays in force, so the plan stays APPROVED and the
 * amendment's own status is kept beside it ({@link PlanViews.Change#amendmentStatus()}).
 * PlanApproved (the amended version approved) and PlanAmendmentDiscarded clear it.
 */
@Singleton
public class PlanViewHandler implements EventHandler {

  static final String PLAN_APPROVED = "plans.PlanApproved.v1";
  static final String PLAN_SUBMITTED = "plans.PlanSubmitted.v1";
  static final String AMENDMENT_STARTED = "plans.PlanAmendmentStarted.v1";
  static final String APPROVED = "APPROVED";

  /** Routing key → the status a plan (or its amendment) has after that event. */
  static final Map<String, String> STATUS_AFTER =
      Map.of(
          "plans.PlanCreated.v1",
          "DRAFT",
          PLAN_SUBMITTED,
          "SUBMITTED",
          "plans.PlanReturned.v1",
          "RETURNED",
          "plans.PlanWithdrawn.v1",
          "WITHDRAWN",
          PLAN_APPROVED,
          APPROVED,
          AMENDMENT_STARTED,
          "DRAFT",
          "plans.PlanAmendmentDiscarded.v1",
          APPROVED,
          "plans.PlanApprovalStepPassed.v1",
          "SUBMITTED");

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
    String eventStatus =
        plan.status() != null && STATUS_AFTER.containsValue(plan.status())
            ? plan.status()
            : STATUS_AFTER.get(event.routingKey());
    String planId = Payloads.required(plan.planId(), "planId", event);
    String schoolId = Payloads.required(plan.schoolId(), "schoolId", event);
    String schoolYear = Payloads.required(plan.schoolYear(), "schoolYear", event);
    int revision = plan.revision() == null ? 0 : plan.revision();
    Instant at = Payloads.occurredAt(plan.occurredAt(), event);
    boolean amendment =
        (plan.isAmendment() || event.routingKey().equals(AMENDMENT_STARTED))
            && !APPROVED.equals(eventStatus);
    plans.apply(
        event.tenantId(),
        new PlanViews.Change(
            planId,
            schoolId,
            schoolYear,
            amendment ? APPROVED : eventStatus,
            amendment ? eventStatus : null,
            plan.approvalStep(),
            plan.approvalSteps(),
            plan.approvedVersion(),
            revision,
            at));
    if (event.routingKey().equals(PLAN_SUBMITTED) && !amendment) {
      plans.submittedAt(event.tenantId(), planId, at);
    } else if (event.routingKey().equals(PLAN_APPROVED)) {
      plans.approvedAt(event.tenantId(), planId, at);
      if (plans.takeActionsOf(event.tenantId(), planId, revision)) {
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
}

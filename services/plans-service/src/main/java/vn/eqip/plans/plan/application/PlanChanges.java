package vn.eqip.plans.plan.application;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.function.Consumer;
import vn.eqip.plans.integration.OutboxEventPublisher;
import vn.eqip.plans.integration.SchoolRegistryOperations;
import vn.eqip.plans.plan.domain.Plan;
import vn.eqip.plans.shared.StalePlan;
import vn.eqip.platform.tenancy.Caller;
import vn.eqip.platform.web.ProblemException;

/**
 * The one way a stored plan changes: load it in the caller's tenant, check the caller may see its
 * school (the registry applies their org-unit scope), then in one transaction apply the domain
 * method, save with an optimistic check and append the plan's new events to the outbox.
 */
@Singleton
public class PlanChanges {

  private final Plans plans;
  private final SchoolRegistryOperations registry;
  private final OutboxEventPublisher events;
  private final TransactionOperations<Connection> tx;

  public PlanChanges(
      Plans plans,
      SchoolRegistryOperations registry,
      OutboxEventPublisher events,
      TransactionOperations<Connection> tx) {
    this.plans = plans;
    this.registry = registry;
    this.events = events;
    this.tx = tx;
  }

  /**
   * The plan and its school, if the plan is in the caller's tenant and its school in the caller's
   * scope; else 404.
   */
  public VisiblePlan visiblePlan(Caller caller, String authorization, String planId) {
    Plan plan =
        tx.executeRead(status -> plans.find(caller.tenantId(), planId))
            .orElseThrow(() -> ProblemException.notFound("kế hoạch " + planId));
    return registry
        .visibleSchool(authorization, plan.schoolId(), plan.schoolYear().toString())
        .map(school -> new VisiblePlan(plan, school))
        .orElseThrow(() -> ProblemException.notFound("kế hoạch " + planId));
  }

  public Plan change(Caller caller, String authorization, String planId, Consumer<Plan> change) {
    return change(caller, visiblePlan(caller, authorization, planId), null, change);
  }

  /**
   * Changes a plan, if {@code expectedRevision} (the client's If-Match; null: none) is still its
   * revision.
   */
  public Plan change(
      Caller caller,
      String authorization,
      String planId,
      Integer expectedRevision,
      Consumer<Plan> change) {
    return change(caller, visiblePlan(caller, authorization, planId), expectedRevision, change);
  }

  /** Changes a plan whose visibility the caller already checked with {@link #visiblePlan}. */
  public Plan change(Caller caller, VisiblePlan visible, Consumer<Plan> change) {
    return change(caller, visible, null, change);
  }

  /**
   * Changes a plan whose visibility the caller already checked: loads it, checks the expected
   * revision, applies the change, saves it only if nobody saved it meanwhile (else {@link
   * StalePlan} with the current state: of two concurrent changes exactly one wins) and appends its
   * events to the outbox, all in one transaction.
   */
  public Plan change(
      Caller caller, VisiblePlan visible, Integer expectedRevision, Consumer<Plan> change) {
    String planId = visible.plan().id();
    try {
      return tx.executeWrite(
          status -> {
            Plan plan = plans.find(caller.tenantId(), planId).orElseThrow();
            if (expectedRevision != null && plan.revision() != expectedRevision) {
              throw new StalePlan(plan.status().name(), plan.revision(), expectedRevision);
            }
            change.accept(plan);
            plans.update(plan);
            plan.newEvents().forEach(events::publish);
            return plan;
          });
    } catch (Plans.ConcurrentPlanChange e) {
      Plan current = tx.executeRead(status -> plans.find(caller.tenantId(), planId)).orElseThrow();
      throw new StalePlan(current.status().name(), current.revision(), expectedRevision);
    }
  }
}

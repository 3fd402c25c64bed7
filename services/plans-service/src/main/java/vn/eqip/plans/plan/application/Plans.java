package vn.eqip.plans.plan.application;

import java.util.List;
import java.util.Optional;
import vn.eqip.plans.plan.domain.Plan;
import vn.eqip.plans.plan.domain.PlanTransition;

/** The port to stored plans. Every lookup is scoped by tenant. */
public interface Plans {

  Optional<Plan> find(String tenantId, String planId);

  boolean existsForSchoolYear(String tenantId, String schoolId, String schoolYear);

  void add(Plan plan);

  /**
   * Saves a changed plan if nobody changed it since it was loaded.
   *
   * @throws ConcurrentPlanChange if the stored revision moved on
   */
  void update(Plan plan);

  List<PlanTransition> history(String tenantId, String planId);

  class ConcurrentPlanChange extends RuntimeException {
    public ConcurrentPlanChange(String planId) {
      super("Plan " + planId + " was changed concurrently");
    }
  }
}

package vn.eqip.plans.plan.application;

import java.util.List;
import java.util.Optional;
import vn.eqip.plans.plan.domain.Plan;
import vn.eqip.plans.plan.domain.PlanTransition;
import vn.eqip.plans.plan.domain.PlanVersion;
import vn.eqip.plans.plan.domain.RowComment;

/** The port to stored plans. Every lookup is scoped by tenant. */
public interface Plans {

  Optional<Plan> find(String tenantId, String planId);

  boolean existsForSchoolYear(String tenantId, String schoolId, String schoolYear);

  /** The school's plan for a school year, if it has one. */
  Optional<Plan> findForSchoolYear(String tenantId, String schoolId, String schoolYear);

  void add(Plan plan);

  /**
   * Saves a changed plan if nobody changed it since it was loaded.
   *
   * @throws ConcurrentPlanChange if the stored revision moved on
   */
  void update(Plan plan);

  List<PlanTransition> history(String tenantId, String planId);

  /**
   * The next document number of the school in a calendar year (1, 2, …), taken inside the caller's
   * transaction: concurrent submissions of one school wait for each other.
   */
  int nextDocumentNumber(String tenantId, String schoolId, int year);

  /** Every submitted version, oldest first. */
  List<PlanVersion> versions(String tenantId, String planId);

  /** Reviewers' comments on rows, oldest first. */
  List<RowComment> rowComments(String tenantId, String planId);

  class ConcurrentPlanChange extends RuntimeException {
    public ConcurrentPlanChange(String planId) {
      super("Plan " + planId + " was changed concurrently");
    }
  }
}

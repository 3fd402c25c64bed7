package vn.eqip.plans.plan.application;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.HashMap;
import java.util.Map;
import vn.eqip.plans.assessment.application.AssessmentRecord;
import vn.eqip.plans.assessment.application.Assessments;
import vn.eqip.plans.assessment.domain.CriterionResult;
import vn.eqip.plans.integration.SchoolRegistryOperations;
import vn.eqip.plans.integration.SchoolRegistryOperations.SchoolInfo;
import vn.eqip.plans.plan.domain.Plan;
import vn.eqip.plans.plan.domain.lint.LintContext;
import vn.eqip.plans.plan.domain.lint.LintReport;
import vn.eqip.plans.plan.domain.lint.PlanLinter;
import vn.eqip.platform.tenancy.Caller;

/**
 * Runs the linter on a plan against what it is checked against: the school's circular for the
 * plan's school year (from the registry) and the criterion levels of the plan's baseline.
 */
@Singleton
public class PlanLinting {

  private final PlanChanges changes;
  private final SchoolRegistryOperations registry;
  private final Assessments assessments;
  private final TransactionOperations<Connection> tx;

  public PlanLinting(
      PlanChanges changes,
      SchoolRegistryOperations registry,
      Assessments assessments,
      TransactionOperations<Connection> tx) {
    this.changes = changes;
    this.registry = registry;
    this.assessments = assessments;
    this.tx = tx;
  }

  public LintReport lint(Caller caller, String authorization, String planId) {
    VisiblePlan visible = changes.visiblePlan(caller, authorization, planId);
    Plan plan = visible.plan();
    return PlanLinter.lint(plan.rows(), plan.document(), context(caller, authorization, visible));
  }

  public LintContext context(Caller caller, String authorization, VisiblePlan visible) {
    Plan plan = visible.plan();
    SchoolInfo school = visible.school();
    Map<String, Integer> levels = new HashMap<>();
    String baselineYear = null;
    if (plan.baseline() != null) {
      baselineYear = plan.baseline().schoolYear();
      tx.executeRead(status -> assessments.find(caller.tenantId(), plan.baseline().assessmentId()))
          .map(AssessmentRecord::criteria)
          .ifPresent(
              criteria -> {
                for (CriterionResult c : criteria) {
                  if (c.level() != null) {
                    levels.put(c.code(), c.level());
                  }
                }
              });
    }
    return new LintContext(
        plan.schoolYear(),
        registry.catalog(authorization, school.framework()),
        baselineYear,
        levels);
  }
}

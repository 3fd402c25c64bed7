package vn.eqip.plans.authoring.application;

import vn.eqip.plans.plan.domain.PlanStart;

/**
 * Start a plan: empty ({@code startFrom} EMPTY or null), from last year's plan (LAST_YEAR) or from
 * the latest finished self-assessment (ASSESSMENT, with the {@code targetLevel} 1–4 the school aims
 * for).
 */
public record CreatePlan(
    String schoolId, String schoolYear, PlanStart.From startFrom, Integer targetLevel) {

  public CreatePlan(String schoolId, String schoolYear) {
    this(schoolId, schoolYear, PlanStart.From.EMPTY, null);
  }
}

package vn.eqip.plans.plan.application;

import vn.eqip.plans.plan.domain.Plan;

/**
 * The port that turns a plan into a document file (the Word adapter lives in {@code plan/export}).
 */
public interface PlanDocumentRenderer {

  /**
   * The plan as a document in the official administrative layout.
   *
   * @param registeredSchoolName the school's name in the registry, used when the plan's header does
   *     not name the school yet (may be null)
   */
  byte[] render(Plan plan, String registeredSchoolName);
}

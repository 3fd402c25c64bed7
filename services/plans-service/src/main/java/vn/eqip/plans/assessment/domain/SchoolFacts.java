package vn.eqip.plans.assessment.domain;

/**
 * Facts about the school that the accreditation preconditions need, as declared with an external
 * evaluation. Null means "not declared": the product then says so instead of guessing.
 *
 * @param cohortCompleted a cohort of pupils has completed the programme (TT17/TT18)
 * @param yearsOfOperation years the school has operated (TT19)
 */
public record SchoolFacts(Boolean cohortCompleted, Integer yearsOfOperation) {

  public static final SchoolFacts NONE = new SchoolFacts(null, null);
}

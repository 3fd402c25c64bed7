package vn.eqip.plans.assessment.domain;

/**
 * What a school must show, besides its external evaluation, to be recognised (Điều 34 khoản 1 điểm
 * a of each circular). Catalog data: the circular decides which applies.
 */
public enum AccreditationPrecondition {
  /** TT17/TT18: at least one cohort of pupils has completed the programme. */
  COHORT_COMPLETED,
  /** TT19 (preschool): the school has operated for at least five years. */
  OPERATING_FIVE_YEARS
}

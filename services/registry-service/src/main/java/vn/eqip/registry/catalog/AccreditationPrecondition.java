package vn.eqip.registry.catalog;

/**
 * What a school must show, besides its external evaluation, to be recognised as accredited and as
 * meeting the national standard (Điều 34 khoản 1 điểm a of each circular, cited by Điều 37).
 */
public enum AccreditationPrecondition {
  /**
   * TT17/2018 (primary) and TT18/2018 (secondary): at least one cohort of pupils has completed the
   * programme of the school level.
   */
  COHORT_COMPLETED,
  /** TT19/2018 (preschool): "đã có hoạt động giáo dục ít nhất 05 năm". */
  OPERATING_FIVE_YEARS;

  /** The precondition of a catalog's school level (PRESCHOOL, PRIMARY, SECONDARY). */
  static AccreditationPrecondition forSchoolLevel(String catalogSchoolLevel) {
    return "PRESCHOOL".equals(catalogSchoolLevel) ? OPERATING_FIVE_YEARS : COHORT_COMPLETED;
  }
}

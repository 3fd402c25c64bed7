package vn.eqip.plans.assessment.domain;

public enum AssessmentStatus {
  /** Being entered; may be partial. */
  DRAFT,
  /** Locked; a correction is a new version. */
  FINISHED
}

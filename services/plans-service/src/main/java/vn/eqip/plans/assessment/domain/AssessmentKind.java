package vn.eqip.plans.assessment.domain;

/** Tự đánh giá (the school's own) or đánh giá ngoài (by an external team). */
public enum AssessmentKind {
  SELF,
  EXTERNAL
}

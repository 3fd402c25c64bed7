package vn.eqip.plans.plan.domain.lint;

/** An error blocks submission; a warning is shown to the author and the reviewer only. */
public enum Severity {
  ERROR,
  WARNING
}

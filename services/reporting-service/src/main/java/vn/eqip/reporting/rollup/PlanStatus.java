package vn.eqip.reporting.rollup;

/** A school's plan status in a roll-up; NONE when the school has no plan for the year. */
public enum PlanStatus {
  NONE,
  DRAFT,
  SUBMITTED,
  RETURNED,
  /** Taken back by the school before a decision; it may be edited and submitted again. */
  WITHDRAWN,
  APPROVED;

  public static PlanStatus of(String stored) {
    if (stored == null) {
      return NONE;
    }
    for (PlanStatus s : values()) {
      if (s.name().equals(stored)) {
        return s;
      }
    }
    throw new IllegalStateException("Unknown plan status " + stored);
  }
}

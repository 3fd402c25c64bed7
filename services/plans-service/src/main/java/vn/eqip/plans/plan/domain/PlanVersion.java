package vn.eqip.plans.plan.domain;

import java.time.Instant;
import java.util.List;

/**
 * The plan as it was submitted: version 1 is the first submission, each resubmission the next.
 * Never changed once written.
 */
public record PlanVersion(
    int number,
    int revision,
    String submittedBy,
    Instant submittedAt,
    String documentNumber,
    PlanDocument document,
    List<PlanRow> rows) {

  public PlanVersion {
    rows = List.copyOf(rows);
  }
}

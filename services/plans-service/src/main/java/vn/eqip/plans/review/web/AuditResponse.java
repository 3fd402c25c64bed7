package vn.eqip.plans.review.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import vn.eqip.plans.plan.domain.PlanTransition;

/** The audit trail of a plan, oldest first: every transition with who, when, from, to, comment. */
@Serdeable
public record AuditResponse(List<Entry> items) {

  /** {@code from} is null for the creation of the draft. */
  @Serdeable
  public record Entry(
      @Nullable String from,
      String to,
      String actorId,
      String actor,
      Instant at,
      @Nullable String comment) {}

  static AuditResponse of(List<PlanTransition> history) {
    return new AuditResponse(
        history.stream()
            .map(
                t ->
                    new Entry(
                        t.from() == null ? null : t.from().name(),
                        t.to().name(),
                        t.actorId(),
                        t.actorName(),
                        t.at(),
                        t.comment()))
            .toList());
  }
}

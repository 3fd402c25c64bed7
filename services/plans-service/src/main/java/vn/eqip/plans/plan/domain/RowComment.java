package vn.eqip.plans.plan.domain;

import java.time.Instant;

/** A reviewer's comment on one row, given when returning the plan. */
public record RowComment(
    String rowId, String comment, String actorId, String actorName, Instant at) {}

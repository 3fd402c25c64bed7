package vn.eqip.plans.plan.domain;

import java.time.Instant;
import java.util.List;

/** What happened to a plan; the application publishes each through the outbox. */
public sealed interface PlanEvent {

  Plan plan();

  Instant occurredAt();

  Actor actor();

  record PlanCreated(Plan plan, Instant occurredAt, Actor actor) implements PlanEvent {}

  record PlanSubmitted(Plan plan, Instant occurredAt, Actor actor) implements PlanEvent {}

  record PlanReturned(Plan plan, Instant occurredAt, Actor actor, String comment)
      implements PlanEvent {}

  /** The school took a submitted plan back before a decision; {@code comment} may be null. */
  record PlanWithdrawn(Plan plan, Instant occurredAt, Actor actor, String comment)
      implements PlanEvent {}

  record PlanApproved(Plan plan, Instant occurredAt, Actor actor, List<PlanRow> rows)
      implements PlanEvent {}
}

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

  /** One level of a multi-level approval chain approved; the next level decides. */
  record PlanApprovalStepPassed(Plan plan, Instant occurredAt, Actor actor, String comment)
      implements PlanEvent {}

  /** The school opened an amendment of its approved plan; {@code comment} may be null. */
  record PlanAmendmentStarted(Plan plan, Instant occurredAt, Actor actor, String comment)
      implements PlanEvent {}

  /** The school abandoned its amendment: {@code rows} are the approved rows, in force again. */
  record PlanAmendmentDiscarded(Plan plan, Instant occurredAt, Actor actor, List<PlanRow> rows)
      implements PlanEvent {}
}

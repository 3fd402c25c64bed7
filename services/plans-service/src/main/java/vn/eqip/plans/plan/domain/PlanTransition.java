package vn.eqip.plans.plan.domain;

import java.time.Instant;

/** The audit trail: who moved the plan from which status to which, when, and why. */
public record PlanTransition(
    PlanStatus from, PlanStatus to, String actorId, String actorName, Instant at, String comment) {}

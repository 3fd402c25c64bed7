package vn.eqip.plans.plan.domain;

/** A person acting on a plan: their id (token subject) and display name. */
public record Actor(String id, String name) {}

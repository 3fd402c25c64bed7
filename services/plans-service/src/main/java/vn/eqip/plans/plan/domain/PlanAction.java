package vn.eqip.plans.plan.domain;

/**
 * One action (công việc / giải pháp) of a row, with the texts as the school wrote them; parsing
 * budgets and timelines into numbers and dates comes with issue 5, always keeping these texts.
 */
public record PlanAction(
    String actionId,
    String description,
    String lead,
    String partners,
    String timeline,
    String budget) {}

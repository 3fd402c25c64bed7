package vn.eqip.plans.plan.domain;

import vn.eqip.plans.plan.domain.text.Budget;
import vn.eqip.plans.plan.domain.text.BudgetParser;
import vn.eqip.plans.plan.domain.text.Timeline;
import vn.eqip.plans.plan.domain.text.TimelineParser;

/**
 * One action (công việc / giải pháp) of a row, with the texts as the school wrote them; the budget
 * and timeline are read from those texts ({@link #parsedBudget()}, {@link #parsedTimeline()}),
 * which are always kept beside what was read.
 */
public record PlanAction(
    String actionId,
    String description,
    String lead,
    String partners,
    String timeline,
    String budget) {

  public Budget parsedBudget() {
    return BudgetParser.parse(budget);
  }

  public Timeline parsedTimeline() {
    return TimelineParser.parse(timeline);
  }
}

package vn.eqip.plans.integration;

import jakarta.inject.Singleton;
import java.util.List;
import vn.eqip.plans.assessment.domain.Assessment;
import vn.eqip.plans.assessment.domain.LevelCount;
import vn.eqip.plans.assessment.domain.LevelSummary;
import vn.eqip.plans.plan.domain.PlanAction;
import vn.eqip.plans.plan.domain.PlanEvent;
import vn.eqip.plans.plan.domain.PlanRow;
import vn.eqip.plans.plan.domain.text.Budget;
import vn.eqip.plans.plan.domain.text.Timeline;
import vn.eqip.platform.outbox.Outbox;

/**
 * Maps domain events to the published contract and appends them to the outbox (same transaction).
 */
@Singleton
public class OutboxEventPublisher {

  private final Outbox outbox;

  public OutboxEventPublisher(Outbox outbox) {
    this.outbox = outbox;
  }

  public void publish(PlanEvent event) {
    var plan = event.plan();
    // the published type is the domain event's name: PlanCreated, PlanSubmitted, PlanReturned, …
    String type = event.getClass().getSimpleName();
    String comment = null;
    List<PlanRow> approvedRows = null;
    if (event instanceof PlanEvent.PlanReturned r) {
      comment = r.comment();
    } else if (event instanceof PlanEvent.PlanWithdrawn w) {
      comment = w.comment();
    } else if (event instanceof PlanEvent.PlanApprovalStepPassed p) {
      comment = p.comment();
    } else if (event instanceof PlanEvent.PlanAmendmentStarted a) {
      comment = a.comment();
    } else if (event instanceof PlanEvent.PlanApproved a) {
      approvedRows = a.rows();
    } else if (event instanceof PlanEvent.PlanAmendmentDiscarded d) {
      approvedRows = d.rows();
    }
    outbox.append(
        plan.tenantId(),
        type,
        PlansEvents.VERSION,
        plan.id(),
        new PlansEvents.PlanStatusChanged(
            plan.id(),
            plan.schoolId(),
            plan.schoolYear().toString(),
            plan.status().name(),
            plan.revision(),
            event.occurredAt(),
            event.actor().name(),
            comment,
            approvedRows == null ? null : approvedRows.stream().map(this::row).toList(),
            event instanceof PlanEvent.PlanReturned && !plan.newRowComments().isEmpty()
                ? plan.newRowComments().stream()
                    .map(c -> new PlansEvents.RowComment(c.rowId(), c.comment()))
                    .toList()
                : null,
            plan.isAmending(),
            plan.approvedVersion(),
            plan.approvalsGiven(),
            plan.approvalChain().levels()));
  }

  public void publishFinished(Assessment assessment) {
    LevelSummary s = assessment.summary();
    outbox.append(
        assessment.tenantId(),
        "AssessmentFinished",
        PlansEvents.VERSION,
        assessment.schoolId(),
        new PlansEvents.AssessmentFinished(
            assessment.id(),
            assessment.schoolId(),
            assessment.schoolYear().toString(),
            assessment.kind().name(),
            assessment.catalog().frameworkId(),
            assessment.version(),
            new PlansEvents.Counts(
                count(s.level1()), count(s.level2()), count(s.level3()), count(s.level4())),
            s.overallLevel(),
            s.line(),
            assessment.recognition().accreditationGrade(),
            assessment.recognition().nationalStandardLevel(),
            assessment.finishedAt(),
            assessment.results().stream()
                .map(r -> new PlansEvents.CriterionLevel(r.code(), r.level()))
                .toList()));
  }

  private static PlansEvents.Count count(LevelCount c) {
    return new PlansEvents.Count(c.met(), c.total());
  }

  private PlansEvents.Row row(PlanRow row) {
    return new PlansEvents.Row(
        row.rowId(),
        row.tier().name(),
        row.criterionCode(),
        row.level4No(),
        row.target(),
        row.actions().stream().map(OutboxEventPublisher::action).toList());
  }

  private static PlansEvents.Action action(PlanAction a) {
    Budget budget = a.parsedBudget();
    Timeline timeline = a.parsedTimeline();
    return new PlansEvents.Action(
        a.actionId(),
        a.description(),
        a.lead(),
        a.partners(),
        a.timeline(),
        a.budget(),
        budget.amountVnd(),
        budget.source(),
        timeline.start() == null ? null : timeline.start().toString(),
        timeline.end() == null ? null : timeline.end().toString(),
        timeline.recurring());
  }
}

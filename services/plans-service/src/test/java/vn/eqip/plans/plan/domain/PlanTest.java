package vn.eqip.plans.plan.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.eqip.plans.plan.domain.rules.OnlySubmittedPlansCanBeReviewedRule;
import vn.eqip.plans.plan.domain.rules.PlanIsEditableRule;
import vn.eqip.plans.plan.domain.rules.PlanMustHaveRowsRule;
import vn.eqip.plans.plan.domain.rules.ReturnNeedsCommentRule;
import vn.eqip.plans.plan.domain.rules.ReviewerIsNotAuthorRule;
import vn.eqip.plans.shared.SchoolYear;

class PlanTest {

  static final Actor PRINCIPAL = new Actor("u-principal", "principal.hemuong");
  static final Actor REVIEWER = new Actor("u-reviewer", "reviewer.dienbien");
  static final Instant NOW = Instant.parse("2026-09-15T03:00:00Z");

  static Plan aDraft() {
    return Plan.draft(
        "p1", "dienbien", "school-1", SchoolYear.parse("2026-2027"), PRINCIPAL, null, NOW);
  }

  static Plan aDraftWithARow() {
    Plan plan = aDraft();
    plan.addRow(
        new PlanRow(
            "r1",
            PlanRow.Tier.LEVELS_1_TO_3,
            "1.1",
            null,
            "Đạt mức 3",
            List.of(
                new PlanAction(
                    "a1", "Rà soát chiến lược", "Hiệu trưởng", null, "Quý 1/2027", "Không"))));
    return plan;
  }

  static Plan aSubmittedPlan() {
    Plan plan = aDraftWithARow();
    plan.submit(PRINCIPAL, NOW);
    return plan;
  }

  @Test
  void a_new_draft_raises_plan_created() {
    Plan plan = aDraft();

    assertEquals(PlanStatus.DRAFT, plan.status());
    assertInstanceOf(PlanEvent.PlanCreated.class, plan.newEvents().get(0));
  }

  @Test
  void submitting_a_draft_with_rows_raises_plan_submitted() {
    Plan plan = aSubmittedPlan();

    assertEquals(PlanStatus.SUBMITTED, plan.status());
    assertInstanceOf(
        PlanEvent.PlanSubmitted.class, plan.newEvents().get(plan.newEvents().size() - 1));
  }

  @Test
  void submitting_an_empty_plan_breaks_plan_must_have_rows() {
    BusinessRuleViolation e =
        assertThrows(BusinessRuleViolation.class, () -> aDraft().submit(PRINCIPAL, NOW));

    assertEquals(PlanMustHaveRowsRule.class, e.ruleType());
  }

  @Test
  void a_submitted_plan_cannot_be_edited() {
    Plan plan = aSubmittedPlan();

    BusinessRuleViolation e =
        assertThrows(
            BusinessRuleViolation.class,
            () -> plan.addRow(new PlanRow("r2", PlanRow.Tier.LEVEL_4, null, 1, "Đạt", List.of())));
    assertEquals(PlanIsEditableRule.class, e.ruleType());
  }

  @Test
  void returning_needs_a_comment() {
    Plan plan = aSubmittedPlan();

    BusinessRuleViolation e =
        assertThrows(BusinessRuleViolation.class, () -> plan.returnForChanges(REVIEWER, "  ", NOW));
    assertEquals(ReturnNeedsCommentRule.class, e.ruleType());
    assertEquals(PlanStatus.SUBMITTED, plan.status());
  }

  @Test
  void a_returned_plan_carries_the_comment_and_can_be_resubmitted_then_approved() {
    Plan plan = aSubmittedPlan();

    plan.returnForChanges(REVIEWER, "Bổ sung kinh phí", NOW);
    PlanEvent.PlanReturned returned =
        (PlanEvent.PlanReturned) plan.newEvents().get(plan.newEvents().size() - 1);
    assertEquals("Bổ sung kinh phí", returned.comment());
    assertEquals(PlanStatus.RETURNED, plan.status());

    plan.submit(PRINCIPAL, NOW);
    plan.approve(REVIEWER, NOW);

    assertEquals(PlanStatus.APPROVED, plan.status());
    PlanEvent.PlanApproved approved =
        (PlanEvent.PlanApproved) plan.newEvents().get(plan.newEvents().size() - 1);
    assertEquals(1, approved.rows().size());
    assertEquals(
        java.util.Arrays.asList(
            null,
            PlanStatus.DRAFT,
            PlanStatus.SUBMITTED,
            PlanStatus.RETURNED,
            PlanStatus.SUBMITTED),
        plan.newTransitions().stream().map(PlanTransition::from).toList());
  }

  @Test
  void approving_fails_when_the_reviewer_is_the_author() {
    Plan plan = aSubmittedPlan();

    BusinessRuleViolation e =
        assertThrows(BusinessRuleViolation.class, () -> plan.approve(PRINCIPAL, NOW));

    assertEquals(ReviewerIsNotAuthorRule.class, e.ruleType());
  }

  @Test
  void a_draft_cannot_be_approved_nor_an_approved_plan_returned() {
    BusinessRuleViolation e1 =
        assertThrows(BusinessRuleViolation.class, () -> aDraftWithARow().approve(REVIEWER, NOW));
    assertEquals(OnlySubmittedPlansCanBeReviewedRule.class, e1.ruleType());

    Plan approved = aSubmittedPlan();
    approved.approve(REVIEWER, NOW);
    BusinessRuleViolation e2 =
        assertThrows(
            BusinessRuleViolation.class, () -> approved.returnForChanges(REVIEWER, "x", NOW));
    assertEquals(OnlySubmittedPlansCanBeReviewedRule.class, e2.ruleType());
  }

  @Test
  void every_change_bumps_the_revision() {
    Plan plan = aDraft();
    int created = plan.revision();

    plan.addRow(new PlanRow("r1", PlanRow.Tier.LEVEL_4, null, 2, "Đạt", List.of()));
    plan.submit(PRINCIPAL, NOW);

    assertEquals(created + 2, plan.revision());
  }

  @Test
  void a_submitted_plan_withdrawn_by_its_school_is_editable_again_and_raises_plan_withdrawn() {
    Plan plan = aSubmittedPlan();

    plan.withdraw(PRINCIPAL, " Sửa kinh phí ", NOW);

    assertEquals(PlanStatus.WITHDRAWN, plan.status());
    PlanEvent.PlanWithdrawn event =
        assertInstanceOf(
            PlanEvent.PlanWithdrawn.class, plan.newEvents().get(plan.newEvents().size() - 1));
    assertEquals("Sửa kinh phí", event.comment());
    PlanTransition last = plan.newTransitions().get(plan.newTransitions().size() - 1);
    assertEquals(PlanStatus.SUBMITTED, last.from());
    assertEquals(PlanStatus.WITHDRAWN, last.to());
    plan.editDocument(PlanDocument.EMPTY);
    plan.submit(PRINCIPAL, NOW);
    assertEquals(PlanStatus.SUBMITTED, plan.status());
  }

  @Test
  void only_a_plan_waiting_for_review_can_be_withdrawn() {
    Plan draft = aDraftWithARow();
    BusinessRuleViolation notSubmitted =
        assertThrows(BusinessRuleViolation.class, () -> draft.withdraw(PRINCIPAL, null, NOW));
    assertEquals(
        vn.eqip.plans.plan.domain.rules.OnlySubmittedPlansCanBeWithdrawnRule.class,
        notSubmitted.ruleType());

    Plan approved = aSubmittedPlan();
    approved.approve(REVIEWER, NOW);
    BusinessRuleViolation decided =
        assertThrows(BusinessRuleViolation.class, () -> approved.withdraw(PRINCIPAL, null, NOW));
    assertEquals("plan-not-submitted", decided.code());
    assertEquals(PlanStatus.APPROVED, approved.status());
  }
}

package vn.eqip.plans.plan.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.eqip.plans.shared.SchoolYear;

/** A tenant with two levels: the district office (Phòng) decides first, then the Sở. */
class ApprovalChainTest {

  static final Actor PRINCIPAL = new Actor("u-principal", "principal.q10");
  static final Actor DISTRICT_REVIEWER = new Actor("u-phong", "reviewer.q10");
  static final Actor DEPARTMENT_REVIEWER = new Actor("u-so", "reviewer.hcm");
  static final String DISTRICT = "unit-phong-q10";
  static final String DEPARTMENT = "unit-so-hcm";
  static final Instant NOW = Instant.parse("2026-10-01T03:00:00Z");
  static final ApprovalChain PHONG_THEN_SO =
      new ApprovalChain(
          List.of(
              new ApprovalChain.Step(DISTRICT, "Phòng GD&ĐT Quận 10"),
              new ApprovalChain.Step(DEPARTMENT, "Sở GD&ĐT TP. Hồ Chí Minh")));

  static Plan submitted() {
    Plan plan = Plan.draft("p1", "hcm", "s1", SchoolYear.parse("2026-2027"), PRINCIPAL, null, NOW);
    plan.addRow(new PlanRow("r1", PlanRow.Tier.LEVELS_1_TO_3, "1.1", null, "Đạt mức 3", List.of()));
    plan.submit(PRINCIPAL, PHONG_THEN_SO, NOW);
    return plan;
  }

  @Test
  void the_first_level_approving_passes_the_plan_on_to_the_next() {
    Plan plan = submitted();

    plan.approve(DISTRICT_REVIEWER, DISTRICT, NOW);

    assertEquals(PlanStatus.SUBMITTED, plan.status());
    assertEquals(1, plan.approvalsGiven());
    assertNull(plan.approvedVersion());
    PlanEvent passed = plan.newEvents().get(plan.newEvents().size() - 1);
    assertInstanceOf(PlanEvent.PlanApprovalStepPassed.class, passed);
    PlanTransition trail = plan.newTransitions().get(plan.newTransitions().size() - 1);
    assertEquals(PlanStatus.SUBMITTED, trail.from());
    assertEquals(PlanStatus.SUBMITTED, trail.to());
    assertEquals(
        "Phòng GD&ĐT Quận 10 đã phê duyệt (cấp 1/2); chờ Sở GD&ĐT TP. Hồ Chí Minh.",
        trail.comment());
    assertTrue(!trail.isSubmission(), "a level passing the plan on is not a new submission");
  }

  @Test
  void the_last_level_approving_approves_the_plan() {
    Plan plan = submitted();
    plan.approve(DISTRICT_REVIEWER, DISTRICT, NOW);

    plan.approve(DEPARTMENT_REVIEWER, DEPARTMENT, NOW);

    assertEquals(PlanStatus.APPROVED, plan.status());
    assertEquals(1, plan.approvedVersion());
  }

  @Test
  void a_higher_level_waits_for_the_one_below() {
    Plan plan = submitted();

    BusinessRuleViolation early =
        assertThrows(
            BusinessRuleViolation.class, () -> plan.approve(DEPARTMENT_REVIEWER, DEPARTMENT, NOW));
    assertEquals("not-your-approval-level", early.code());
    assertEquals(
        "Kế hoạch đang chờ Phòng GD&ĐT Quận 10 quyết định (cấp 1/2): cấp của bạn chỉ quyết định"
            + " sau khi cấp dưới đã phê duyệt.",
        early.getMessage());
    assertThrows(
        BusinessRuleViolation.class,
        () ->
            plan.returnForChanges(
                DEPARTMENT_REVIEWER,
                DEPARTMENT,
                "Sửa",
                java.util.Map.of(),
                java.util.Set.of(),
                NOW));
  }

  @Test
  void a_level_that_approved_does_not_decide_again_and_a_unit_outside_the_chain_never() {
    Plan plan = submitted();
    plan.approve(DISTRICT_REVIEWER, DISTRICT, NOW);

    BusinessRuleViolation again =
        assertThrows(
            BusinessRuleViolation.class, () -> plan.approve(DISTRICT_REVIEWER, DISTRICT, NOW));
    assertTrue(again.getMessage().endsWith("cấp của bạn đã phê duyệt lần gửi này."));
    BusinessRuleViolation outside =
        assertThrows(
            BusinessRuleViolation.class,
            () -> plan.approve(new Actor("u-cum", "reviewer.cum"), "unit-cluster", NOW));
    assertTrue(outside.getMessage().contains("không nằm trong quy trình phê duyệt"));
  }

  @Test
  void a_return_at_the_second_level_sends_the_plan_back_and_the_next_submission_starts_again() {
    Plan plan = submitted();
    plan.approve(DISTRICT_REVIEWER, DISTRICT, NOW);
    plan.returnForChanges(
        DEPARTMENT_REVIEWER,
        DEPARTMENT,
        "Bổ sung kinh phí",
        java.util.Map.of(),
        java.util.Set.of(),
        NOW);
    assertEquals(PlanStatus.RETURNED, plan.status());

    plan.submit(PRINCIPAL, PHONG_THEN_SO, NOW);

    assertEquals(0, plan.approvalsGiven());
    assertEquals(2, plan.latestVersion());
    assertThrows(
        BusinessRuleViolation.class, () -> plan.approve(DEPARTMENT_REVIEWER, DEPARTMENT, NOW));
  }

  @Test
  void the_default_chain_is_one_level_for_any_reviewer_in_scope() {
    assertEquals(1, ApprovalChain.ANY_REVIEWER_IN_SCOPE.levels());
    assertTrue(ApprovalChain.ANY_REVIEWER_IN_SCOPE.decidesAt(0, "any-unit"));
    assertTrue(ApprovalChain.ANY_REVIEWER_IN_SCOPE.decidesAt(0, null));
  }
}

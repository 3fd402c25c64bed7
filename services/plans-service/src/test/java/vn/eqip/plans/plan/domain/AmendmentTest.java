package vn.eqip.plans.plan.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.eqip.plans.shared.SchoolYear;

/** An approved plan changes only through a new submission; the approved version stays in force. */
class AmendmentTest {

  static final Actor PRINCIPAL = new Actor("u-principal", "principal.hemuong");
  static final Actor REVIEWER = new Actor("u-reviewer", "reviewer.dienbien");
  static final Instant NOW = Instant.parse("2026-10-01T03:00:00Z");

  static PlanRow row(String id, String code, String target) {
    return new PlanRow(
        id,
        PlanRow.Tier.LEVELS_1_TO_3,
        code,
        null,
        target,
        List.of(
            new PlanAction("a-" + id, "Bồi dưỡng", "Tổ chuyên môn", null, "Năm 2027", "Không")));
  }

  /** Approved as version 1, then reloaded as the repository would (events and trail saved). */
  static Plan approvedPlan() {
    Plan plan =
        Plan.draft("p1", "dienbien", "s1", SchoolYear.parse("2026-2027"), PRINCIPAL, null, NOW);
    plan.addRow(row("r1", "1.1", "Đạt mức 3"));
    plan.submit(PRINCIPAL, NOW);
    plan.approve(REVIEWER, NOW);
    return reloaded(plan);
  }

  static Plan reloaded(Plan plan) {
    Plan copy =
        Plan.restore(
            plan.id(),
            plan.tenantId(),
            plan.schoolId(),
            plan.schoolYear(),
            plan.author(),
            plan.createdAt(),
            plan.baseline(),
            plan.status(),
            plan.revision(),
            plan.submitter(),
            plan.rows(),
            plan.document(),
            plan.documentNumber());
    copy.restoreWorkflow(
        plan.latestVersion(), plan.approvedVersion(), plan.approvalChain(), plan.approvalsGiven());
    return copy;
  }

  static PlanVersion version1(Plan approved) {
    return new PlanVersion(
        1,
        approved.revision(),
        "principal.hemuong",
        NOW,
        null,
        approved.document(),
        approved.rows());
  }

  @Test
  void approval_puts_the_submitted_version_in_force() {
    Plan plan = approvedPlan();

    assertEquals(1, plan.latestVersion());
    assertEquals(1, plan.approvedVersion());
    assertFalse(plan.isAmending());
  }

  @Test
  void an_amendment_reopens_the_plan_as_a_draft_while_the_approved_version_stays_in_force() {
    Plan plan = approvedPlan();

    plan.startAmendment(PRINCIPAL, "Bổ sung tiêu chí 1.2", NOW);

    assertEquals(PlanStatus.DRAFT, plan.status());
    assertTrue(plan.isAmending());
    assertEquals(1, plan.approvedVersion());
    PlanEvent started = plan.newEvents().get(0);
    assertInstanceOf(PlanEvent.PlanAmendmentStarted.class, started);
    assertEquals("Bổ sung tiêu chí 1.2", plan.newTransitions().get(0).comment());
  }

  @Test
  void the_amendment_is_submitted_as_the_next_version_and_in_force_only_once_approved() {
    Plan plan = approvedPlan();
    plan.startAmendment(PRINCIPAL, null, NOW);
    plan.addRow(row("r2", "1.2", "Đạt mức 2"));
    plan.submit(PRINCIPAL, NOW);

    assertEquals(2, plan.latestVersion());
    assertEquals(1, plan.approvedVersion(), "still version 1 while the amendment waits");
    assertTrue(plan.isAmending());

    plan.approve(REVIEWER, NOW);

    assertEquals(2, plan.approvedVersion());
    assertFalse(plan.isAmending());
    PlanEvent.PlanApproved approved =
        (PlanEvent.PlanApproved) plan.newEvents().get(plan.newEvents().size() - 1);
    assertEquals(List.of("r1", "r2"), approved.rows().stream().map(PlanRow::rowId).toList());
  }

  @Test
  void a_returned_amendment_leaves_the_approved_version_in_force() {
    Plan plan = approvedPlan();
    plan.startAmendment(PRINCIPAL, null, NOW);
    plan.submit(PRINCIPAL, NOW);

    plan.returnForChanges(REVIEWER, "Chưa rõ kinh phí", NOW);

    assertEquals(PlanStatus.RETURNED, plan.status());
    assertEquals(1, plan.approvedVersion());
    assertTrue(plan.isAmending());
  }

  @Test
  void discarding_the_amendment_restores_the_approved_rows_and_status() {
    Plan approved = approvedPlan();
    PlanVersion inForce = version1(approved);
    Plan plan = reloaded(approved);
    plan.startAmendment(PRINCIPAL, null, NOW);
    plan.removeRow("r1");
    plan.addRow(row("r9", "2.1", "Đạt mức 2"));

    plan.discardAmendment(PRINCIPAL, inForce, NOW);

    assertEquals(PlanStatus.APPROVED, plan.status());
    assertFalse(plan.isAmending());
    assertEquals(List.of("r1"), plan.rows().stream().map(PlanRow::rowId).toList());
    PlanEvent last = plan.newEvents().get(plan.newEvents().size() - 1);
    assertInstanceOf(PlanEvent.PlanAmendmentDiscarded.class, last);
  }

  @Test
  void only_an_approved_plan_is_amended_and_only_an_amendment_being_edited_is_discarded() {
    Plan draft =
        Plan.draft("p2", "dienbien", "s1", SchoolYear.parse("2026-2027"), PRINCIPAL, null, NOW);
    BusinessRuleViolation notApproved =
        assertThrows(BusinessRuleViolation.class, () -> draft.startAmendment(PRINCIPAL, null, NOW));
    assertEquals("plan-not-approved", notApproved.code());
    assertNull(draft.approvedVersion());
    assertThrows(BusinessRuleViolation.class, () -> draft.discardAmendment(PRINCIPAL, null, NOW));

    Plan plan = approvedPlan();
    PlanVersion inForce = version1(plan);
    plan.startAmendment(PRINCIPAL, null, NOW);
    BusinessRuleViolation twice =
        assertThrows(BusinessRuleViolation.class, () -> plan.startAmendment(PRINCIPAL, null, NOW));
    assertTrue(twice.getMessage().contains("đang được điều chỉnh"), twice.getMessage());

    plan.submit(PRINCIPAL, NOW);
    BusinessRuleViolation waiting =
        assertThrows(
            BusinessRuleViolation.class, () -> plan.discardAmendment(PRINCIPAL, inForce, NOW));
    assertTrue(waiting.getMessage().contains("rút về trước"), waiting.getMessage());
  }
}

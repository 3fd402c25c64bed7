package vn.eqip.plans.plan.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RowCommentsTest {

  static final Actor PRINCIPAL = PlanDocumentTest.PRINCIPAL;
  static final Actor REVIEWER = new Actor("u-reviewer", "reviewer.dienbien");
  static final Instant NOW = Instant.parse("2026-09-20T03:00:00Z");

  static Plan aSubmittedPlan() {
    Plan plan = PlanDocumentTest.aDraftWithRows("1.1", "1.2");
    plan.submit(PRINCIPAL, NOW);
    return plan;
  }

  @Test
  void a_reviewer_returns_a_plan_with_comments_on_some_rows() {
    Plan plan = aSubmittedPlan();

    plan.returnForChanges(REVIEWER, "Bổ sung kinh phí", Map.of("r1.2", " Ghi rõ số tiền "), NOW);

    assertEquals(PlanStatus.RETURNED, plan.status());
    assertEquals(
        List.of(new RowComment("r1.2", "Ghi rõ số tiền", "u-reviewer", "reviewer.dienbien", NOW)),
        plan.newRowComments());
  }

  @Test
  void a_comment_on_a_row_the_plan_does_not_have_is_refused_and_nothing_changes() {
    Plan plan = aSubmittedPlan();

    BusinessRuleViolation e =
        assertThrows(
            BusinessRuleViolation.class,
            () -> plan.returnForChanges(REVIEWER, "Sửa", Map.of("r9.9", "?"), NOW));

    assertEquals("row-comment-invalid", e.code());
    assertEquals(PlanStatus.SUBMITTED, plan.status());
    assertTrue(plan.newRowComments().isEmpty());
  }

  @Test
  void an_empty_row_comment_is_refused() {
    Plan plan = aSubmittedPlan();

    assertThrows(
        BusinessRuleViolation.class,
        () -> plan.returnForChanges(REVIEWER, "Sửa", Map.of("r1.1", " "), NOW));
  }

  @Test
  void a_submission_since_loading_asks_for_a_new_version() {
    Plan draft = PlanDocumentTest.aDraftWithRows("1.1");
    assertFalse(draft.submittedSinceLoaded());
    draft.submit(PRINCIPAL, NOW);
    assertTrue(draft.submittedSinceLoaded());
  }
}

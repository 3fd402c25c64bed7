package vn.eqip.plans.plan.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.eqip.plans.plan.domain.Review.RowVerdict;
import vn.eqip.plans.plan.domain.Review.Section;
import vn.eqip.plans.plan.domain.Review.SectionVerdict;
import vn.eqip.plans.plan.domain.Review.Verdict;
import vn.eqip.plans.shared.SchoolYear;

class ReviewTest {

  static final Actor PRINCIPAL = new Actor("u-principal", "principal.hemuong");
  static final Actor REVIEWER = new Actor("u-reviewer", "reviewer.dienbien");
  static final Instant NOW = Instant.parse("2026-10-01T03:00:00Z");

  static PlanRow row(String id, String code) {
    return new PlanRow(id, PlanRow.Tier.LEVELS_1_TO_3, code, null, "Đạt mức 3", List.of());
  }

  static Plan submittedWithTwoRows() {
    Plan plan =
        Plan.draft("p1", "dienbien", "s1", SchoolYear.parse("2026-2027"), PRINCIPAL, null, NOW);
    plan.addRow(row("r1", "1.1"));
    plan.addRow(row("r2", "1.2"));
    plan.submit(PRINCIPAL, NOW);
    return plan;
  }

  @Test
  void the_reason_is_the_general_comment_and_the_sections_that_need_changes() {
    Review review =
        new Review(
            "Kế hoạch cần bổ sung nguồn lực.",
            List.of(
                new SectionVerdict(Section.PURPOSES, Verdict.CAN_CHINH_SUA, "Nêu mục tiêu đo được"),
                new SectionVerdict(Section.CONTENT, Verdict.DAT, null)),
            List.of(
                new RowVerdict("r1", Verdict.DAT, null),
                new RowVerdict("r2", Verdict.CAN_CHINH_SUA, "Ghi rõ kinh phí")));

    assertEquals(
        "Kế hoạch cần bổ sung nguồn lực.\nI. Mục đích, yêu cầu: cần chỉnh sửa – Nêu mục tiêu đo được",
        review.returnReason());
    assertEquals(Set.of("r2"), review.returnedRows());
    assertEquals(Map.of("r2", "Ghi rõ kinh phí"), review.rowComments());
  }

  @Test
  void a_review_that_only_marks_rows_still_gives_a_reason_and_an_empty_one_none() {
    Review rowsOnly =
        new Review(null, List.of(), List.of(new RowVerdict("r2", Verdict.CAN_CHINH_SUA, null)));
    assertEquals("Cần chỉnh sửa 1 dòng theo nhận xét.", rowsOnly.returnReason());
    assertEquals("", new Review(null, null, null).returnReason());
  }

  @Test
  void returning_some_rows_accepts_the_others_and_they_are_not_reopened() {
    Plan plan = submittedWithTwoRows();
    plan.returnForChanges(REVIEWER, "Sửa dòng 2", Map.of(), Set.of("r2"), NOW);

    assertEquals(Set.of("r1"), plan.acceptedRows());
    BusinessRuleViolation change =
        assertThrows(BusinessRuleViolation.class, () -> plan.replaceRow(row("r1", "1.1")));
    assertEquals("row-accepted", change.code());
    assertThrows(BusinessRuleViolation.class, () -> plan.removeRow("r1"));
    plan.replaceRow(row("r2", "1.2"));
    plan.submit(PRINCIPAL, NOW);
    // a later return of the whole plan does not reopen the accepted row
    plan.returnForChanges(REVIEWER, "Sửa thêm", Map.of(), Set.of(), NOW);
    assertThrows(BusinessRuleViolation.class, () -> plan.removeRow("r1"));
  }

  @Test
  void returning_the_whole_plan_accepts_nothing_and_rows_must_be_the_plans() {
    Plan plan = submittedWithTwoRows();
    BusinessRuleViolation unknown =
        assertThrows(
            BusinessRuleViolation.class,
            () -> plan.returnForChanges(REVIEWER, "Sửa", Map.of(), Set.of("r9"), NOW));
    assertEquals("row-comment-invalid", unknown.code());
    assertEquals(PlanStatus.SUBMITTED, plan.status());

    plan.returnForChanges(REVIEWER, "Sửa", Map.of(), Set.of(), NOW);
    assertEquals(Set.of(), plan.acceptedRows());
    plan.removeRow("r1");
  }
}

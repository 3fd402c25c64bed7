package vn.eqip.reporting.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.eqip.reporting.rollup.PlanStatus;

class SubmissionsTest {

  static final LocalDate DEADLINE = LocalDate.parse("2026-10-15");

  @Test
  void a_plan_submitted_on_the_deadline_day_in_vietnam_is_on_time() {
    // 16:59Z on the 15th is 23:59 in Vietnam
    assertFalse(
        Submissions.late(DEADLINE, Instant.parse("2026-10-15T16:59:00Z"), DEADLINE.plusDays(30)));
  }

  @Test
  void a_plan_submitted_after_the_deadline_day_in_vietnam_is_late() {
    // 17:00Z on the 15th is already the 16th in Vietnam
    assertTrue(Submissions.late(DEADLINE, Instant.parse("2026-10-15T17:00:00Z"), DEADLINE));
  }

  @Test
  void a_plan_not_submitted_is_late_only_once_the_deadline_has_passed() {
    assertFalse(Submissions.late(DEADLINE, null, DEADLINE));
    assertTrue(Submissions.late(DEADLINE, null, DEADLINE.plusDays(1)));
  }

  @Test
  void without_a_deadline_nothing_is_late() {
    assertFalse(Submissions.late(null, null, DEADLINE.plusYears(5)));
  }

  @Test
  void counts_schools_per_status_and_the_late_ones() {
    List<SubmissionRow> rows =
        List.of(
            new SubmissionRow(
                "s1", "1", "A", "PRIMARY", "u", null, null, null, null, null, null, null),
            new SubmissionRow(
                "s2",
                "2",
                "B",
                "PRIMARY",
                "u",
                "p2",
                "SUBMITTED",
                Instant.parse("2026-10-20T00:00:00Z"),
                null,
                null,
                null,
                null),
            new SubmissionRow(
                "s3",
                "3",
                "C",
                "PRIMARY",
                "u",
                "p3",
                "APPROVED",
                Instant.parse("2026-10-01T00:00:00Z"),
                Instant.parse("2026-10-05T00:00:00Z"),
                null,
                null,
                null),
            new SubmissionRow(
                "s4", "4", "D", "PRIMARY", "u", "p4", "DRAFT", null, null, null, null, null));

    SubmissionView view =
        Submissions.assemble("2026-2027", "u", DEADLINE, rows, LocalDate.parse("2026-11-01"));

    assertEquals(4, view.schoolCount());
    assertEquals(1, view.byStatus().get(PlanStatus.NONE));
    assertEquals(1, view.byStatus().get(PlanStatus.DRAFT));
    assertEquals(1, view.byStatus().get(PlanStatus.SUBMITTED));
    assertEquals(1, view.byStatus().get(PlanStatus.APPROVED));
    assertEquals(0, view.byStatus().get(PlanStatus.RETURNED));
    assertEquals(3, view.lateCount());
    assertEquals(
        List.of(true, true, false, true), view.items().stream().map(i -> i.late()).toList());
    assertEquals("2026-10-15", view.submissionDeadline());
  }

  @Test
  void an_approved_plan_being_amended_is_noted_in_vietnamese_and_counted() {
    Instant submitted = Instant.parse("2026-10-01T00:00:00Z");
    Instant approved = Instant.parse("2026-10-05T00:00:00Z");
    List<SubmissionRow> rows =
        List.of(
            new SubmissionRow(
                "s1",
                "1",
                "A",
                "PRIMARY",
                "u",
                "p1",
                "APPROVED",
                submitted,
                approved,
                "DRAFT",
                null,
                null),
            new SubmissionRow(
                "s2",
                "2",
                "B",
                "PRIMARY",
                "u",
                "p2",
                "APPROVED",
                submitted,
                approved,
                "SUBMITTED",
                1,
                2),
            new SubmissionRow(
                "s3", "3", "C", "PRIMARY", "u", "p3", "SUBMITTED", submitted, null, null, 1, 2),
            new SubmissionRow(
                "s4", "4", "D", "PRIMARY", "u", "p4", "SUBMITTED", submitted, null, null, 0, 1),
            new SubmissionRow(
                "s5", "5", "E", "PRIMARY", "u", "p5", "APPROVED", submitted, approved, null, 2, 2));

    SubmissionView view =
        Submissions.assemble("2026-2027", "u", DEADLINE, rows, LocalDate.parse("2026-11-01"));

    assertEquals(3, view.byStatus().get(PlanStatus.APPROVED), "amended plans stay approved");
    assertEquals(2, view.amendingCount());
    assertEquals(
        java.util.Arrays.asList(
            "Đã duyệt (đang điều chỉnh)",
            "Đã duyệt (đang điều chỉnh: đã nộp bản điều chỉnh, đã qua 1/2 cấp duyệt)",
            "Đã qua 1/2 cấp duyệt",
            null,
            null),
        view.items().stream().map(SubmissionView.Item::note).toList());
    assertEquals("DRAFT", view.items().get(0).amendmentStatus());
    assertEquals(2, view.items().get(1).approvalSteps());
  }
}

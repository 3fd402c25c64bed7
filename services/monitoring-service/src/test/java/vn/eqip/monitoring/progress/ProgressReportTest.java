package vn.eqip.monitoring.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micronaut.http.HttpStatus;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.eqip.monitoring.actions.ActionStatus;
import vn.eqip.platform.web.Problem;
import vn.eqip.platform.web.ProblemException;

class ProgressReportTest {

  @Test
  void a_valid_report_keeps_status_percent_and_trimmed_note() {
    ProgressReport report =
        ProgressReport.from(new ReportProgressRequest("IN_PROGRESS", 40, "  Đã mua thiết bị  "));

    assertEquals(ActionStatus.IN_PROGRESS, report.status());
    assertEquals(40, report.percentDone());
    assertEquals("Đã mua thiết bị", report.note());
  }

  @Test
  void a_blank_note_is_no_note() {
    assertNull(ProgressReport.from(new ReportProgressRequest("PAUSED", 10, "   ")).note());
  }

  @Test
  void percent_above_100_is_rejected_naming_the_field() {
    assertEquals(
        List.of("percentDone"), fieldsOf(new ReportProgressRequest("IN_PROGRESS", 101, null)));
  }

  @Test
  void negative_or_missing_percent_is_rejected() {
    assertEquals(
        List.of("percentDone"), fieldsOf(new ReportProgressRequest("IN_PROGRESS", -5, null)));
    assertEquals(
        List.of("percentDone"), fieldsOf(new ReportProgressRequest("IN_PROGRESS", null, null)));
  }

  @Test
  void an_unknown_or_missing_status_is_rejected() {
    assertEquals(List.of("status"), fieldsOf(new ReportProgressRequest("in progress", 10, null)));
    assertEquals(List.of("status"), fieldsOf(new ReportProgressRequest(null, 10, null)));
  }

  @Test
  void a_done_action_must_be_at_100_and_one_not_started_at_0() {
    assertEquals(List.of("percentDone"), fieldsOf(new ReportProgressRequest("DONE", 90, null)));
    assertEquals(
        List.of("percentDone"), fieldsOf(new ReportProgressRequest("NOT_STARTED", 5, null)));
    assertEquals(
        100, ProgressReport.from(new ReportProgressRequest("DONE", 100, null)).percentDone());
  }

  @Test
  void every_mistake_is_reported_at_once_as_422() {
    ProblemException e =
        assertThrows(
            ProblemException.class,
            () -> ProgressReport.from(new ReportProgressRequest("X", 500, "n".repeat(2001))));

    assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, e.status());
    assertEquals(
        List.of("status", "percentDone", "note"),
        e.errors().stream().map(Problem.FieldError::field).toList());
  }

  @Test
  void money_spent_must_be_a_whole_non_negative_number_of_dong() {
    assertEquals(
        List.of("moneySpent"),
        fieldsOf(new ReportProgressRequest("IN_PROGRESS", 10, null, new BigDecimal("-1"))));
    assertEquals(
        List.of("moneySpent"),
        fieldsOf(new ReportProgressRequest("IN_PROGRESS", 10, null, new BigDecimal("12.5"))));
    assertEquals(
        2_000_000L,
        ProgressReport.from(
                new ReportProgressRequest("IN_PROGRESS", 10, null, new BigDecimal("2000000.00")))
            .moneySpent());
    assertNull(
        ProgressReport.from(new ReportProgressRequest("IN_PROGRESS", 10, null)).moneySpent());
  }

  private static List<String> fieldsOf(ReportProgressRequest request) {
    ProblemException e = assertThrows(ProblemException.class, () -> ProgressReport.from(request));
    return e.errors().stream().map(Problem.FieldError::field).toList();
  }
}

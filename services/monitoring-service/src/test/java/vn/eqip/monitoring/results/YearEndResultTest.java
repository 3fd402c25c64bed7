package vn.eqip.monitoring.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpStatus;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.eqip.monitoring.actions.ActionResult;
import vn.eqip.platform.web.Problem;
import vn.eqip.platform.web.ProblemException;

class YearEndResultTest {

  @Test
  void achieved_needs_no_explanation() {
    YearEndResult r = YearEndResult.from(new RecordResultRequest("ACHIEVED", null));
    assertEquals(ActionResult.ACHIEVED, r.result());
    assertNull(r.explanation());
  }

  @Test
  void partly_and_not_achieved_need_an_explanation_which_is_trimmed() {
    assertEquals(
        "Thiếu kinh phí",
        YearEndResult.from(new RecordResultRequest("NOT_ACHIEVED", "  Thiếu kinh phí "))
            .explanation());
    assertEquals(List.of("explanation"), fields(new RecordResultRequest("NOT_ACHIEVED", null)));
    assertEquals(List.of("explanation"), fields(new RecordResultRequest("PARTLY_ACHIEVED", " ")));
    ProblemException e =
        assertThrows(
            ProblemException.class,
            () -> YearEndResult.from(new RecordResultRequest("PARTLY_ACHIEVED", null)));
    assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, e.status());
    assertTrue(e.getMessage().contains("đạt một phần"), e.getMessage());
  }

  @Test
  void an_unknown_or_missing_result_and_a_too_long_explanation_are_refused() {
    assertEquals(List.of("result"), fields(new RecordResultRequest("achieved", "x")));
    assertEquals(List.of("result"), fields(new RecordResultRequest(null, null)));
    assertEquals(List.of("result"), fields(null));
    assertEquals(
        List.of("explanation"),
        fields(new RecordResultRequest("ACHIEVED", "x".repeat(YearEndResult.EXPLANATION_MAX + 1))));
  }

  private static List<String> fields(RecordResultRequest request) {
    ProblemException e = assertThrows(ProblemException.class, () -> YearEndResult.from(request));
    return e.errors().stream().map(Problem.FieldError::field).toList();
  }
}

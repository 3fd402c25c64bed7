package vn.eqip.monitoring.results;

import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;
import vn.eqip.monitoring.actions.ActionResult;
import vn.eqip.platform.web.Problem;
import vn.eqip.platform.web.ProblemException;

/**
 * A valid year-end result: a known result and, unless the action is achieved (đạt), an explanation
 * of at most {@link #EXPLANATION_MAX} characters.
 */
public record YearEndResult(ActionResult result, @Nullable String explanation) {

  public static final int EXPLANATION_MAX = 2000;

  /** Checks a request; throws a 422 problem naming every invalid field. */
  public static YearEndResult from(RecordResultRequest request) {
    List<Problem.FieldError> errors = new ArrayList<>();
    ActionResult result =
        request == null ? null : ActionResult.parse(request.result()).orElse(null);
    if (result == null) {
      errors.add(
          new Problem.FieldError(
              "result",
              "Kết quả phải là một trong: ACHIEVED (đạt), PARTLY_ACHIEVED (đạt một phần),"
                  + " NOT_ACHIEVED (chưa đạt)."));
    }
    String explanation =
        request == null || request.explanation() == null || request.explanation().isBlank()
            ? null
            : request.explanation().trim();
    if (explanation == null && result != null && result != ActionResult.ACHIEVED) {
      errors.add(
          new Problem.FieldError(
              "explanation",
              "Cần giải thích vì sao công việc " + result.label() + " (explanation required)."));
    } else if (explanation != null && explanation.length() > EXPLANATION_MAX) {
      errors.add(
          new Problem.FieldError(
              "explanation", "Giải thích tối đa " + EXPLANATION_MAX + " ký tự."));
    }
    if (!errors.isEmpty()) {
      throw ProblemException.invalid(
          "Kết quả cuối năm chưa hợp lệ: "
              + String.join(" ", errors.stream().map(Problem.FieldError::message).toList()),
          errors);
    }
    return new YearEndResult(result, explanation);
  }
}

package vn.eqip.monitoring.actions;

import io.micronaut.core.annotation.Nullable;
import vn.eqip.platform.web.ProblemException;

/**
 * The optional {@code status} and {@code result} filters of the action list; {@code result=NONE}
 * keeps the actions without a year-end result yet. An unknown value is a 400.
 */
public record ActionFilter(
    @Nullable ActionStatus status, @Nullable ActionResult result, boolean withoutResult) {

  public static final String NO_RESULT = "NONE";

  public static ActionFilter of(@Nullable String status, @Nullable String result) {
    ActionStatus wantedStatus = null;
    if (status != null && !status.isBlank()) {
      wantedStatus =
          ActionStatus.parse(status)
              .orElseThrow(
                  () ->
                      ProblemException.badRequest(
                          "Tham số status phải là một trong: NOT_STARTED (chưa bắt đầu),"
                              + " IN_PROGRESS (đang thực hiện), DONE (hoàn thành), PAUSED (tạm"
                              + " dừng)."));
    }
    ActionResult wantedResult = null;
    boolean withoutResult = false;
    if (result != null && !result.isBlank()) {
      if (NO_RESULT.equals(result.trim())) {
        withoutResult = true;
      } else {
        wantedResult =
            ActionResult.parse(result)
                .orElseThrow(
                    () ->
                        ProblemException.badRequest(
                            "Tham số result phải là một trong: ACHIEVED (đạt), PARTLY_ACHIEVED"
                                + " (đạt một phần), NOT_ACHIEVED (chưa đạt), NONE (chưa có kết"
                                + " quả)."));
      }
    }
    return new ActionFilter(wantedStatus, wantedResult, withoutResult);
  }

  public boolean matches(ActionView action) {
    if (status != null && action.status() != status) {
      return false;
    }
    if (withoutResult) {
      return action.result() == null;
    }
    return result == null || action.result() == result;
  }
}

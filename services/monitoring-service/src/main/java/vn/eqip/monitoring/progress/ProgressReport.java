package vn.eqip.monitoring.progress;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.eqip.monitoring.actions.ActionStatus;
import vn.eqip.platform.web.Problem;
import vn.eqip.platform.web.ProblemException;

/**
 * A valid progress report: a known status, a percentage from 0 to 100 that agrees with it (a done
 * action is at 100%, one not started at 0%), an optional note and optionally the money spent so
 * far, a whole number of đồng from 0 up.
 */
public record ProgressReport(
    ActionStatus status, int percentDone, @Nullable String note, @Nullable Long moneySpent) {

  public static final int NOTE_MAX = 2000;

  /** A thousand trillion đồng: far above any school budget, far below a BIGINT. */
  public static final long MONEY_MAX = 1_000_000_000_000_000L;

  /** Checks a request; throws a 422 problem naming every invalid field. */
  public static ProgressReport from(ReportProgressRequest request) {
    if (request == null) {
      throw ProblemException.invalid(
          "Cần gửi trạng thái và tỷ lệ hoàn thành (status and percentDone are required).",
          List.of());
    }
    List<Problem.FieldError> errors = new ArrayList<>();
    ActionStatus status = ActionStatus.parse(request.status()).orElse(null);
    if (status == null) {
      errors.add(
          new Problem.FieldError(
              "status",
              "Trạng thái phải là một trong: NOT_STARTED (chưa bắt đầu), IN_PROGRESS (đang thực"
                  + " hiện), DONE (hoàn thành), PAUSED (tạm dừng)."));
    }
    Integer percent = request.percentDone();
    if (percent == null || percent < 0 || percent > 100) {
      errors.add(
          new Problem.FieldError(
              "percentDone", "Tỷ lệ hoàn thành phải là số nguyên từ 0 đến 100 (percent, 0..100)."));
    } else if (status == ActionStatus.DONE && percent != 100) {
      errors.add(
          new Problem.FieldError(
              "percentDone", "Công việc đã hoàn thành thì tỷ lệ hoàn thành phải là 100%."));
    } else if (status == ActionStatus.NOT_STARTED && percent != 0) {
      errors.add(
          new Problem.FieldError(
              "percentDone", "Công việc chưa bắt đầu thì tỷ lệ hoàn thành phải là 0%."));
    }
    String note = request.note() == null || request.note().isBlank() ? null : request.note().trim();
    if (note != null && note.length() > NOTE_MAX) {
      errors.add(new Problem.FieldError("note", "Ghi chú tối đa " + NOTE_MAX + " ký tự."));
    }
    Long money = wholeDong(request.moneySpent());
    if (request.moneySpent() != null && money == null) {
      errors.add(
          new Problem.FieldError(
              "moneySpent",
              "Số tiền đã chi phải là số nguyên đồng, không âm (money spent, đồng)."));
    }
    if (!errors.isEmpty()) {
      throw ProblemException.invalid(
          "Báo cáo tiến độ chưa hợp lệ: "
              + String.join(" ", errors.stream().map(Problem.FieldError::message).toList()),
          errors);
    }
    return new ProgressReport(status, percent, note, money);
  }

  /** The amount as a whole number of đồng from 0 to MONEY_MAX, else null. */
  private static Long wholeDong(BigDecimal amount) {
    if (amount == null
        || amount.signum() < 0
        || amount.stripTrailingZeros().scale() > 0
        || amount.compareTo(BigDecimal.valueOf(MONEY_MAX)) > 0) {
      return null;
    }
    return amount.longValueExact();
  }
}

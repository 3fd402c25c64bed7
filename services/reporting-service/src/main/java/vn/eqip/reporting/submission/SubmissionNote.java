package vn.eqip.reporting.submission;

import io.micronaut.core.annotation.Nullable;
import vn.eqip.reporting.rollup.PlanStatus;

/**
 * The Vietnamese note beside a plan's status in the submission report: an amendment in progress of
 * an approved plan ("Đã duyệt (đang điều chỉnh)"), and how far a submission went through a
 * multi-level approval chain ("đã qua 1/2 cấp duyệt"). Null when there is nothing to add.
 */
public final class SubmissionNote {

  static final String AMENDING = "Đã duyệt (đang điều chỉnh)";

  private SubmissionNote() {}

  public static String of(
      PlanStatus status,
      @Nullable String amendmentStatus,
      @Nullable Integer approvalStep,
      @Nullable Integer approvalSteps) {
    if (status == PlanStatus.APPROVED && amendmentStatus != null) {
      return switch (amendmentStatus) {
        case "SUBMITTED" ->
            "Đã duyệt (đang điều chỉnh: đã nộp bản điều chỉnh"
                + steps(approvalStep, approvalSteps, ", ")
                + ")";
        case "RETURNED" -> "Đã duyệt (đang điều chỉnh: bản điều chỉnh bị trả lại)";
        case "WITHDRAWN" -> "Đã duyệt (đang điều chỉnh: đã rút bản điều chỉnh)";
        default -> AMENDING;
      };
    }
    if (status == PlanStatus.SUBMITTED) {
      String steps = steps(approvalStep, approvalSteps, "");
      return steps.isEmpty() ? null : "Đ" + steps.substring(1);
    }
    return null;
  }

  /** "đã qua 1/2 cấp duyệt" once a level of a chain of more than one passed; else empty. */
  private static String steps(
      @Nullable Integer approvalStep, @Nullable Integer approvalSteps, String prefix) {
    if (approvalStep == null || approvalSteps == null || approvalSteps < 2 || approvalStep < 1) {
      return "";
    }
    return prefix + "đã qua " + approvalStep + "/" + approvalSteps + " cấp duyệt";
  }
}

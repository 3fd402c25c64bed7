package vn.eqip.reporting.export;

import java.util.Map;

/** Vietnamese labels of stored codes, as printed in exports. */
final class Labels {

  private static final Map<String, String> SCHOOL_LEVELS =
      Map.of(
          "PRESCHOOL", "Mầm non",
          "PRIMARY", "Tiểu học",
          "LOWER_SECONDARY", "THCS",
          "UPPER_SECONDARY", "THPT",
          "MULTI_LEVEL", "Liên cấp");

  private static final Map<String, String> PLAN_STATUSES =
      Map.of(
          "NONE", "Chưa có kế hoạch",
          "DRAFT", "Đang soạn",
          "SUBMITTED", "Đã nộp",
          "RETURNED", "Trả lại",
          "WITHDRAWN", "Đã rút lại",
          "APPROVED", "Đã phê duyệt");

  private Labels() {}

  static String schoolLevel(String code) {
    return code == null ? null : SCHOOL_LEVELS.getOrDefault(code, code);
  }

  static String planStatus(String code) {
    return code == null ? null : PLAN_STATUSES.getOrDefault(code, code);
  }
}

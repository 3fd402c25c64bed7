package vn.eqip.plans.assessment.domain;

/**
 * What an external evaluation entitles the school to: the accreditation grade (Cấp độ 1–4, Điều 34)
 * and the national-standard level (chuẩn quốc gia Mức độ 1–2, Điều 37). Null when not granted;
 * {@code explanation} says why in Vietnamese.
 */
public record Recognition(
    Integer accreditationGrade, Integer nationalStandardLevel, String explanation) {

  /**
   * Điều 34: the grade is the external evaluation's level (Cấp độ n = Mức n) when the precondition
   * of điểm a khoản 1 holds. Điều 37: national standard needs the same precondition and at least
   * Mức 2: Mức độ 1 at Mức 2, Mức độ 2 at Mức 3 or 4. A self-assessment grants nothing.
   */
  public static Recognition of(
      AssessmentKind kind, int overallLevel, AccreditationPrecondition rule, SchoolFacts facts) {
    if (kind != AssessmentKind.EXTERNAL) {
      return new Recognition(
          null,
          null,
          "Cấp độ kiểm định và chuẩn quốc gia chỉ xác định theo kết quả đánh giá ngoài.");
    }
    if (rule == null) {
      return new Recognition(
          null,
          null,
          "Bộ tiêu chí chưa quy định điều kiện công nhận (Điều 34): chưa xác định được.");
    }
    Boolean preconditionMet =
        switch (rule) {
          case COHORT_COMPLETED -> facts.cohortCompleted();
          case OPERATING_FIVE_YEARS ->
              facts.yearsOfOperation() == null ? null : facts.yearsOfOperation() >= 5;
        };
    if (preconditionMet == null) {
      return new Recognition(
          null, null, "Chưa xác định: cần khai báo " + describe(rule) + " (Điều 34).");
    }
    if (!preconditionMet) {
      return new Recognition(
          null, null, "Chưa đủ điều kiện công nhận: trường chưa " + describe(rule) + " (Điều 34).");
    }
    if (overallLevel < 1) {
      return new Recognition(null, null, "Kết quả đánh giá ngoài chưa đạt Mức 1 (Điều 34).");
    }
    Integer national =
        overallLevel >= 3 ? Integer.valueOf(2) : overallLevel == 2 ? Integer.valueOf(1) : null;
    String explanation =
        "Đạt kiểm định chất lượng giáo dục Cấp độ "
            + overallLevel
            + (national == null
                ? "; chưa đạt chuẩn quốc gia (cần Mức 2 trở lên, Điều 37)."
                : "; đạt chuẩn quốc gia Mức độ " + national + " (Điều 37).");
    return new Recognition(overallLevel, national, explanation);
  }

  private static String describe(AccreditationPrecondition rule) {
    return switch (rule) {
      case COHORT_COMPLETED -> "có ít nhất một khóa học sinh hoàn thành chương trình";
      case OPERATING_FIVE_YEARS -> "hoạt động giáo dục đủ 05 năm";
    };
  }
}

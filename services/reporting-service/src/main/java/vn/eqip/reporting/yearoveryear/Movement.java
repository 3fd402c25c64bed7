package vn.eqip.reporting.yearoveryear;

import io.micronaut.core.annotation.Nullable;

/**
 * How a school moved between two school years, judged on its overall level (mức đạt) of the SELF
 * assessment finished for each year. A school without an assessment in one of the years is shown
 * with that fact, never dropped.
 */
public enum Movement {
  /** Its overall level went up. */
  UP("Tăng"),
  /** Its overall level went down. */
  DOWN("Giảm"),
  /** Same overall level both years (its criteria counts may still have moved). */
  SAME("Giữ nguyên"),
  /** Assessed in the earlier year only. */
  ONLY_FROM("Thiếu kết quả năm sau"),
  /** Assessed in the later year only. */
  ONLY_TO("Thiếu kết quả năm trước"),
  /** Assessed in neither year. */
  NEITHER("Chưa có kết quả cả hai năm");

  private final String label;

  Movement(String label) {
    this.label = label;
  }

  /** The Vietnamese label printed in exports. */
  public String label() {
    return label;
  }

  /**
   * Rule: compare the overall levels when the school has an assessment in both years (an assessment
   * without an overall level counts as level 0, "chưa đạt Mức 1").
   */
  public static Movement between(@Nullable Snapshot from, @Nullable Snapshot to) {
    if (from == null && to == null) {
      return NEITHER;
    }
    if (to == null) {
      return ONLY_FROM;
    }
    if (from == null) {
      return ONLY_TO;
    }
    int change = Integer.compare(to.level(), from.level());
    return change > 0 ? UP : change < 0 ? DOWN : SAME;
  }

  /**
   * A school's assessment of one year.
   *
   * @param overallLevel null when the assessment gives none (counted as 0)
   * @param met criteria met per level 1..4 (index 0..3)
   * @param total criteria per level 1..4
   */
  public record Snapshot(
      @Nullable Integer overallLevel, String summaryLine, int[] met, int[] total) {

    int level() {
      return overallLevel == null ? 0 : overallLevel;
    }
  }
}

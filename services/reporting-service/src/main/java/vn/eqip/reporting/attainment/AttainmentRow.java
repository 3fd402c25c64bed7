package vn.eqip.reporting.attainment;

import io.micronaut.core.annotation.Nullable;

/**
 * One school as the attainment query returns it, with its baseline (null fields when it has none).
 *
 * @param met criteria met per level 1..4 (index 0..3), null without a baseline
 * @param total criteria applicable per level 1..4, null without a baseline
 */
public record AttainmentRow(
    String schoolId,
    String code,
    String name,
    String level,
    @Nullable String type,
    @Nullable String orgUnitId,
    String path,
    @Nullable String assessmentYear,
    @Nullable String summaryLine,
    @Nullable Integer overallLevel,
    @Nullable int[] met,
    @Nullable int[] total,
    @Nullable Integer accreditationGrade,
    @Nullable Integer nationalStandardLevel) {

  public boolean assessed() {
    return assessmentYear != null;
  }

  public int level3Met() {
    return met == null ? 0 : met[2];
  }

  /** Every level-2 criterion met (and there are some). */
  public boolean allCriteriaAtLevel2() {
    return met != null && total[1] > 0 && met[1] == total[1];
  }
}

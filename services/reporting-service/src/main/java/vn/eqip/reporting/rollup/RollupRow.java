package vn.eqip.reporting.rollup;

import io.micronaut.core.annotation.Nullable;

/** One school of a roll-up as the query returns it. */
public record RollupRow(
    String schoolId,
    String code,
    String name,
    String level,
    @Nullable String orgUnitId,
    @Nullable String planId,
    @Nullable String planStatus,
    @Nullable Assessment assessment) {

  /** The baseline assessment's columns. */
  public record Assessment(
      String schoolYear,
      String kind,
      String summaryLine,
      @Nullable Integer overallLevel,
      int[] met,
      int[] total) {}
}

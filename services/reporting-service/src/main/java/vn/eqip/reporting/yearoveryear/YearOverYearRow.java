package vn.eqip.reporting.yearoveryear;

import io.micronaut.core.annotation.Nullable;

/** One school of the subtree with its SELF assessment of each of the two years (null: none). */
public record YearOverYearRow(
    String schoolId,
    String code,
    String name,
    String level,
    @Nullable String type,
    @Nullable String orgUnitId,
    String path,
    @Nullable Movement.Snapshot from,
    @Nullable Movement.Snapshot to) {}

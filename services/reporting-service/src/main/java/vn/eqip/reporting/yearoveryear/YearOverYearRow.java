package vn.eqip.reporting.yearoveryear;

import io.micronaut.core.annotation.Nullable;

/**
 * One school of the subtree (in either year) with its org unit and path of each year ({@link
 * vn.eqip.reporting.scope.SchoolsOfYear}; null: not a school that year, merged or closed before it)
 * and its SELF assessment of each year (null: none).
 */
public record YearOverYearRow(
    String schoolId,
    String code,
    String name,
    String level,
    @Nullable String type,
    @Nullable String fromOrgUnitId,
    @Nullable String fromPath,
    @Nullable String orgUnitId,
    @Nullable String path,
    @Nullable Movement.Snapshot from,
    @Nullable Movement.Snapshot to) {}

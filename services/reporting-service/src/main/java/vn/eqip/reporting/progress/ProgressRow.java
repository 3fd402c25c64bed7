package vn.eqip.reporting.progress;

import io.micronaut.core.annotation.Nullable;

/**
 * A school of the subtree and one of its actions for the year; {@code actionId} null: a school
 * without any action (listed so that it is shown, not hidden).
 */
public record ProgressRow(
    String schoolId,
    String code,
    String name,
    String level,
    @Nullable String orgUnitId,
    String path,
    @Nullable String actionId,
    @Nullable String standardCode,
    @Nullable Long budgetVnd,
    @Nullable String status,
    @Nullable Integer percentDone,
    @Nullable Long moneySpent) {}

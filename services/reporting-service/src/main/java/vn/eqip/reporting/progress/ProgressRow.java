package vn.eqip.reporting.progress;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;

/**
 * A school of the subtree and one of its actions for the year; {@code actionId} null: a school
 * without any action (listed so that it is shown, not hidden). Only actions in force: those of the
 * approved version, not those an amendment removed. {@code timelineEnd}: the action's end date
 * (null: the plan gives none).
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
    @Nullable Long moneySpent,
    @Nullable String criterionCode,
    @Nullable String description,
    @Nullable LocalDate timelineEnd) {}

package vn.eqip.reporting.readmodel;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** What this service reads of registry.SchoolYearOpened.v1 / SchoolYearClosed.v1. */
@Serdeable
public record SchoolYearChanged(
    @Nullable String schoolYear,
    @Nullable String submissionDeadline,
    @Nullable List<String> progressReportDates,
    @Nullable String status) {}

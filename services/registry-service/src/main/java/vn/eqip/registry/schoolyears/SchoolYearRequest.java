package vn.eqip.registry.schoolyears;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * Opening a school year: {@code schoolYear} "2025-2026", {@code submissionDeadline} and {@code
 * progressReportDates} ISO dates within the year (1/9 – 31/8).
 */
@Serdeable
public record SchoolYearRequest(
    @Nullable String schoolYear,
    @Nullable String submissionDeadline,
    @Nullable List<String> progressReportDates) {}

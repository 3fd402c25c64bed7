package vn.eqip.monitoring.supervision;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A supervision report as sent; checked by {@link SupervisionFiling#from}. {@code period}: a month
 * of the school year ({@code 2026-10}) or a term ({@code HK1}, {@code HK2}).
 */
@Serdeable
public record FileSupervisionReportRequest(
    @Nullable String schoolYear,
    @Nullable String period,
    @Nullable String findings,
    @Nullable String recommendations) {}

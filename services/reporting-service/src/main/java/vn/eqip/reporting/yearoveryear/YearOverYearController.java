package vn.eqip.reporting.yearoveryear;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import vn.eqip.platform.tenancy.Caller;
import vn.eqip.reporting.export.ReportExports;
import vn.eqip.reporting.export.ReportFormat;

@Controller("/api/reports")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class YearOverYearController {

  private final YearOverYears reports;
  private final ReportExports exports;

  public YearOverYearController(YearOverYears reports, ReportExports exports) {
    this.reports = reports;
    this.exports = exports;
  }

  /**
   * How each school and each direct child org unit moved between school year {@code from} and a
   * later {@code to}: overall level and criteria met per level in both years, up, down or the same,
   * and the schools without an assessment in one or both years (shown, not hidden).
   */
  @Get(
      value = "/year-over-year",
      produces = {MediaType.APPLICATION_JSON, ReportFormat.XLSX})
  @ApiResponse(
      responseCode = "200",
      description = "the year-over-year report; with format=xlsx one row per school as Excel",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = YearOverYearView.class)),
        @Content(mediaType = ReportFormat.XLSX)
      })
  public HttpResponse<?> yearOverYear(
      Caller caller,
      @Parameter(description = "the earlier school year, e.g. 2024-2025") @Nullable @QueryValue
          String from,
      @Parameter(description = "the later school year, e.g. 2025-2026") @Nullable @QueryValue
          String to,
      @Nullable @QueryValue String orgUnitId,
      @Nullable @QueryValue String level,
      @Nullable @QueryValue String type,
      @Parameter(description = "json (default) or xlsx") @Nullable @QueryValue String format) {
    if (ReportFormat.isXlsx(format)) {
      return ReportFormat.file(
          exports.yearOverYear(caller, from, to, orgUnitId, level, type),
          "so-sanh-" + from.trim(),
          to);
    }
    return ReportFormat.json(reports.report(caller, from, to, orgUnitId, level, type));
  }
}

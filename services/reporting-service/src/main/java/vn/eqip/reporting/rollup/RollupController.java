package vn.eqip.reporting.rollup;

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
public class RollupController {

  private final Rollups rollups;
  private final ReportExports exports;

  public RollupController(Rollups rollups, ReportExports exports) {
    this.rollups = rollups;
    this.exports = exports;
  }

  /**
   * Plans by status and each school's baseline for a school year, over the caller's org unit or a
   * unit inside it ({@code orgUnitId}). A principal sees their school only.
   */
  @Get(
      value = "/rollup",
      produces = {MediaType.APPLICATION_JSON, ReportFormat.XLSX})
  @ApiResponse(
      responseCode = "200",
      description = "the roll-up; with format=xlsx the same as an Excel file",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RollupView.class)),
        @Content(mediaType = ReportFormat.XLSX)
      })
  public HttpResponse<?> rollup(
      Caller caller,
      @Nullable @QueryValue String schoolYear,
      @Nullable @QueryValue String orgUnitId,
      @Parameter(description = "json (default) or xlsx") @Nullable @QueryValue String format) {
    if (ReportFormat.isXlsx(format)) {
      return ReportFormat.file(
          exports.rollup(caller, schoolYear, orgUnitId), "tong-hop", schoolYear);
    }
    return ReportFormat.json(rollups.rollup(caller, schoolYear, orgUnitId));
  }
}

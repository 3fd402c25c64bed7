package vn.eqip.reporting.progress;

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
public class ProgressController {

  private final Progress progress;
  private final ReportExports exports;

  public ProgressController(Progress progress, ReportExports exports) {
    this.progress = progress;
    this.exports = exports;
  }

  /**
   * Actions planned and done, mean percent done, budget planned against money spent, for a school
   * year: in total, by direct child org unit, by standard and per school.
   */
  @Get(
      value = "/progress",
      produces = {MediaType.APPLICATION_JSON, ReportFormat.XLSX})
  @ApiResponse(
      responseCode = "200",
      description = "progress and budget; with format=xlsx one row per school as an Excel file",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ProgressView.class)),
        @Content(mediaType = ReportFormat.XLSX)
      })
  public HttpResponse<?> progress(
      Caller caller,
      @Nullable @QueryValue String schoolYear,
      @Nullable @QueryValue String orgUnitId,
      @Parameter(description = "json (default) or xlsx") @Nullable @QueryValue String format) {
    if (ReportFormat.isXlsx(format)) {
      return ReportFormat.file(
          exports.progress(caller, schoolYear, orgUnitId), "tien-do", schoolYear);
    }
    return ReportFormat.json(progress.progress(caller, schoolYear, orgUnitId));
  }
}

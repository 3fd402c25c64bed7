package vn.eqip.reporting.attainment;

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
public class AttainmentController {

  private final Attainments attainments;
  private final ReportExports exports;

  public AttainmentController(Attainments attainments, ReportExports exports) {
    this.attainments = attainments;
    this.exports = exports;
  }

  /**
   * Level attainment for a school year over the caller's org unit or a unit inside it: per school
   * its summary line and overall level, ranked; for the unit and each direct child unit, schools
   * per overall level, schools with every level-2 criterion met and the level-3 distribution.
   * {@code level} (PRIMARY, …) and {@code type} narrow the schools.
   */
  @Get(
      value = "/attainment",
      produces = {MediaType.APPLICATION_JSON, ReportFormat.XLSX})
  @ApiResponse(
      responseCode = "200",
      description = "the attainment report; with format=xlsx the same as an Excel file",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AttainmentView.class)),
        @Content(mediaType = ReportFormat.XLSX)
      })
  public HttpResponse<?> attainment(
      Caller caller,
      @Nullable @QueryValue String schoolYear,
      @Nullable @QueryValue String orgUnitId,
      @Nullable @QueryValue String level,
      @Nullable @QueryValue String type,
      @Parameter(description = "json (default) or xlsx") @Nullable @QueryValue String format) {
    if (ReportFormat.isXlsx(format)) {
      return ReportFormat.file(
          exports.attainment(caller, schoolYear, orgUnitId, level, type), "muc-dat", schoolYear);
    }
    return ReportFormat.json(attainments.attainment(caller, schoolYear, orgUnitId, level, type));
  }
}

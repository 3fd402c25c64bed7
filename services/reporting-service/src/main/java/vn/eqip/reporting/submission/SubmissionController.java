package vn.eqip.reporting.submission;

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
public class SubmissionController {

  private final Submissions submissions;
  private final ReportExports exports;

  public SubmissionController(Submissions submissions, ReportExports exports) {
    this.submissions = submissions;
    this.exports = exports;
  }

  /**
   * Plan submission status per school for a school year (schools without a plan shown), with the
   * dates of first submission and approval, and which schools are late against the deadline.
   */
  @Get(
      value = "/submissions",
      produces = {MediaType.APPLICATION_JSON, ReportFormat.XLSX})
  @ApiResponse(
      responseCode = "200",
      description = "the submission status; with format=xlsx the same as an Excel file",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SubmissionView.class)),
        @Content(mediaType = ReportFormat.XLSX)
      })
  public HttpResponse<?> submissions(
      Caller caller,
      @Nullable @QueryValue String schoolYear,
      @Nullable @QueryValue String orgUnitId,
      @Parameter(description = "json (default) or xlsx") @Nullable @QueryValue String format) {
    if (ReportFormat.isXlsx(format)) {
      return ReportFormat.file(
          exports.submissions(caller, schoolYear, orgUnitId), "nop-ke-hoach", schoolYear);
    }
    return ReportFormat.json(submissions.submissions(caller, schoolYear, orgUnitId));
  }
}

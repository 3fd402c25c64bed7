package vn.eqip.registry.schoolyears;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import vn.eqip.platform.tenancy.Caller;
import vn.eqip.platform.tenancy.Roles;

@Controller("/api/registry/school-years")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class SchoolYearController {

  private final SchoolYears years;

  public SchoolYearController(SchoolYears years) {
    this.years = years;
  }

  /** The tenant's school years, newest first. */
  @Get
  public SchoolYearList list(Caller caller) {
    return new SchoolYearList(years.of(caller));
  }

  @Post
  @Secured({Roles.DEPT_ADMIN})
  @Operation(
      summary = "Mở năm học (dept-admin); publishes SchoolYearOpened",
      description = "{schoolYear: \"2025-2026\", submissionDeadline, progressReportDates: [...]}")
  @ApiResponse(responseCode = "201", description = "Đã mở")
  @ApiResponse(responseCode = "409", description = "Năm học đã mở")
  @ApiResponse(responseCode = "422", description = "Sai dạng hoặc ngày ngoài năm học")
  public HttpResponse<SchoolYearView> open(Caller caller, @Body SchoolYearRequest request) {
    return HttpResponse.created(years.open(caller, request));
  }

  @Post("/{schoolYear}/close")
  @Secured({Roles.DEPT_ADMIN})
  @Operation(summary = "Đóng năm học (dept-admin); publishes SchoolYearClosed")
  public SchoolYearView close(Caller caller, String schoolYear) {
    return years.close(caller, schoolYear);
  }
}

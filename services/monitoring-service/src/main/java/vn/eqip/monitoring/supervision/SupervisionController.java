package vn.eqip.monitoring.supervision;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import vn.eqip.platform.tenancy.Caller;

/** Supervision reports (báo cáo của Tổ giám sát) of a school. */
@Controller("/api/monitoring/schools/{schoolId}/supervision-reports")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class SupervisionController {

  private final SupervisionReports reports;

  public SupervisionController(SupervisionReports reports) {
    this.reports = reports;
  }

  /** Files the report of one period (a month such as 2026-10, or HK1 / HK2); 201 with it. */
  @Post
  public HttpResponse<SupervisionReportView> file(
      Caller caller, String schoolId, @Nullable @Body FileSupervisionReportRequest request) {
    return HttpResponse.created(reports.file(caller, schoolId, request));
  }

  /** The school's reports, of one school year if {@code schoolYear} is given. */
  @Get
  public SupervisionReportList list(
      Caller caller, String schoolId, @Nullable @QueryValue String schoolYear) {
    return new SupervisionReportList(reports.list(caller, schoolId, schoolYear));
  }
}

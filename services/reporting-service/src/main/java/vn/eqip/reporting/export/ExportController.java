package vn.eqip.reporting.export;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import vn.eqip.platform.tenancy.Caller;

/** The reports as .xlsx files (same parameters and scope as the JSON reports). */
@Controller("/api/reports")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class ExportController {

  public static final String XLSX = ReportFormat.XLSX;

  private final ReportExports exports;

  public ExportController(ReportExports exports) {
    this.exports = exports;
  }

  /** The roll-up as an Excel file. */
  @Get(value = "/rollup.xlsx", produces = XLSX)
  public HttpResponse<byte[]> rollup(
      Caller caller,
      @Nullable @QueryValue String schoolYear,
      @Nullable @QueryValue String orgUnitId) {
    return file(exports.rollup(caller, schoolYear, orgUnitId), "tong-hop", schoolYear);
  }

  /** The level-attainment report as an Excel file. */
  @Get(value = "/attainment.xlsx", produces = XLSX)
  public HttpResponse<byte[]> attainment(
      Caller caller,
      @Nullable @QueryValue String schoolYear,
      @Nullable @QueryValue String orgUnitId,
      @Nullable @QueryValue String level,
      @Nullable @QueryValue String type) {
    return file(
        exports.attainment(caller, schoolYear, orgUnitId, level, type), "muc-dat", schoolYear);
  }

  /** The plan submission status as an Excel file. */
  @Get(value = "/submissions.xlsx", produces = XLSX)
  public HttpResponse<byte[]> submissions(
      Caller caller,
      @Nullable @QueryValue String schoolYear,
      @Nullable @QueryValue String orgUnitId) {
    return file(exports.submissions(caller, schoolYear, orgUnitId), "nop-ke-hoach", schoolYear);
  }

  /** The criteria heat map as an Excel file. */
  @Get(value = "/criteria.xlsx", produces = XLSX)
  public HttpResponse<byte[]> criteria(
      Caller caller,
      @Nullable @QueryValue String schoolYear,
      @Nullable @QueryValue String orgUnitId,
      @Nullable @QueryValue String framework) {
    return file(exports.criteria(caller, schoolYear, orgUnitId, framework), "tieu-chi", schoolYear);
  }

  /** Progress and budget as an Excel file. */
  @Get(value = "/progress.xlsx", produces = XLSX)
  public HttpResponse<byte[]> progress(
      Caller caller,
      @Nullable @QueryValue String schoolYear,
      @Nullable @QueryValue String orgUnitId) {
    return file(exports.progress(caller, schoolYear, orgUnitId), "tien-do", schoolYear);
  }

  private static HttpResponse<byte[]> file(byte[] body, String name, String schoolYear) {
    return ReportFormat.file(body, name, schoolYear);
  }
}

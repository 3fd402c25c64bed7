package vn.eqip.reporting.heatmap;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
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
public class HeatmapController {

  private final Heatmaps heatmaps;
  private final ReportExports exports;

  public HeatmapController(Heatmaps heatmaps, ReportExports exports) {
    this.heatmaps = heatmaps;
    this.exports = exports;
  }

  /**
   * Per criterion of the framework, the number and share of schools at level 0, 1, 2 and 3, the
   * weakest criteria first. {@code /api/reports/criteria} is the same report (the name issue 7
   * uses).
   */
  @Get(
      uris = {"/heatmap", "/criteria"},
      produces = {MediaType.APPLICATION_JSON, ReportFormat.XLSX})
  @ApiResponse(
      responseCode = "200",
      description = "the heat map; with format=xlsx one row per criterion as an Excel file",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = HeatmapView.Heatmap.class)),
        @Content(mediaType = ReportFormat.XLSX)
      })
  public HttpResponse<?> heatmap(
      Caller caller,
      @Nullable @QueryValue String schoolYear,
      @Nullable @QueryValue String orgUnitId,
      @Nullable @QueryValue String framework,
      @Parameter(description = "json (default) or xlsx") @Nullable @QueryValue String format) {
    if (ReportFormat.isXlsx(format)) {
      return ReportFormat.file(
          exports.criteria(caller, schoolYear, orgUnitId, framework), "tieu-chi", schoolYear);
    }
    return ReportFormat.json(heatmaps.heatmap(caller, schoolYear, orgUnitId, framework));
  }

  /** The schools behind a number of the heat map: criterion {@code code}, optionally one level. */
  @Get(uris = {"/heatmap/criteria/{code}/schools", "/criteria/{code}/schools"})
  public HeatmapView.Drilldown schools(
      Caller caller,
      @PathVariable String code,
      @Nullable @QueryValue String schoolYear,
      @Nullable @QueryValue String orgUnitId,
      @Nullable @QueryValue String framework,
      @Nullable @QueryValue Integer level) {
    return heatmaps.schools(caller, code, schoolYear, orgUnitId, framework, level);
  }
}

package vn.eqip.reporting.heatmap;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import vn.eqip.platform.tenancy.Caller;

@Controller("/api/reports")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class HeatmapController {

  private final Heatmaps heatmaps;

  public HeatmapController(Heatmaps heatmaps) {
    this.heatmaps = heatmaps;
  }

  /**
   * Per criterion of the framework, the number and share of schools at level 0, 1, 2 and 3, the
   * weakest criteria first. {@code /api/reports/criteria} is the same report (the name issue 7
   * uses).
   */
  @Get(uris = {"/heatmap", "/criteria"})
  public HeatmapView.Heatmap heatmap(
      Caller caller,
      @Nullable @QueryValue String schoolYear,
      @Nullable @QueryValue String orgUnitId,
      @Nullable @QueryValue String framework) {
    return heatmaps.heatmap(caller, schoolYear, orgUnitId, framework);
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

package vn.eqip.reporting.rollup;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import vn.eqip.platform.tenancy.Caller;

@Controller("/api/reports")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class RollupController {

  private final Rollups rollups;

  public RollupController(Rollups rollups) {
    this.rollups = rollups;
  }

  /**
   * Plans by status and each school's baseline for a school year, over the caller's org unit or a
   * unit inside it ({@code orgUnitId}). A principal sees their school only.
   */
  @Get("/rollup")
  public RollupView rollup(
      Caller caller,
      @Nullable @QueryValue String schoolYear,
      @Nullable @QueryValue String orgUnitId) {
    return rollups.rollup(caller, schoolYear, orgUnitId);
  }
}

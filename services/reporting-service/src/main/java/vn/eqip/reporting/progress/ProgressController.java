package vn.eqip.reporting.progress;

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
public class ProgressController {

  private final Progress progress;

  public ProgressController(Progress progress) {
    this.progress = progress;
  }

  /**
   * Actions planned and done, mean percent done, budget planned against money spent, for a school
   * year: in total, by direct child org unit, by standard and per school.
   */
  @Get("/progress")
  public ProgressView progress(
      Caller caller,
      @Nullable @QueryValue String schoolYear,
      @Nullable @QueryValue String orgUnitId) {
    return progress.progress(caller, schoolYear, orgUnitId);
  }
}

package vn.eqip.reporting.attainment;

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
public class AttainmentController {

  private final Attainments attainments;

  public AttainmentController(Attainments attainments) {
    this.attainments = attainments;
  }

  /**
   * Level attainment for a school year over the caller's org unit or a unit inside it: per school
   * its summary line and overall level, ranked; for the unit and each direct child unit, schools
   * per overall level, schools with every level-2 criterion met and the level-3 distribution.
   * {@code level} (PRIMARY, …) and {@code type} narrow the schools.
   */
  @Get("/attainment")
  public AttainmentView attainment(
      Caller caller,
      @Nullable @QueryValue String schoolYear,
      @Nullable @QueryValue String orgUnitId,
      @Nullable @QueryValue String level,
      @Nullable @QueryValue String type) {
    return attainments.attainment(caller, schoolYear, orgUnitId, level, type);
  }
}

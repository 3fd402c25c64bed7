package vn.eqip.monitoring.actions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import vn.eqip.platform.tenancy.Caller;

@Controller("/api/monitoring/actions")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class ActionController {

  private final ActionTracking tracking;

  public ActionController(ActionTracking tracking) {
    this.tracking = tracking;
  }

  /** The tracked actions of a plan ({@code planId}) or of a school ({@code schoolId}). */
  @Get
  public ActionList list(
      Caller caller, @Nullable @QueryValue String planId, @Nullable @QueryValue String schoolId) {
    return new ActionList(tracking.list(caller, planId, schoolId));
  }
}

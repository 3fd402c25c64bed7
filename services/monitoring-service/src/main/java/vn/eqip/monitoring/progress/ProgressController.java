package vn.eqip.monitoring.progress;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import vn.eqip.monitoring.actions.ActionView;
import vn.eqip.platform.tenancy.Caller;

/**
 * Progress reports. Roles are checked by {@link ProgressReporting} after scope, so that an action
 * outside the caller's scope is 404 for every role.
 */
@Controller("/api/monitoring/actions")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class ProgressController {

  private final ProgressReporting reporting;

  public ProgressController(ProgressReporting reporting) {
    this.reporting = reporting;
  }

  /** Reports status and percentage done of one action, with an optional note. */
  @Post("/{id}/progress")
  public ActionView report(
      Caller caller, String id, @Nullable @Body ReportProgressRequest request) {
    return reporting.report(caller, id, request);
  }

  /** One action with the history of its progress notes. */
  @Get("/{id}")
  public ActionDetail detail(Caller caller, String id) {
    return reporting.detail(caller, id);
  }
}

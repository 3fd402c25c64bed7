package vn.eqip.monitoring.actions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.List;
import vn.eqip.platform.tenancy.Caller;
import vn.eqip.platform.web.ProblemException;

@Controller("/api/monitoring/actions")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class ActionController {

  private final ActionTracking tracking;
  private final LeadAssignment leads;

  public ActionController(ActionTracking tracking, LeadAssignment leads) {
    this.tracking = tracking;
    this.leads = leads;
  }

  /**
   * The tracked actions of a plan ({@code planId}) or of a school ({@code schoolId}); with {@code
   * overdue=true} or {@code dueSoon=true} only those (then plan and school are optional: the whole
   * scope of the caller). With {@code mine=true}, the actions the caller leads. {@code status} and
   * {@code result} narrow the list further.
   */
  @Get
  public ActionList list(
      Caller caller,
      @Nullable @QueryValue String planId,
      @Nullable @QueryValue String schoolId,
      @Nullable @QueryValue Boolean overdue,
      @Nullable @QueryValue Boolean dueSoon,
      @Nullable @QueryValue Boolean mine,
      @Nullable @QueryValue String status,
      @Nullable @QueryValue String result) {
    boolean wantOverdue = Boolean.TRUE.equals(overdue);
    boolean wantDueSoon = Boolean.TRUE.equals(dueSoon);
    if (wantOverdue && wantDueSoon) {
      throw ProblemException.badRequest(
          "Chỉ chọn một trong hai: overdue=true (quá hạn) hoặc dueSoon=true (sắp đến hạn).");
    }
    DueState only = wantOverdue ? DueState.OVERDUE : wantDueSoon ? DueState.DUE_SOON : null;
    ActionFilter filter = ActionFilter.of(status, result);
    List<ActionView> found =
        Boolean.TRUE.equals(mine)
            ? tracking.mine(caller, only)
            : tracking.list(caller, planId, schoolId, only);
    return new ActionList(found.stream().filter(filter::matches).toList());
  }

  /** The principal names the user (Keycloak username) who leads the action, and an e-mail. */
  @Put("/{id}/lead")
  public ActionView assignLead(
      Caller caller, String id, @Nullable @Body AssignLeadRequest request) {
    return leads.assign(caller, id, request);
  }
}

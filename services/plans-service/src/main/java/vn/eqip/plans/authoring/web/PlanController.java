package vn.eqip.plans.authoring.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;
import vn.eqip.plans.authoring.application.AddPlanRow;
import vn.eqip.plans.authoring.application.CreatePlan;
import vn.eqip.plans.authoring.application.PlanAuthoring;
import vn.eqip.plans.plan.domain.Plan;
import vn.eqip.platform.tenancy.Caller;

@Controller("/api/plans/plans")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class PlanController {

  private final PlanAuthoring authoring;

  public PlanController(PlanAuthoring authoring) {
    this.authoring = authoring;
  }

  @Post
  public HttpResponse<PlanResponse> create(
      Caller caller,
      @Header(HttpHeaders.AUTHORIZATION) String authorization,
      @Valid @Body PlanRequests.CreatePlanRequest request) {
    Plan plan =
        authoring.create(
            caller, authorization, new CreatePlan(request.schoolId(), request.schoolYear()));
    return HttpResponse.created(PlanResponse.of(plan, null));
  }

  @Get("/{id}")
  public PlanResponse get(
      Caller caller, @Header(HttpHeaders.AUTHORIZATION) String authorization, String id) {
    Plan plan = authoring.get(caller, authorization, id);
    return PlanResponse.of(plan, authoring.history(caller, id));
  }

  @Post("/{id}/rows")
  public HttpResponse<PlanResponse.Row> addRow(
      Caller caller,
      @Header(HttpHeaders.AUTHORIZATION) String authorization,
      String id,
      @Valid @Body PlanRequests.AddRowRequest request) {
    Plan plan =
        authoring.addRow(
            caller,
            authorization,
            id,
            new AddPlanRow(
                request.criterionCode(),
                request.level4No(),
                request.target(),
                request.actions() == null
                    ? java.util.List.of()
                    : request.actions().stream()
                        .map(
                            a ->
                                new AddPlanRow.NewAction(
                                    a.description(),
                                    a.lead(),
                                    a.partners(),
                                    a.timeline(),
                                    a.budget()))
                        .toList()));
    var rows = PlanResponse.of(plan, null).rows();
    return HttpResponse.created(rows.get(rows.size() - 1));
  }
}

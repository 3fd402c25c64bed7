package vn.eqip.plans.authoring.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;
import vn.eqip.plans.authoring.application.AddPlanRow;
import vn.eqip.plans.authoring.application.CreatePlan;
import vn.eqip.plans.authoring.application.EditPlanDocument;
import vn.eqip.plans.authoring.application.PlanAuthoring;
import vn.eqip.plans.plan.application.PlanLinting;
import vn.eqip.plans.plan.domain.Plan;
import vn.eqip.plans.plan.domain.PlanDocument;
import vn.eqip.platform.tenancy.Caller;

@Controller("/api/plans/plans")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class PlanController {

  private final PlanAuthoring authoring;
  private final PlanLinting linting;

  public PlanController(PlanAuthoring authoring, PlanLinting linting) {
    this.authoring = authoring;
    this.linting = linting;
  }

  /** The linter's findings, for the author while editing and for the reviewer. */
  @Get("/{id}/lint")
  public LintResponse lint(
      Caller caller, @Header(HttpHeaders.AUTHORIZATION) String authorization, String id) {
    return LintResponse.of(linting.lint(caller, authorization, id));
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
    return PlanResponse.of(plan, authoring.history(caller, id), authoring.rowComments(caller, id));
  }

  /** Header, title, purposes, legal bases, orientation, roles, recipients, signer. */
  @Patch("/{id}")
  public PlanResponse editDocument(
      Caller caller,
      @Header(HttpHeaders.AUTHORIZATION) String authorization,
      String id,
      @Valid @Body PlanRequests.DocumentRequest r) {
    Plan plan =
        authoring.editDocument(
            caller,
            authorization,
            id,
            new EditPlanDocument(
                r.superiorBody(),
                r.schoolName(),
                r.abbreviation(),
                r.place(),
                r.issuedOn(),
                r.title(),
                r.purposes(),
                r.legalBases(),
                r.orientation(),
                r.implementation() == null
                    ? null
                    : r.implementation().stream()
                        .map(x -> new PlanDocument.Responsibility(x.role().trim(), x.duties()))
                        .toList(),
                r.recipients(),
                r.signerTitle(),
                r.signerName()));
    return PlanResponse.of(plan, null);
  }

  /** Removes a row; the TT numbering of the rows after it follows. */
  @Delete("/{id}/rows/{rowId}")
  public PlanResponse removeRow(
      Caller caller,
      @Header(HttpHeaders.AUTHORIZATION) String authorization,
      String id,
      String rowId) {
    return PlanResponse.of(authoring.removeRow(caller, authorization, id, rowId), null);
  }

  /** Moves a row to a 1-based position; the TT numbering follows. */
  @Post("/{id}/rows/{rowId}/move")
  public PlanResponse moveRow(
      Caller caller,
      @Header(HttpHeaders.AUTHORIZATION) String authorization,
      String id,
      String rowId,
      @Valid @Body PlanRequests.MoveRowRequest request) {
    return PlanResponse.of(
        authoring.moveRow(caller, authorization, id, rowId, request.position()), null);
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

package vn.eqip.plans.authoring.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import vn.eqip.plans.authoring.application.AddPlanRow;
import vn.eqip.plans.authoring.application.CreatePlan;
import vn.eqip.plans.authoring.application.EditPlanDocument;
import vn.eqip.plans.authoring.application.PlanAuthoring;
import vn.eqip.plans.listing.application.PlanListing;
import vn.eqip.plans.plan.application.PlanLinting;
import vn.eqip.plans.plan.domain.Plan;
import vn.eqip.plans.plan.domain.PlanDocument;
import vn.eqip.plans.plan.domain.PlanStart;
import vn.eqip.plans.shared.InvalidInput;
import vn.eqip.plans.shared.web.IfMatch;
import vn.eqip.platform.tenancy.Caller;

@Controller("/api/plans/plans")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class PlanController {

  private final PlanAuthoring authoring;
  private final PlanLinting linting;

  private final PlanListing listing;

  public PlanController(PlanAuthoring authoring, PlanLinting linting, PlanListing listing) {
    this.authoring = authoring;
    this.linting = linting;
    this.listing = listing;
  }

  /** The linter's findings, for the author while editing and for the reviewer. */
  @Get("/{id}/lint")
  public LintResponse lint(
      Caller caller, @Header(HttpHeaders.AUTHORIZATION) String authorization, String id) {
    return LintResponse.of(linting.lint(caller, authorization, id));
  }

  @Post
  @Operation(
      summary = "Lập kế hoạch mới (hiệu trưởng): trống, từ kế hoạch năm trước, hoặc từ tự đánh giá",
      description =
          "{schoolId, schoolYear, startFrom?: EMPTY | LAST_YEAR | ASSESSMENT, targetLevel?: 1–4}."
              + " LAST_YEAR: chép kế hoạch năm học trước (văn bản và các dòng, mốc thời gian lùi"
              + " một năm; 409 no-previous-plan nếu không có). ASSESSMENT: một dòng \"Đạt mức N\""
              + " cho mỗi tiêu chí dưới mức targetLevel theo bản tự đánh giá đã hoàn thành gần nhất"
              + " (409 no-finished-assessment nếu chưa có; 422 nếu thiếu targetLevel). Khi không"
              + " trống, 201 kèm lint (kết quả kiểm tra).")
  public HttpResponse<PlanResponse> create(
      Caller caller,
      @Header(HttpHeaders.AUTHORIZATION) String authorization,
      @Valid @Body PlanRequests.CreatePlanRequest request) {
    PlanStart.From from = startFrom(request.startFrom());
    Plan plan =
        authoring.create(
            caller,
            authorization,
            new CreatePlan(request.schoolId(), request.schoolYear(), from, request.targetLevel()));
    PlanResponse body = PlanResponse.of(plan, null);
    if (from != PlanStart.From.EMPTY) {
      body = body.withLint(LintResponse.of(linting.lint(caller, authorization, plan.id())));
    }
    return HttpResponse.created(body).header(HttpHeaders.ETAG, IfMatch.etag(plan.revision()));
  }

  private static PlanStart.From startFrom(String text) {
    if (text == null || text.isBlank()) {
      return PlanStart.From.EMPTY;
    }
    try {
      return PlanStart.From.valueOf(text.trim().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInput(
          "startFrom",
          "Cách bắt đầu (startFrom) \""
              + text
              + "\" không có; dùng EMPTY (trống), LAST_YEAR (từ kế hoạch năm trước) hoặc"
              + " ASSESSMENT (từ kết quả tự đánh giá).");
    }
  }

  /** The plan; its ETag (the revision) is what If-Match sends back with a change. */
  @Get("/{id}")
  @Operation(
      summary = "Kế hoạch, kèm ETag (revision) để gửi lại trong If-Match khi sửa hoặc chuyển bước")
  public HttpResponse<PlanResponse> get(
      Caller caller, @Header(HttpHeaders.AUTHORIZATION) String authorization, String id) {
    Plan plan = authoring.get(caller, authorization, id);
    PlanResponse.Deadlines deadlines =
        listing
            .summaryOf(caller.tenantId(), plan.schoolId(), plan.schoolYear().toString())
            .map(PlanResponse.Deadlines::of)
            .orElse(null);
    return IfMatch.ok(
        PlanResponse.of(plan, authoring.history(caller, id), authoring.rowComments(caller, id))
            .withDeadlines(deadlines),
        plan.revision());
  }

  /** Header, title, purposes, legal bases, orientation, roles, recipients, signer. */
  @Patch("/{id}")
  public HttpResponse<PlanResponse> editDocument(
      Caller caller,
      @Header(HttpHeaders.AUTHORIZATION) String authorization,
      @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
      String id,
      @Valid @Body PlanRequests.DocumentRequest r) {
    Plan plan =
        authoring.editDocument(
            caller,
            authorization,
            id,
            IfMatch.revision(ifMatch),
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
    return IfMatch.ok(PlanResponse.of(plan, null), plan.revision());
  }

  /** Replaces a row's criterion, target and actions (keeping its id and place). */
  @Put("/{id}/rows/{rowId}")
  @Operation(
      summary = "Sửa một dòng: tiêu chí, kết quả cần đạt, các công việc (hiệu trưởng)",
      description =
          "Thân như POST /rows; mỗi công việc có thể kèm id của công việc cũ để giữ nguyên danh"
              + " tính (so sánh phiên bản thấy là 'sửa'). Chỉ khi DRAFT, RETURNED, WITHDRAWN."
              + " Nhận If-Match.")
  public HttpResponse<PlanResponse> replaceRow(
      Caller caller,
      @Header(HttpHeaders.AUTHORIZATION) String authorization,
      @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
      String id,
      String rowId,
      @Valid @Body PlanRequests.AddRowRequest request) {
    Plan plan =
        authoring.replaceRow(
            caller, authorization, id, IfMatch.revision(ifMatch), rowId, addRow(request));
    return IfMatch.ok(PlanResponse.of(plan, null), plan.revision());
  }

  static AddPlanRow addRow(PlanRequests.AddRowRequest request) {
    return new AddPlanRow(
        request.criterionCode(),
        request.level4No(),
        request.target(),
        request.actions() == null
            ? java.util.List.of()
            : request.actions().stream()
                .map(
                    a ->
                        new AddPlanRow.NewAction(
                            a.id(),
                            a.description(),
                            a.lead(),
                            a.partners(),
                            a.timeline(),
                            a.budget()))
                .toList());
  }

  /** Removes a row; the TT numbering of the rows after it follows. */
  @Delete("/{id}/rows/{rowId}")
  public HttpResponse<PlanResponse> removeRow(
      Caller caller,
      @Header(HttpHeaders.AUTHORIZATION) String authorization,
      @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
      String id,
      String rowId) {
    Plan plan = authoring.removeRow(caller, authorization, id, IfMatch.revision(ifMatch), rowId);
    return IfMatch.ok(PlanResponse.of(plan, null), plan.revision());
  }

  /** Moves a row to a 1-based position; the TT numbering follows. */
  @Post("/{id}/rows/{rowId}/move")
  public HttpResponse<PlanResponse> moveRow(
      Caller caller,
      @Header(HttpHeaders.AUTHORIZATION) String authorization,
      @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
      String id,
      String rowId,
      @Valid @Body PlanRequests.MoveRowRequest request) {
    Plan plan =
        authoring.moveRow(
            caller, authorization, id, IfMatch.revision(ifMatch), rowId, request.position());
    return IfMatch.ok(PlanResponse.of(plan, null), plan.revision());
  }

  @Post("/{id}/rows")
  public HttpResponse<PlanResponse.Row> addRow(
      Caller caller,
      @Header(HttpHeaders.AUTHORIZATION) String authorization,
      @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
      String id,
      @Valid @Body PlanRequests.AddRowRequest request) {
    Plan plan =
        authoring.addRow(
            caller,
            authorization,
            id,
            IfMatch.revision(ifMatch),
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
                                    a.id(),
                                    a.description(),
                                    a.lead(),
                                    a.partners(),
                                    a.timeline(),
                                    a.budget()))
                        .toList()));
    var rows = PlanResponse.of(plan, null).rows();
    return HttpResponse.created(rows.get(rows.size() - 1))
        .header(HttpHeaders.ETAG, IfMatch.etag(plan.revision()));
  }
}

package vn.eqip.plans.review.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.eqip.plans.authoring.web.PlanResponse;
import vn.eqip.plans.plan.domain.Plan;
import vn.eqip.plans.review.application.PlanReview;
import vn.eqip.plans.shared.InvalidInput;
import vn.eqip.plans.shared.web.IfMatch;
import vn.eqip.platform.tenancy.Caller;

/** The workflow transitions, each a resource the client creates. */
@Controller("/api/plans/plans/{id}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class PlanReviewController {

  private final PlanReview review;

  public PlanReviewController(PlanReview review) {
    this.review = review;
  }

  @Post("/submission")
  public HttpResponse<PlanResponse> submit(
      Caller caller,
      @Header(HttpHeaders.AUTHORIZATION) String authorization,
      @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
      String id) {
    return answer(review.submit(caller, authorization, id, IfMatch.revision(ifMatch)));
  }

  /**
   * The school takes its submitted plan back before a decision: WITHDRAWN, editable, submitted
   * again as a new version (PlanWithdrawn).
   */
  @Post("/withdrawal")
  @Operation(
      summary = "Rút kế hoạch đang chờ duyệt về để sửa (hiệu trưởng); publishes PlanWithdrawn",
      description =
          "{comment?}; chỉ khi kế hoạch ở trạng thái SUBMITTED (409 plan-not-submitted nếu đã"
              + " được quyết định); kế hoạch chuyển sang WITHDRAWN, sửa được và gửi lại như bản mới."
              + " Nhận If-Match.")
  public HttpResponse<PlanResponse> withdraw(
      Caller caller,
      @Header(HttpHeaders.AUTHORIZATION) String authorization,
      @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
      String id,
      @Nullable @Body WithdrawRequest request) {
    return answer(
        review.withdraw(
            caller,
            authorization,
            id,
            IfMatch.revision(ifMatch),
            request == null ? null : request.comment()));
  }

  /**
   * The principal opens an amendment of an approved plan: the plan becomes an editable DRAFT and is
   * approved again through a new submission; the approved version stays in force meanwhile.
   */
  @Post("/amendment")
  @Operation(
      summary = "Điều chỉnh kế hoạch đã phê duyệt (hiệu trưởng); publishes PlanAmendmentStarted",
      description =
          "{reason?}; chỉ khi APPROVED (409 plan-not-approved). Kế hoạch trở thành bản nháp điều"
              + " chỉnh (DRAFT, amending=true), gửi duyệt như một phiên bản mới; bản đã duyệt"
              + " (approvedVersion) vẫn có hiệu lực cho theo dõi và báo cáo đến khi bản điều chỉnh"
              + " được phê duyệt. Nhận If-Match.")
  public HttpResponse<PlanResponse> startAmendment(
      Caller caller,
      @Header(HttpHeaders.AUTHORIZATION) String authorization,
      @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
      String id,
      @Nullable @Body AmendmentRequest request) {
    return answer(
        review.startAmendment(
            caller,
            authorization,
            id,
            IfMatch.revision(ifMatch),
            request == null ? null : request.reason()));
  }

  /** The principal abandons the amendment being edited: the approved version again. */
  @Delete("/amendment")
  @Operation(
      summary = "Hủy bản điều chỉnh đang soạn (hiệu trưởng); publishes PlanAmendmentDiscarded",
      description =
          "Kế hoạch trở lại đúng bản đã phê duyệt (APPROVED). 409 no-amendment-in-progress khi"
              + " không có bản điều chỉnh hoặc bản điều chỉnh đang chờ duyệt (rút về trước)."
              + " Nhận If-Match.")
  public HttpResponse<PlanResponse> discardAmendment(
      Caller caller,
      @Header(HttpHeaders.AUTHORIZATION) String authorization,
      @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
      String id) {
    return answer(review.discardAmendment(caller, authorization, id, IfMatch.revision(ifMatch)));
  }

  /** What changed between two submitted versions, row by row (for the reviewer). */
  @Get("/versions/{n}/diff")
  @Operation(
      summary = "Những gì thay đổi giữa hai phiên bản đã gửi duyệt, theo từng dòng",
      description =
          "Phiên bản n so với n-1 (mặc định; phiên bản 1 so với bản trống) hoặc với ?against=m:"
              + " các trường của văn bản (document), và các dòng ADDED / REMOVED / CHANGED / MOVED"
              + " (moved: đổi vị trí), với trường thay đổi (target, criterion) và từng công việc"
              + " (description, lead, partners, timeline, budget) trước/sau. 422 khi phiên bản"
              + " không có.")
  public DiffResponse diff(
      Caller caller,
      @Header(HttpHeaders.AUTHORIZATION) String authorization,
      String id,
      int n,
      @Nullable @QueryValue Integer against) {
    return DiffResponse.of(review.diff(caller, authorization, id, n, against));
  }

  /** The caller's review of the current submission, saved as a draft before deciding. */
  @Put("/review")
  @Operation(
      summary = "Lưu nhận xét nháp của cán bộ thẩm định trước khi quyết định",
      description =
          "{comment?, sections?: [{section: HEADER | PURPOSES | LEGAL_BASES | CONTENT |"
              + " IMPLEMENTATION | SIGNATURE, verdict: DAT | CAN_CHINH_SUA, comment?}], rows?:"
              + " [{rowId, verdict?, comment?}]}; thay bản nháp trước. Chỉ khi SUBMITTED (409"
              + " plan-not-submitted). Trả lại từ bản nháp: POST /return {useDraft: true} — lý do"
              + " gồm nhận xét chung và các mục cần chỉnh sửa; chỉ các dòng CAN_CHINH_SUA bị trả"
              + " lại, các dòng khác được chấp nhận và không mở lại.")
  public ReviewRequests.ReviewResponse saveReview(
      Caller caller,
      @Header(HttpHeaders.AUTHORIZATION) String authorization,
      String id,
      @Valid @Body ReviewRequests.ReviewRequest request) {
    return ReviewRequests.ReviewResponse.of(
        review.saveReview(caller, authorization, id, request.toDomain()));
  }

  @Get("/review")
  @Operation(
      summary =
          "Nhận xét: cán bộ thẩm định đọc bản nháp của mình; nhà trường đọc nhận xét đã quyết định"
              + " gần nhất")
  public ReviewRequests.ReviewResponse readReview(
      Caller caller, @Header(HttpHeaders.AUTHORIZATION) String authorization, String id) {
    return ReviewRequests.ReviewResponse.of(review.review(caller, authorization, id));
  }

  /** Every transition: who, when, from, to, comment (the school and its reviewers). */
  @Get("/audit")
  @Operation(
      summary = "Nhật ký chuyển trạng thái của kế hoạch: ai, khi nào, từ đâu, sang đâu, nhận xét")
  public AuditResponse audit(
      Caller caller, @Header(HttpHeaders.AUTHORIZATION) String authorization, String id) {
    return AuditResponse.of(review.audit(caller, authorization, id));
  }

  private static HttpResponse<PlanResponse> answer(Plan plan) {
    return IfMatch.ok(PlanResponse.of(plan, null), plan.revision());
  }

  @Post("/return")
  public HttpResponse<PlanResponse> returnForChanges(
      Caller caller,
      @Header(HttpHeaders.AUTHORIZATION) String authorization,
      @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
      String id,
      @Valid @Body ReturnRequest request) {
    Map<String, String> rowComments = new LinkedHashMap<>();
    if (request.rowComments() != null) {
      for (RowCommentRequest c : request.rowComments()) {
        if (c.rowId() == null || rowComments.putIfAbsent(c.rowId(), c.comment()) != null) {
          throw new InvalidInput(
              "rowComments", "Mỗi dòng chỉ nhận một nhận xét, kèm mã dòng (rowId).");
        }
      }
    }
    return answer(
        review.returnForChanges(
            caller,
            authorization,
            id,
            IfMatch.revision(ifMatch),
            request.comment(),
            rowComments,
            request.returnedRows() == null
                ? java.util.Set.of()
                : new java.util.LinkedHashSet<>(request.returnedRows()),
            Boolean.TRUE.equals(request.useDraft())));
  }

  /** Every submitted version (immutable snapshots), oldest first. */
  @Get("/versions")
  public VersionsResponse versions(
      Caller caller, @Header(HttpHeaders.AUTHORIZATION) String authorization, String id) {
    return new VersionsResponse(
        review.versions(caller, authorization, id).stream().map(VersionsResponse::item).toList());
  }

  @Post("/approval")
  public HttpResponse<PlanResponse> approve(
      Caller caller,
      @Header(HttpHeaders.AUTHORIZATION) String authorization,
      @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
      String id) {
    return answer(review.approve(caller, authorization, id, IfMatch.revision(ifMatch)));
  }

  @Serdeable
  public record AmendmentRequest(@Nullable @Size(max = 4000) String reason) {}

  @Serdeable
  public record WithdrawRequest(@Nullable @Size(max = 4000) String comment) {}

  /**
   * {@code returnedRows}: return only these rows (the others are accepted and not reopened); {@code
   * useDraft}: take what is left out from the caller's saved review.
   */
  @Serdeable
  public record ReturnRequest(
      @Nullable @Size(max = 4000) String comment,
      @Nullable @Size(max = 200) List<@Valid RowCommentRequest> rowComments,
      @Nullable @Size(max = 300) List<String> returnedRows,
      @Nullable Boolean useDraft) {}

  @Serdeable
  public record RowCommentRequest(
      @Nullable String rowId, @Nullable @Size(max = 4000) String comment) {}
}

package vn.eqip.plans.review.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.eqip.plans.authoring.web.PlanResponse;
import vn.eqip.plans.review.application.PlanReview;
import vn.eqip.plans.shared.InvalidInput;
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
  public PlanResponse submit(
      Caller caller, @Header(HttpHeaders.AUTHORIZATION) String authorization, String id) {
    return PlanResponse.of(review.submit(caller, authorization, id), null);
  }

  @Post("/return")
  public PlanResponse returnForChanges(
      Caller caller,
      @Header(HttpHeaders.AUTHORIZATION) String authorization,
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
    return PlanResponse.of(
        review.returnForChanges(caller, authorization, id, request.comment(), rowComments), null);
  }

  /** Every submitted version (immutable snapshots), oldest first. */
  @Get("/versions")
  public VersionsResponse versions(
      Caller caller, @Header(HttpHeaders.AUTHORIZATION) String authorization, String id) {
    return new VersionsResponse(
        review.versions(caller, authorization, id).stream().map(VersionsResponse::item).toList());
  }

  @Post("/approval")
  public PlanResponse approve(
      Caller caller, @Header(HttpHeaders.AUTHORIZATION) String authorization, String id) {
    return PlanResponse.of(review.approve(caller, authorization, id), null);
  }

  @Serdeable
  public record ReturnRequest(
      @Nullable @Size(max = 4000) String comment,
      @Nullable @Size(max = 200) List<@Valid RowCommentRequest> rowComments) {}

  @Serdeable
  public record RowCommentRequest(
      @Nullable String rowId, @Nullable @Size(max = 4000) String comment) {}
}

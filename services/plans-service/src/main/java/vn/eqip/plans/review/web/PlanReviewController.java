package vn.eqip.plans.review.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;
import vn.eqip.plans.authoring.web.PlanResponse;
import vn.eqip.plans.review.application.PlanReview;
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
      @Body ReturnRequest request) {
    return PlanResponse.of(
        review.returnForChanges(caller, authorization, id, request.comment()), null);
  }

  @Post("/approval")
  public PlanResponse approve(
      Caller caller, @Header(HttpHeaders.AUTHORIZATION) String authorization, String id) {
    return PlanResponse.of(review.approve(caller, authorization, id), null);
  }

  @Serdeable
  public record ReturnRequest(@Nullable @Size(max = 4000) String comment) {}
}

package vn.eqip.plans.review.application;

import jakarta.inject.Singleton;
import java.time.Clock;
import vn.eqip.plans.plan.application.PlanChanges;
import vn.eqip.plans.plan.domain.Actor;
import vn.eqip.plans.plan.domain.Plan;
import vn.eqip.plans.shared.Access;
import vn.eqip.platform.tenancy.Caller;

/**
 * The review workflow: the school submits; a reviewer whose org unit covers the school approves or
 * returns it with a comment. The rules themselves live in {@link Plan}.
 */
@Singleton
public class PlanReview {

  private final PlanChanges changes;
  private final Clock clock;

  public PlanReview(PlanChanges changes, Clock clock) {
    this.changes = changes;
    this.clock = clock;
  }

  public Plan submit(Caller caller, String authorization, String planId) {
    Access.requirePrincipal(caller, "gửi kế hoạch đi duyệt");
    return changes.change(
        caller, authorization, planId, plan -> plan.submit(actor(caller), clock.instant()));
  }

  public Plan returnForChanges(Caller caller, String authorization, String planId, String comment) {
    Access.requireReviewer(caller, "trả lại kế hoạch");
    return changes.change(
        caller,
        authorization,
        planId,
        plan -> plan.returnForChanges(actor(caller), comment, clock.instant()));
  }

  public Plan approve(Caller caller, String authorization, String planId) {
    Access.requireReviewer(caller, "phê duyệt kế hoạch");
    return changes.change(
        caller, authorization, planId, plan -> plan.approve(actor(caller), clock.instant()));
  }

  private static Actor actor(Caller caller) {
    return new Actor(caller.userId(), caller.username());
  }
}

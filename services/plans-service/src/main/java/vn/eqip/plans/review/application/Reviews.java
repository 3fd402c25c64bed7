package vn.eqip.plans.review.application;

import java.time.Instant;
import java.util.Optional;
import vn.eqip.plans.plan.domain.Review;

/** The port to reviewers' reviews of plans: one per reviewer and submitted revision. */
public interface Reviews {

  enum Status {
    DRAFT,
    DECIDED
  }

  record StoredReview(
      String planId,
      int planRevision,
      String reviewerId,
      String reviewerName,
      Status status,
      Review review,
      Instant updatedAt) {}

  /** Saves (replaces) the reviewer's draft for the plan at this revision. */
  void saveDraft(String tenantId, StoredReview review);

  /** The reviewer's draft for the plan at this revision. */
  Optional<StoredReview> draft(String tenantId, String planId, String reviewerId, int planRevision);

  /** Marks the reviewer's draft at this revision as decided (it stays as the decision's review). */
  void markDecided(String tenantId, String planId, String reviewerId, int planRevision);

  /** The latest decided review of the plan (what the school is shown), if any. */
  Optional<StoredReview> latestDecided(String tenantId, String planId);
}

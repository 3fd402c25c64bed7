package vn.eqip.plans.listing.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import vn.eqip.plans.listing.application.PlanSummaries;
import vn.eqip.plans.listing.application.PlanSummary;

/** A page of the plan list. */
@Serdeable
public record PlanListResponse(List<Item> items, long total, int page, int size) {

  @Serdeable
  public record Item(
      String id,
      String schoolId,
      @Nullable String schoolName,
      String schoolYear,
      String status,
      int revision,
      int version,
      @Nullable String documentNumber,
      @Nullable Instant submittedAt,
      @Nullable Instant decidedAt,
      @Nullable String submissionDeadline,
      boolean late,
      boolean lateSubmission,
      @Nullable Instant reviewDueAt,
      boolean reviewOverdue,
      @Nullable Integer approvedVersion,
      boolean amending,
      List<String> approvalLevels,
      int approvalsGiven,
      @Nullable String awaiting,
      boolean decidableByMe) {}

  /** {@code reviewerOrgUnit}: the caller's unit when a reviewer (for decidableByMe), else null. */
  static PlanListResponse of(@Nullable String reviewerOrgUnit, PlanSummaries.Page page) {
    return new PlanListResponse(
        page.items().stream().map(s -> item(s, reviewerOrgUnit)).toList(),
        page.total(),
        page.page(),
        page.size());
  }

  private static Item item(PlanSummary s, @Nullable String reviewerOrgUnit) {
    return new Item(
        s.id(),
        s.schoolId(),
        s.schoolName(),
        s.schoolYear(),
        s.status(),
        s.revision(),
        s.version(),
        s.documentNumber(),
        s.submittedAt(),
        s.decidedAt(),
        s.submissionDeadline() == null ? null : s.submissionDeadline().toString(),
        s.late(),
        s.lateSubmission(),
        s.reviewDueAt(),
        s.reviewOverdue(),
        s.approvedVersion(),
        s.amending(),
        s.approvalChain().steps().stream().map(step -> step.name()).toList(),
        s.approvalsGiven(),
        s.awaiting(),
        reviewerOrgUnit != null && s.decidableBy(reviewerOrgUnit));
  }
}

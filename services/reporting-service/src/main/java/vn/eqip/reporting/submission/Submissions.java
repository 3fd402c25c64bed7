package vn.eqip.reporting.submission;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.eqip.platform.tenancy.Caller;
import vn.eqip.reporting.rollup.PlanStatus;
import vn.eqip.reporting.scope.ReportScope;
import vn.eqip.reporting.scope.ReportScopes;

/** Plan submission status within the caller's tenant and org-unit subtree. */
@Singleton
public class Submissions {

  /** Deadlines are calendar days in Vietnam. */
  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private final ReportScopes scopes;
  private final SubmissionQuery query;

  public Submissions(ReportScopes scopes, SubmissionQuery query) {
    this.scopes = scopes;
    this.query = query;
  }

  @ReadOnly
  public SubmissionView submissions(
      Caller caller, @Nullable String schoolYear, @Nullable String orgUnitId) {
    ReportScope scope = scopes.resolve(caller, schoolYear, orgUnitId);
    String year = scope.year().toString();
    List<SubmissionRow> rows =
        scope
            .subtreePattern()
            .map(pattern -> query.schools(scope.schools(), scope.tenantId(), pattern, year))
            .orElse(List.of());
    Optional<LocalDate> deadline = query.deadline(scope.tenantId(), year);
    return assemble(year, scope.orgUnitId(), deadline.orElse(null), rows, LocalDate.now(VIETNAM));
  }

  static SubmissionView assemble(
      String schoolYear,
      String orgUnitId,
      @Nullable LocalDate deadline,
      List<SubmissionRow> rows,
      LocalDate today) {
    Map<PlanStatus, Integer> byStatus = new EnumMap<>(PlanStatus.class);
    for (PlanStatus status : PlanStatus.values()) {
      byStatus.put(status, 0);
    }
    int late = 0;
    int amending = 0;
    List<SubmissionView.Item> items = new java.util.ArrayList<>(rows.size());
    for (SubmissionRow row : rows) {
      PlanStatus status = PlanStatus.of(row.planStatus());
      byStatus.merge(status, 1, Integer::sum);
      boolean isLate = late(deadline, row.firstSubmittedAt(), today);
      if (isLate) {
        late++;
      }
      String amendment = status == PlanStatus.APPROVED ? row.amendmentStatus() : null;
      if (amendment != null) {
        amending++;
      }
      items.add(
          new SubmissionView.Item(
              row.schoolId(),
              row.code(),
              row.name(),
              row.level(),
              row.orgUnitId(),
              row.planId(),
              status,
              row.firstSubmittedAt(),
              row.approvedAt(),
              isLate,
              amendment,
              row.approvalStep(),
              row.approvalSteps(),
              SubmissionNote.of(status, amendment, row.approvalStep(), row.approvalSteps())));
    }
    return new SubmissionView(
        schoolYear,
        orgUnitId,
        deadline == null ? null : deadline.toString(),
        items.size(),
        byStatus,
        late,
        amending,
        items);
  }

  /**
   * Late: first submitted on a day (in Vietnam) after the deadline, or not submitted and the
   * deadline has passed. Without a deadline nothing is late.
   */
  static boolean late(@Nullable LocalDate deadline, @Nullable Instant submitted, LocalDate today) {
    if (deadline == null) {
      return false;
    }
    if (submitted == null) {
      return today.isAfter(deadline);
    }
    return LocalDate.ofInstant(submitted, VIETNAM).isAfter(deadline);
  }
}

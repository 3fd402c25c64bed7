package vn.eqip.plans.listing.application;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import vn.eqip.plans.shared.ReviewPeriods;
import vn.eqip.platform.orgscope.OrgScopes;
import vn.eqip.platform.tenancy.Caller;
import vn.eqip.platform.tenancy.Roles;
import vn.eqip.platform.web.ProblemException;

/**
 * The plan list of the reviewers' queue and the principals' dashboard, in the caller's scope: a
 * school user sees their school's plans, a reviewer the schools of their org subtree (from the org
 * tree copied from registry events; a reviewer whose unit is unknown sees nothing), a dept-admin
 * the whole tenant.
 */
@Singleton
public class PlanListing {

  private final PlanSummaries summaries;
  private final OrgScopes scopes;
  private final ReviewPeriods periods;
  private final TransactionOperations<Connection> tx;
  private final Clock clock;

  public PlanListing(
      PlanSummaries summaries,
      OrgScopes scopes,
      ReviewPeriods periods,
      TransactionOperations<Connection> tx,
      Clock clock) {
    this.summaries = summaries;
    this.scopes = scopes;
    this.periods = periods;
    this.tx = tx;
    this.clock = clock;
  }

  public PlanSummaries.Page list(Caller caller, PlanListQuery query) {
    Optional<PlanSummaries.Scope> scope = scopeOf(caller);
    if (scope.isEmpty()) {
      return new PlanSummaries.Page(List.of(), 0, query.page(), query.size());
    }
    String subtreeFilter = null;
    if (query.orgUnitId() != null) {
      Optional<String> path = scopes.pathOf(caller.tenantId(), query.orgUnitId());
      if (path.isEmpty()) {
        return new PlanSummaries.Page(List.of(), 0, query.page(), query.size());
      }
      subtreeFilter = OrgScopes.escapeLike(path.get()) + "%";
    }
    String filter = subtreeFilter;
    return tx.executeRead(
        status ->
            summaries.find(
                caller.tenantId(),
                scope.get(),
                query,
                filter,
                clock.instant(),
                periods.of(caller.tenantId())));
  }

  /**
   * The list's view of one plan the caller already may see (deadline, late and overdue flags,
   * judged now): a school has one plan per school year.
   */
  public Optional<PlanSummary> summaryOf(String tenantId, String schoolId, String schoolYear) {
    PlanListQuery query = PlanListQuery.of(schoolYear, null, schoolId, null, null, 0, 1);
    return tx.executeRead(
        status ->
            summaries
                .find(
                    tenantId,
                    new PlanSummaries.Scope.School(schoolId),
                    query,
                    null,
                    clock.instant(),
                    periods.of(tenantId))
                .items()
                .stream()
                .findFirst());
  }

  /** Empty when the caller may list plans but their scope holds nothing (deny by default). */
  private Optional<PlanSummaries.Scope> scopeOf(Caller caller) {
    if (caller.hasRole(Roles.DEPT_ADMIN)) {
      return Optional.of(new PlanSummaries.Scope.Tenant());
    }
    if (caller.hasRole(Roles.REVIEWER)) {
      return scopes.subtreePattern(caller).map(PlanSummaries.Scope.Subtree::new);
    }
    if (caller.isSchoolUser()) {
      return Optional.of(new PlanSummaries.Scope.School(caller.orgUnitId()));
    }
    throw ProblemException.forbidden(
        "Danh sách kế hoạch dành cho nhà trường, cán bộ thẩm định và quản trị Sở/Phòng; tài khoản"
            + " này không có vai trò nào trong số đó.");
  }
}

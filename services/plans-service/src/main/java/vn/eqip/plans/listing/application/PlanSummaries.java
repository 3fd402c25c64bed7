package vn.eqip.plans.listing.application;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The port to the plan list: a page of plans of one tenant within a scope. */
public interface PlanSummaries {

  /** Whose plans a caller lists. */
  sealed interface Scope {
    /** Every plan of the tenant (dept-admin). */
    record Tenant() implements Scope {}

    /** The plans of one school (its principal and staff). */
    record School(String schoolId) implements Scope {}

    /** The plans of the schools whose org path matches a LIKE pattern (a reviewer's subtree). */
    record Subtree(String pathPattern) implements Scope {}
  }

  /**
   * @param subtreeFilter an extra LIKE pattern on the school's org path (the {@code orgUnitId}
   *     filter), or null
   * @param now the time late and overdue flags are judged at
   * @param reviewPeriod the tenant's review period
   */
  Page find(
      String tenantId,
      Scope scope,
      PlanListQuery query,
      String subtreeFilter,
      Instant now,
      Duration reviewPeriod);

  record Page(List<PlanSummary> items, long total, int page, int size) {}
}

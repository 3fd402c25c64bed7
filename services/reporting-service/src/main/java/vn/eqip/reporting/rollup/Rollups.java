package vn.eqip.reporting.rollup;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.eqip.platform.tenancy.Caller;
import vn.eqip.reporting.scope.ReportScope;
import vn.eqip.reporting.scope.ReportScopes;

/** Roll-ups within the caller's tenant and org-unit subtree. */
@Singleton
public class Rollups {

  private final ReportScopes scopes;
  private final RollupQuery query;

  public Rollups(ReportScopes scopes, RollupQuery query) {
    this.scopes = scopes;
    this.query = query;
  }

  /**
   * The schools of {@code orgUnitId}'s subtree (the caller's own unit when null) for a year. An org
   * unit outside the caller's scope, or of another tenant, is 404.
   */
  @ReadOnly
  public RollupView rollup(Caller caller, String schoolYear, String orgUnitId) {
    ReportScope scope = scopes.resolve(caller, schoolYear, orgUnitId);
    List<RollupRow> rows =
        scope
            .subtreePattern()
            .map(
                pattern ->
                    query.schoolsInSubtree(
                        scope.schools(), scope.tenantId(), pattern, scope.year().toString()))
            .orElse(List.of());
    return assemble(scope.year(), scope.orgUnitId(), rows);
  }

  static RollupView assemble(SchoolYear year, String orgUnitId, List<RollupRow> rows) {
    Map<PlanStatus, Integer> byStatus = new EnumMap<>(PlanStatus.class);
    for (PlanStatus status : PlanStatus.values()) {
      byStatus.put(status, 0);
    }
    List<RollupView.Item> items =
        rows.stream()
            .map(
                row -> {
                  PlanStatus status = PlanStatus.of(row.planStatus());
                  byStatus.merge(status, 1, Integer::sum);
                  return new RollupView.Item(
                      row.schoolId(),
                      row.code(),
                      row.name(),
                      row.level(),
                      row.orgUnitId(),
                      row.planId(),
                      status,
                      summary(row.assessment()));
                })
            .toList();
    return new RollupView(year.toString(), orgUnitId, items.size(), byStatus, items);
  }

  private static RollupView.AssessmentSummary summary(RollupRow.Assessment a) {
    if (a == null) {
      return null;
    }
    Map<String, RollupView.LevelCount> counts = new LinkedHashMap<>();
    for (int level = 1; level <= 4; level++) {
      counts.put(
          "level" + level, new RollupView.LevelCount(a.met()[level - 1], a.total()[level - 1]));
    }
    return new RollupView.AssessmentSummary(
        a.schoolYear(), a.kind(), a.summaryLine(), a.overallLevel(), counts);
  }
}

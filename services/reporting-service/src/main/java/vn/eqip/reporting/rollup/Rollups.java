package vn.eqip.reporting.rollup;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.eqip.platform.orgscope.OrgScopes;
import vn.eqip.platform.tenancy.Caller;
import vn.eqip.platform.web.ProblemException;

/** Roll-ups within the caller's tenant and org-unit subtree. */
@Singleton
public class Rollups {

  private final OrgScopes scopes;
  private final RollupQuery query;

  public Rollups(OrgScopes scopes, RollupQuery query) {
    this.scopes = scopes;
    this.query = query;
  }

  /**
   * The schools of {@code orgUnitId}'s subtree (the caller's own unit when null) for a year. An org
   * unit outside the caller's scope, or of another tenant, is 404.
   */
  @ReadOnly
  public RollupView rollup(Caller caller, String schoolYear, String orgUnitId) {
    SchoolYear year =
        SchoolYear.parse(schoolYear)
            .orElseThrow(
                () ->
                    ProblemException.badRequest(
                        "Năm học không hợp lệ: cần tham số schoolYear dạng 2026-2027, gồm hai năm"
                            + " liền nhau (schoolYear must look like 2026-2027)."));
    String unit = orgUnitId == null || orgUnitId.isBlank() ? caller.orgUnitId() : orgUnitId.trim();
    if (!unit.equals(caller.orgUnitId()) && !scopes.contains(caller, unit)) {
      throw ProblemException.notFound("đơn vị " + unit);
    }
    List<RollupRow> rows =
        scopes
            .pathOf(caller.tenantId(), unit)
            .map(path -> OrgScopes.escapeLike(path) + "%")
            .map(pattern -> query.schoolsInSubtree(caller.tenantId(), pattern, year.toString()))
            .orElse(List.of());
    return assemble(year, unit, rows);
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

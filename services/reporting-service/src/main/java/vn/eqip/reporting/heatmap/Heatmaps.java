package vn.eqip.reporting.heatmap;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.eqip.platform.tenancy.Caller;
import vn.eqip.platform.web.ProblemException;
import vn.eqip.reporting.scope.ReportScope;
import vn.eqip.reporting.scope.ReportScopes;

/** The criteria heat map within the caller's tenant and org-unit subtree. */
@Singleton
public class Heatmaps {

  /** Criterion levels shown (Mức chưa đạt = 0, Mức 1..3). */
  static final int MAX_LEVEL = 3;

  /** Weakest first: lowest average level, then most schools at level 0, then code. */
  static final Comparator<HeatmapView.Criterion> WEAKEST_FIRST =
      Comparator.comparing(HeatmapView.Criterion::averageLevel)
          .thenComparing(c -> c.levels().get(0).schools(), Comparator.reverseOrder())
          .thenComparing(HeatmapView.Criterion::code);

  private final ReportScopes scopes;
  private final HeatmapQuery query;

  public Heatmaps(ReportScopes scopes, HeatmapQuery query) {
    this.scopes = scopes;
    this.query = query;
  }

  @ReadOnly
  public HeatmapView.Heatmap heatmap(
      Caller caller,
      @Nullable String schoolYear,
      @Nullable String orgUnitId,
      @Nullable String framework) {
    ReportScope scope = scopes.resolve(caller, schoolYear, orgUnitId);
    String fw = requireFramework(framework);
    String year = scope.year().toString();
    List<HeatmapQuery.Cell> cells =
        scope
            .subtreePattern()
            .map(p -> query.cells(scope.schools(), scope.tenantId(), p, year, fw))
            .orElse(List.of());
    int assessed =
        scope
            .subtreePattern()
            .map(p -> query.assessedSchools(scope.schools(), scope.tenantId(), p, year, fw))
            .orElse(0);
    return new HeatmapView.Heatmap(year, scope.orgUnitId(), fw, assessed, criteria(cells));
  }

  @ReadOnly
  public HeatmapView.Drilldown schools(
      Caller caller,
      String code,
      @Nullable String schoolYear,
      @Nullable String orgUnitId,
      @Nullable String framework,
      @Nullable Integer level) {
    ReportScope scope = scopes.resolve(caller, schoolYear, orgUnitId);
    String fw = requireFramework(framework);
    if (level != null && (level < 0 || level > MAX_LEVEL)) {
      throw ProblemException.badRequest(
          "Mức không hợp lệ: level phải từ 0 đến 3 (level must be 0..3).");
    }
    String year = scope.year().toString();
    List<HeatmapView.School> schools =
        scope
            .subtreePattern()
            .map(p -> query.schools(scope.schools(), scope.tenantId(), p, year, fw, code, level))
            .orElse(List.of());
    return new HeatmapView.Drilldown(year, scope.orgUnitId(), fw, code, level, schools);
  }

  static List<HeatmapView.Criterion> criteria(List<HeatmapQuery.Cell> cells) {
    Map<String, int[]> byCode = new TreeMap<>();
    for (HeatmapQuery.Cell cell : cells) {
      int level = Math.max(0, Math.min(MAX_LEVEL, cell.level()));
      byCode.computeIfAbsent(cell.code(), c -> new int[MAX_LEVEL + 1])[level] += cell.schools();
    }
    List<HeatmapView.Criterion> criteria = new ArrayList<>();
    byCode.forEach(
        (code, counts) -> {
          int schools = 0;
          int levelSum = 0;
          for (int l = 0; l <= MAX_LEVEL; l++) {
            schools += counts[l];
            levelSum += l * counts[l];
          }
          List<HeatmapView.LevelShare> levels = new ArrayList<>();
          for (int l = 0; l <= MAX_LEVEL; l++) {
            levels.add(new HeatmapView.LevelShare(l, counts[l], percent(counts[l], schools)));
          }
          criteria.add(
              new HeatmapView.Criterion(
                  code,
                  schools,
                  BigDecimal.valueOf(levelSum)
                      .divide(BigDecimal.valueOf(schools), 2, RoundingMode.HALF_UP),
                  levels));
        });
    criteria.sort(WEAKEST_FIRST);
    return criteria;
  }

  /** {@code part} of {@code whole} in percent, one decimal, half up (4 of 19 → 21.1). */
  static BigDecimal percent(int part, int whole) {
    if (whole == 0) {
      return BigDecimal.ZERO.setScale(1);
    }
    return BigDecimal.valueOf(part * 100L)
        .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
  }

  private static String requireFramework(@Nullable String framework) {
    if (framework == null || framework.isBlank()) {
      throw ProblemException.badRequest(
          "Thiếu bộ tiêu chuẩn: cần tham số framework, ví dụ TT17-2018-TH"
              + " (framework is required).");
    }
    return framework.trim();
  }
}

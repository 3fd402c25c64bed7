package vn.eqip.reporting.attainment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import vn.eqip.platform.tenancy.Caller;
import vn.eqip.reporting.scope.ReportScope;
import vn.eqip.reporting.scope.ReportScopes;

/** The level-attainment report within the caller's tenant and org-unit subtree. */
@Singleton
public class Attainments {

  /** Ranking: overall level, then level-3 criteria met, both descending; then by name. */
  static final Comparator<AttainmentRow> RANKING =
      Comparator.comparing((AttainmentRow r) -> r.assessed() ? 0 : 1)
          .thenComparing(
              r -> r.overallLevel() == null ? -1 : r.overallLevel(), Comparator.reverseOrder())
          .thenComparing(AttainmentRow::level3Met, Comparator.reverseOrder())
          .thenComparing(AttainmentRow::name, Collator.getInstance(Locale.forLanguageTag("vi")))
          .thenComparing(AttainmentRow::schoolId);

  private final ReportScopes scopes;
  private final AttainmentQuery query;

  public Attainments(ReportScopes scopes, AttainmentQuery query) {
    this.scopes = scopes;
    this.query = query;
  }

  /** The report for {@code orgUnitId} (default: the caller's unit), optionally one level/type. */
  @ReadOnly
  public AttainmentView attainment(
      Caller caller,
      @Nullable String schoolYear,
      @Nullable String orgUnitId,
      @Nullable String level,
      @Nullable String type) {
    ReportScope scope = scopes.resolve(caller, schoolYear, orgUnitId);
    String levelFilter = blankToNull(level);
    String typeFilter = blankToNull(type);
    if (scope.path() == null) {
      return assemble(scope, levelFilter, typeFilter, List.of(), List.of());
    }
    List<AttainmentRow> rows =
        query.schools(
            scope.schools(),
            scope.tenantId(),
            scope.subtreePattern().orElseThrow(),
            scope.year().toString(),
            levelFilter,
            typeFilter);
    return assemble(
        scope,
        levelFilter,
        typeFilter,
        rows,
        ChildUnits.of(query, scope, rows.stream().map(AttainmentRow::path).toList()));
  }

  static AttainmentView assemble(
      ReportScope scope,
      @Nullable String level,
      @Nullable String type,
      List<AttainmentRow> rows,
      List<ChildUnit> children) {
    Map<String, List<AttainmentRow>> byChild = new HashMap<>();
    for (AttainmentRow row : rows) {
      String child = scope.childOnPath(row.path());
      if (child != null) {
        byChild.computeIfAbsent(child, c -> new ArrayList<>()).add(row);
      }
    }
    List<AttainmentView.Unit> units =
        children.stream()
            .map(
                c ->
                    new AttainmentView.Unit(
                        c.id(),
                        c.name(),
                        c.kind(),
                        aggregate(byChild.getOrDefault(c.id(), List.of()))))
            .toList();
    return new AttainmentView(
        scope.year().toString(),
        scope.orgUnitId(),
        level,
        type,
        aggregate(rows),
        units,
        ranked(rows));
  }

  static AttainmentView.Aggregates aggregate(List<AttainmentRow> rows) {
    Map<String, Integer> byOverall = new LinkedHashMap<>();
    for (int l = 0; l <= 4; l++) {
      byOverall.put(String.valueOf(l), 0);
    }
    Map<Integer, Integer> level3 = new TreeMap<>();
    int assessed = 0;
    int allAtLevel2 = 0;
    for (AttainmentRow row : rows) {
      if (!row.assessed()) {
        continue;
      }
      assessed++;
      if (row.overallLevel() != null) {
        byOverall.merge(String.valueOf(row.overallLevel()), 1, Integer::sum);
      }
      if (row.allCriteriaAtLevel2()) {
        allAtLevel2++;
      }
      level3.merge(row.level3Met(), 1, Integer::sum);
    }
    return new AttainmentView.Aggregates(
        rows.size(),
        assessed,
        rows.size() - assessed,
        byOverall,
        allAtLevel2,
        level3.entrySet().stream()
            .map(e -> new AttainmentView.Level3Bucket(e.getKey(), e.getValue()))
            .toList());
  }

  /** Schools in rank order; equal (overall level, level-3 met) share a rank (1, 2, 2, 4). */
  static List<AttainmentView.Item> ranked(List<AttainmentRow> rows) {
    List<AttainmentRow> sorted = rows.stream().sorted(RANKING).toList();
    List<AttainmentView.Item> items = new ArrayList<>(sorted.size());
    Integer rank = null;
    AttainmentRow previous = null;
    for (int i = 0; i < sorted.size(); i++) {
      AttainmentRow row = sorted.get(i);
      if (row.assessed()) {
        boolean tie =
            previous != null
                && Objects.equals(previous.overallLevel(), row.overallLevel())
                && previous.level3Met() == row.level3Met();
        rank = tie ? rank : Integer.valueOf(i + 1);
        previous = row;
      }
      items.add(item(row.assessed() ? rank : null, row));
    }
    return items;
  }

  private static AttainmentView.Item item(@Nullable Integer rank, AttainmentRow row) {
    Map<String, AttainmentView.LevelCount> counts = null;
    if (row.assessed()) {
      counts = new LinkedHashMap<>();
      for (int l = 1; l <= 4; l++) {
        counts.put(
            "level" + l, new AttainmentView.LevelCount(row.met()[l - 1], row.total()[l - 1]));
      }
    }
    return new AttainmentView.Item(
        rank,
        row.schoolId(),
        row.code(),
        row.name(),
        row.level(),
        row.type(),
        row.orgUnitId(),
        row.assessed(),
        row.assessmentYear(),
        row.summaryLine(),
        row.overallLevel(),
        counts,
        row.allCriteriaAtLevel2(),
        row.accreditationGrade(),
        row.nationalStandardLevel());
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}

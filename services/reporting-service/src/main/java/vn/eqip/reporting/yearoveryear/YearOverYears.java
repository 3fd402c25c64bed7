package vn.eqip.reporting.yearoveryear;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.eqip.platform.tenancy.Caller;
import vn.eqip.platform.web.ProblemException;
import vn.eqip.reporting.attainment.AttainmentQuery;
import vn.eqip.reporting.attainment.ChildUnit;
import vn.eqip.reporting.attainment.ChildUnits;
import vn.eqip.reporting.rollup.SchoolYear;
import vn.eqip.reporting.scope.ReportScope;
import vn.eqip.reporting.scope.ReportScopes;
import vn.eqip.reporting.scope.SchoolsOfYear;

/** The year-over-year report within the caller's tenant and org-unit subtree. */
@Singleton
public class YearOverYears {

  private final ReportScopes scopes;
  private final YearOverYearQuery query;
  private final AttainmentQuery units;

  public YearOverYears(ReportScopes scopes, YearOverYearQuery query, AttainmentQuery units) {
    this.scopes = scopes;
    this.query = query;
    this.units = units;
  }

  /**
   * Schools of {@code orgUnitId} (default: the caller's unit) between school year {@code from} and
   * a later {@code to}; {@code level}/{@code type} narrow the schools. 400 unless both years are
   * valid and {@code from} is before {@code to}.
   */
  @ReadOnly
  public YearOverYearView report(
      Caller caller,
      @Nullable String from,
      @Nullable String to,
      @Nullable String orgUnitId,
      @Nullable String level,
      @Nullable String type) {
    SchoolYear fromYear =
        SchoolYear.parse(from)
            .orElseThrow(
                () ->
                    ProblemException.badRequest(
                        "Năm học không hợp lệ: cần tham số from dạng 2024-2025 (from must look"
                            + " like 2024-2025)."));
    ReportScope scope = scopes.resolve(caller, to, orgUnitId);
    if (fromYear.start() >= scope.year().start()) {
      throw ProblemException.badRequest(
          "Năm học from phải trước năm học to (from must be an earlier school year than to).");
    }
    String levelFilter = blankToNull(level);
    String typeFilter = blankToNull(type);
    boolean fromOver = scopes.isOver(fromYear);
    List<YearOverYearRow> rows =
        scope.path() == null
            ? List.of()
            : query.schools(
                scope.tenantId(),
                SchoolsOfYear.table(fromYear, fromOver),
                scope.pattern(fromOver),
                scope.schools(),
                scope.pattern(scope.yearOver()),
                fromYear.toString(),
                scope.year().toString(),
                levelFilter,
                typeFilter);
    // units side by side: today's children, and (the earlier year being over) former ones
    ReportScope unitsScope =
        new ReportScope(scope.tenantId(), fromYear, scope.orgUnitId(), scope.path(), fromOver);
    List<String> paths = new ArrayList<>();
    rows.forEach(
        r -> {
          paths.add(r.fromPath());
          paths.add(r.path());
        });
    List<ChildUnit> children = ChildUnits.of(units, unitsScope, paths);
    return assemble(
        fromYear.toString(),
        scope.year().toString(),
        scope.orgUnitId(),
        levelFilter,
        typeFilter,
        rows,
        children);
  }

  static YearOverYearView assemble(
      String from,
      String to,
      String orgUnitId,
      @Nullable String level,
      @Nullable String type,
      List<YearOverYearRow> rows,
      List<ChildUnit> children) {
    Tally total = new Tally();
    Map<String, Tally> byUnit = new LinkedHashMap<>();
    children.forEach(c -> byUnit.put(c.id(), new Tally()));
    List<YearOverYearView.Item> items = new ArrayList<>(rows.size());
    String marker = "/" + orgUnitId + "/";
    for (YearOverYearRow row : rows) {
      Movement movement = Movement.between(row.from(), row.to());
      // each year's figures count where the school was that year (a moved school in both units)
      total.add(row, movement, contains(row.fromPath(), marker), contains(row.path(), marker));
      String fromChild = ReportScope.childOf(orgUnitId, row.fromPath());
      String toChild = ReportScope.childOf(orgUnitId, row.path());
      for (ChildUnit c : children) {
        boolean inFrom = c.id().equals(fromChild);
        boolean inTo = c.id().equals(toChild);
        if (inFrom || inTo) {
          byUnit.get(c.id()).add(row, movement, inFrom, inTo);
        }
      }
      items.add(item(row, movement));
    }
    List<YearOverYearView.Unit> unitViews =
        children.stream()
            .map(
                c ->
                    new YearOverYearView.Unit(
                        c.id(), c.name(), c.kind(), byUnit.get(c.id()).aggregates()))
            .toList();
    return new YearOverYearView(
        from, to, orgUnitId, level, type, total.aggregates(), unitViews, items);
  }

  private static boolean contains(@Nullable String path, String marker) {
    return path != null && path.contains(marker);
  }

  private static YearOverYearView.Item item(YearOverYearRow row, Movement movement) {
    Integer overallChange = null;
    Map<String, Integer> metChange = null;
    if (row.from() != null && row.to() != null) {
      overallChange = row.to().level() - row.from().level();
      metChange = new LinkedHashMap<>();
      for (int l = 1; l <= 4; l++) {
        metChange.put("level" + l, row.to().met()[l - 1] - row.from().met()[l - 1]);
      }
    }
    return new YearOverYearView.Item(
        row.schoolId(),
        row.code(),
        row.name(),
        row.level(),
        row.type(),
        row.orgUnitId(),
        row.fromOrgUnitId(),
        movement,
        assessment(row.from()),
        assessment(row.to()),
        overallChange,
        metChange);
  }

  private static YearOverYearView.Assessment assessment(@Nullable Movement.Snapshot s) {
    if (s == null) {
      return null;
    }
    Map<String, YearOverYearView.LevelCount> counts = new LinkedHashMap<>();
    for (int l = 1; l <= 4; l++) {
      counts.put("level" + l, new YearOverYearView.LevelCount(s.met()[l - 1], s.total()[l - 1]));
    }
    return new YearOverYearView.Assessment(s.overallLevel(), s.summaryLine(), counts);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  /** Counts over a set of schools. */
  static final class Tally {
    int schools;
    final Map<String, Integer> byMovement = new LinkedHashMap<>();
    final Map<String, Integer> fromLevels = levels();
    final Map<String, Integer> toLevels = levels();
    final Map<String, Integer> fromMet = criteria();
    final Map<String, Integer> toMet = criteria();

    Tally() {
      for (Movement m : Movement.values()) {
        byMovement.put(m.name(), 0);
      }
    }

    private static Map<String, Integer> levels() {
      Map<String, Integer> m = new LinkedHashMap<>();
      for (int l = 0; l <= 4; l++) {
        m.put(String.valueOf(l), 0);
      }
      return m;
    }

    private static Map<String, Integer> criteria() {
      Map<String, Integer> m = new LinkedHashMap<>();
      for (int l = 1; l <= 4; l++) {
        m.put("level" + l, 0);
      }
      return m;
    }

    /**
     * Counts a school and its movement; its earlier year's figures only if it belonged here that
     * year ({@code inFrom}), the later year's only if it did then ({@code inTo}).
     */
    void add(YearOverYearRow row, Movement movement, boolean inFrom, boolean inTo) {
      schools++;
      byMovement.merge(movement.name(), 1, Integer::sum);
      if (inFrom) {
        count(row.from(), fromLevels, fromMet);
      }
      if (inTo) {
        count(row.to(), toLevels, toMet);
      }
    }

    private static void count(
        @Nullable Movement.Snapshot s, Map<String, Integer> levels, Map<String, Integer> met) {
      if (s == null) {
        return;
      }
      levels.merge(String.valueOf(s.level()), 1, Integer::sum);
      for (int l = 1; l <= 4; l++) {
        met.merge("level" + l, s.met()[l - 1], Integer::sum);
      }
    }

    YearOverYearView.Aggregates aggregates() {
      return new YearOverYearView.Aggregates(
          schools, byMovement, fromLevels, toLevels, fromMet, toMet);
    }
  }
}

package vn.eqip.reporting.progress;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import vn.eqip.platform.tenancy.Caller;
import vn.eqip.reporting.attainment.AttainmentQuery;
import vn.eqip.reporting.attainment.ChildUnit;
import vn.eqip.reporting.scope.ReportScope;
import vn.eqip.reporting.scope.ReportScopes;

/** Progress and budget of approved plans' actions within the caller's tenant and subtree. */
@Singleton
public class Progress {

  static final String DONE = "DONE";

  private final ReportScopes scopes;
  private final ProgressQuery query;
  private final AttainmentQuery units;

  public Progress(ReportScopes scopes, ProgressQuery query, AttainmentQuery units) {
    this.scopes = scopes;
    this.query = query;
    this.units = units;
  }

  @ReadOnly
  public ProgressView progress(
      Caller caller, @Nullable String schoolYear, @Nullable String orgUnitId) {
    ReportScope scope = scopes.resolve(caller, schoolYear, orgUnitId);
    String year = scope.year().toString();
    List<ProgressRow> rows =
        scope
            .subtreePattern()
            .map(pattern -> query.actions(scope.tenantId(), pattern, year))
            .orElse(List.of());
    List<ChildUnit> children =
        scope.path() == null ? List.of() : units.children(scope.tenantId(), scope.orgUnitId());
    return assemble(year, scope.orgUnitId(), rows, children);
  }

  static ProgressView assemble(
      String schoolYear, String orgUnitId, List<ProgressRow> rows, List<ChildUnit> children) {
    Tally total = new Tally();
    Map<String, Tally> byUnit = new LinkedHashMap<>();
    children.forEach(c -> byUnit.put(c.id(), new Tally()));
    Map<String, Tally> byStandard = new TreeMap<>(Comparator.nullsLast(Progress::compareCodes));
    Map<String, Tally> bySchool = new LinkedHashMap<>();
    Map<String, ProgressRow> schools = new LinkedHashMap<>();
    for (ProgressRow row : rows) {
      schools.putIfAbsent(row.schoolId(), row);
      Tally school = bySchool.computeIfAbsent(row.schoolId(), id -> new Tally());
      ChildUnit unit = unitOf(children, row.path());
      Tally unitTally = unit == null ? null : byUnit.get(unit.id());
      if (unitTally != null) {
        unitTally.schools.add(row.schoolId());
      }
      if (row.actionId() == null) {
        continue;
      }
      total.add(row);
      school.add(row);
      if (unitTally != null) {
        unitTally.add(row);
      }
      byStandard.computeIfAbsent(row.standardCode(), s -> new Tally()).add(row);
    }
    List<ProgressView.Unit> unitViews = new ArrayList<>();
    for (ChildUnit c : children) {
      Tally t = byUnit.get(c.id());
      unitViews.add(
          new ProgressView.Unit(c.id(), c.name(), c.kind(), t.figures(), List.copyOf(t.schools)));
    }
    List<ProgressView.Standard> standardViews = new ArrayList<>();
    byStandard.forEach(
        (code, t) ->
            standardViews.add(
                new ProgressView.Standard(code, t.figures(), List.copyOf(t.schools))));
    List<ProgressView.School> schoolViews = new ArrayList<>();
    schools.forEach(
        (id, r) ->
            schoolViews.add(
                new ProgressView.School(
                    id, r.code(), r.name(), r.level(), r.orgUnitId(), bySchool.get(id).figures())));
    return new ProgressView(
        schoolYear, orgUnitId, total.figures(), unitViews, standardViews, schoolViews);
  }

  private static ChildUnit unitOf(List<ChildUnit> children, String schoolPath) {
    for (ChildUnit c : children) {
      if (c.path() != null && schoolPath != null && schoolPath.startsWith(c.path())) {
        return c;
      }
    }
    return null;
  }

  /** Standards in numeric order when they are numbers ("2" before "10"), else by text. */
  static int compareCodes(String a, String b) {
    boolean na = a.chars().allMatch(Character::isDigit) && !a.isEmpty();
    boolean nb = b.chars().allMatch(Character::isDigit) && !b.isEmpty();
    if (na && nb) {
      return Long.compare(Long.parseLong(a), Long.parseLong(b));
    }
    return na ? -1 : nb ? 1 : a.compareTo(b);
  }

  /** Sums over a set of actions. */
  static final class Tally {
    int actions;
    int done;
    long percentSum;
    long budget;
    int withoutBudget;
    long spent;
    final Set<String> schools = new LinkedHashSet<>();

    void add(ProgressRow row) {
      actions++;
      if (DONE.equals(row.status())) {
        done++;
      }
      percentSum += row.percentDone() == null ? 0 : row.percentDone();
      if (row.budgetVnd() == null) {
        withoutBudget++;
      } else {
        budget += row.budgetVnd();
      }
      spent += row.moneySpent() == null ? 0 : row.moneySpent();
      schools.add(row.schoolId());
    }

    ProgressView.Figures figures() {
      BigDecimal mean =
          actions == 0
              ? null
              : BigDecimal.valueOf(percentSum)
                  .divide(BigDecimal.valueOf(actions), 1, RoundingMode.HALF_UP);
      return new ProgressView.Figures(actions, done, mean, budget, withoutBudget, spent);
    }
  }
}

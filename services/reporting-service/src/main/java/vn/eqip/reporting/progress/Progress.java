package vn.eqip.reporting.progress;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
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
import vn.eqip.reporting.attainment.ChildUnits;
import vn.eqip.reporting.scope.ReportScope;
import vn.eqip.reporting.scope.ReportScopes;

/**
 * Progress and budget of approved plans' actions (those in force) within the caller's tenant and
 * subtree, with the overdue ones counted and listed.
 */
@Singleton
public class Progress {

  static final String DONE = "DONE";

  /** Due dates are calendar days in Vietnam (as monitoring's). */
  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

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
            .map(pattern -> query.actions(scope.schools(), scope.tenantId(), pattern, year))
            .orElse(List.of());
    List<ChildUnit> children =
        ChildUnits.of(units, scope, rows.stream().map(ProgressRow::path).toList());
    return assemble(year, scope.orgUnitId(), rows, children, LocalDate.now(VIETNAM));
  }

  /**
   * Overdue (quá hạn), as monitoring's due state: not reported DONE and the end date is before
   * {@code today}. Actions without an end date are never overdue.
   */
  static boolean overdue(ProgressRow row, LocalDate today) {
    return row.actionId() != null
        && !DONE.equals(row.status())
        && row.timelineEnd() != null
        && today.isAfter(row.timelineEnd());
  }

  static ProgressView assemble(
      String schoolYear,
      String orgUnitId,
      List<ProgressRow> rows,
      List<ChildUnit> children,
      LocalDate today) {
    List<ProgressView.OverdueAction> overdue = new ArrayList<>();
    Tally total = new Tally();
    Map<String, Tally> byUnit = new LinkedHashMap<>();
    children.forEach(c -> byUnit.put(c.id(), new Tally()));
    Map<String, Tally> byStandard = new TreeMap<>(Comparator.nullsLast(Progress::compareCodes));
    Map<String, Tally> bySchool = new LinkedHashMap<>();
    Map<String, ProgressRow> schools = new LinkedHashMap<>();
    for (ProgressRow row : rows) {
      schools.putIfAbsent(row.schoolId(), row);
      Tally school = bySchool.computeIfAbsent(row.schoolId(), id -> new Tally());
      ChildUnit unit = unitOf(children, orgUnitId, row.path());
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
      if (overdue(row, today)) {
        total.overdue++;
        school.overdue++;
        if (unitTally != null) {
          unitTally.overdue++;
        }
        byStandard.get(row.standardCode()).overdue++;
        overdue.add(
            new ProgressView.OverdueAction(
                row.actionId(),
                row.schoolId(),
                row.code(),
                row.name(),
                row.orgUnitId(),
                row.criterionCode(),
                row.description(),
                row.timelineEnd().toString(),
                ChronoUnit.DAYS.between(row.timelineEnd(), today),
                row.status(),
                row.percentDone()));
      }
    }
    // longest overdue first, then by school (rows come ordered by school name) and action
    overdue.sort(Comparator.comparing(ProgressView.OverdueAction::timelineEnd));
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
        schoolYear,
        orgUnitId,
        today.toString(),
        total.figures(),
        unitViews,
        standardViews,
        schoolViews,
        overdue);
  }

  /** The child unit a school's path (of the report's year) runs through, if any. */
  private static ChildUnit unitOf(List<ChildUnit> children, String orgUnitId, String schoolPath) {
    String child = ReportScope.childOf(orgUnitId, schoolPath);
    for (ChildUnit c : children) {
      if (c.id().equals(child)) {
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
    int overdue;
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
      return new ProgressView.Figures(actions, done, mean, budget, withoutBudget, spent, overdue);
    }
  }
}

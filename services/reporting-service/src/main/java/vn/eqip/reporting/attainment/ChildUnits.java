package vn.eqip.reporting.attainment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.eqip.reporting.scope.ReportScope;

/**
 * The units shown side by side in a report: the direct child units of the report's unit today, and,
 * for a past school year, also the units its schools rolled up under that year and that are no
 * longer its children (a commune office moved to another district since).
 */
public final class ChildUnits {

  private ChildUnits() {}

  public static List<ChildUnit> of(
      AttainmentQuery query, ReportScope scope, Collection<String> schoolPaths) {
    if (scope.path() == null) {
      return List.of();
    }
    List<ChildUnit> children = query.children(scope.tenantId(), scope.orgUnitId());
    if (!scope.yearOver()) {
      return children;
    }
    Set<String> known = new LinkedHashSet<>();
    children.forEach(c -> known.add(c.id()));
    Set<String> former = new LinkedHashSet<>();
    for (String path : schoolPaths) {
      String child = scope.childOnPath(path);
      if (child != null && !known.contains(child)) {
        former.add(child);
      }
    }
    if (former.isEmpty()) {
      return children;
    }
    List<ChildUnit> all = new ArrayList<>(children);
    all.addAll(query.units(scope.tenantId(), former));
    return all;
  }
}

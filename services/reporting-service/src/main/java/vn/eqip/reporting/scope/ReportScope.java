package vn.eqip.reporting.scope;

import io.micronaut.core.annotation.Nullable;
import java.util.Optional;
import vn.eqip.platform.orgscope.OrgScopes;
import vn.eqip.reporting.rollup.SchoolYear;

/**
 * What a report covers: the caller's tenant, a school year and an org unit inside the caller's
 * subtree. {@code path} is the unit's org-tree path, null when the unit is not (yet) known here
 * (then the report is empty). {@code yearOver}: the school year has ended, so its schools roll up
 * under the org unit of that year ({@link SchoolsOfYear}), not necessarily today's.
 */
public record ReportScope(
    String tenantId, SchoolYear year, String orgUnitId, @Nullable String path, boolean yearOver) {

  /**
   * The LIKE pattern of the unit's subtree, matched against {@link #schools()}' path, if the unit
   * is known: the unit's path as a prefix for a year not over (index-friendly); for a past year
   * every path through the unit ('%/unit/%'), since the unit itself may have moved since.
   */
  public Optional<String> subtreePattern() {
    return Optional.ofNullable(path).map(p -> pattern(yearOver));
  }

  /** The schools table of the scope's year ({@link SchoolsOfYear#table}). */
  public String schools() {
    return SchoolsOfYear.table(year, yearOver);
  }

  /** The pattern for the schools of a year that is over or not (year over year mixes both). */
  public String pattern(boolean over) {
    return over ? "%/" + OrgScopes.escapeLike(orgUnitId) + "/%" : OrgScopes.escapeLike(path) + "%";
  }

  /**
   * The direct child of this unit that a school path (of any year) runs through; null when the
   * school sits right under the unit, or the path does not run through it.
   */
  @Nullable
  public String childOnPath(@Nullable String schoolPath) {
    return childOf(orgUnitId, schoolPath);
  }

  /** The path segment after {@code unitId}'s, if it is not the last one (the school's own). */
  @Nullable
  public static String childOf(String unitId, @Nullable String schoolPath) {
    if (schoolPath == null) {
      return null;
    }
    String marker = "/" + unitId + "/";
    int at = schoolPath.indexOf(marker);
    if (at < 0) {
      return null;
    }
    int from = at + marker.length();
    int end = schoolPath.indexOf('/', from);
    if (end < 0 || end == schoolPath.length() - 1) {
      return null; // the school itself (paths end with the school's own segment and a '/')
    }
    return schoolPath.substring(from, end);
  }
}

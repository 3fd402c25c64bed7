package vn.eqip.reporting.scope;

import java.time.Instant;
import vn.eqip.reporting.readmodel.SchoolViews;
import vn.eqip.reporting.rollup.SchoolYear;

/**
 * Which org unit a school rolls up under in a school year (named rule): the one it belonged to at
 * the end of that year, that is its last registry snapshot made during that year or before; a
 * school first registered after the year ended counts under the unit of its first snapshot. For a
 * year not over yet this is simply its current unit (school_view), so the reports of the current
 * year read school_view directly; a past year's reports read school_unit_history, which keeps the
 * org unit and path of every snapshot (moved schools, and every school of a moved subtree).
 */
public final class SchoolsOfYear {

  private SchoolsOfYear() {}

  /** {@code sql} with its {@code FROM school_view s} reading {@code table} instead. */
  public static String from(String sql, String table) {
    return sql.replace("FROM school_view s", "FROM " + table + " s");
  }

  /** Whether {@code year} ended before {@code now} (after 31 August of its second year). */
  public static boolean isOver(SchoolYear year, Instant now) {
    return SchoolViews.schoolYearStartOf(now) > year.start();
  }

  /**
   * The schools of {@code year} with its org unit and path, as a table expression with the columns
   * of school_view: for a year not over school_view itself, else school_view with its org_unit_id
   * and path taken from the history; in both, without the schools merged or closed before the year
   * started (1 September). The year is an int, inlined (no user text).
   */
  public static String table(SchoolYear year, boolean over) {
    int start = year.start();
    // merged or closed before the year started: not one of its schools (a DATE, no time zone)
    String open = " (v.closed_on IS NULL OR v.closed_on >= DATE'" + start + "-09-01')";
    if (!over) {
      return "(SELECT v.* FROM school_view v WHERE" + open + ")";
    }
    return "(SELECT v.tenant_id, v.id, v.code, v.name, v.level, v.school_type, v.status,"
        + " v.closed_on, v.updated_at, h.org_unit_id, h.path"
        + " FROM school_view v JOIN school_unit_history h"
        + "   ON h.tenant_id = v.tenant_id AND h.school_id = v.id"
        + "   AND h.valid_from = COALESCE("
        + "     (SELECT MAX(x.valid_from) FROM school_unit_history x WHERE x.tenant_id = v.tenant_id"
        + "       AND x.school_id = v.id AND x.school_year_start <= "
        + start
        + "),"
        + "     (SELECT MIN(x.valid_from) FROM school_unit_history x WHERE x.tenant_id = v.tenant_id"
        + "       AND x.school_id = v.id))"
        + " WHERE"
        + open
        + ")";
  }
}

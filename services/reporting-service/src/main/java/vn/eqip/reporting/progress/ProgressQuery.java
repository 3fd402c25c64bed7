package vn.eqip.reporting.progress;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import vn.eqip.reporting.readmodel.Jdbc;
import vn.eqip.reporting.scope.SchoolsOfYear;

/**
 * The schools of a subtree, each with the actions of its approved plans for the year (one row per
 * action in force, one row without action for a school that has none; actions an amendment removed
 * are left out). Filters and joins by tenant.
 */
@Singleton
public class ProgressQuery {

  static final String SQL =
      "SELECT s.id, s.code, s.name, s.level, s.org_unit_id, s.path, a.action_id, a.standard_code,"
          + " a.budget_vnd, a.status, a.percent_done, a.money_spent, a.criterion_code, a.description,"
          + " a.timeline_end"
          + " FROM school_view s"
          + " LEFT JOIN action_view a ON a.tenant_id = s.tenant_id AND a.school_id = s.id"
          + "   AND a.school_year = ? AND a.removed_at_revision IS NULL"
          + " WHERE s.tenant_id = ? AND s.path LIKE ?"
          + " ORDER BY s.name, s.id, a.action_id";

  private final Jdbc jdbc;

  public ProgressQuery(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  @ReadOnly
  public List<ProgressRow> actions(
      String schools, String tenantId, String pathPattern, String schoolYear) {
    return jdbc.query(
        SchoolsOfYear.from(SQL, schools), ProgressQuery::row, schoolYear, tenantId, pathPattern);
  }

  private static ProgressRow row(ResultSet rs) throws SQLException {
    return new ProgressRow(
        rs.getString("id"),
        rs.getString("code"),
        rs.getString("name"),
        rs.getString("level"),
        rs.getString("org_unit_id"),
        rs.getString("path"),
        rs.getString("action_id"),
        rs.getString("standard_code"),
        nullableLong(rs, "budget_vnd"),
        rs.getString("status"),
        Jdbc.nullableInt(rs, "percent_done"),
        nullableLong(rs, "money_spent"),
        rs.getString("criterion_code"),
        rs.getString("description"),
        rs.getDate("timeline_end") == null ? null : rs.getDate("timeline_end").toLocalDate());
  }

  private static Long nullableLong(ResultSet rs, String column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : value;
  }
}

package vn.eqip.reporting.yearoveryear;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import vn.eqip.reporting.readmodel.Jdbc;

/**
 * The schools of a subtree in either year (under the org unit of that year), each with its SELF
 * assessment (latest version, as kept by assessment_view) of the earlier and of the later school
 * year; one row per school, whether it has them or not. Filters and joins by tenant.
 */
@Singleton
public class YearOverYearQuery {

  private static final String LEVELS =
      "level1_met, level1_total, level2_met, level2_total, level3_met, level3_total, level4_met,"
          + " level4_total";

  /** {@code FROM_SCHOOLS} and {@code TO_SCHOOLS} are replaced by each year's schools table. */
  static final String SQL =
      "SELECT s.id, s.code, s.name, s.level, s.school_type,"
          + " fs.org_unit_id AS f_unit, fs.path AS f_path, ts.org_unit_id AS t_unit,"
          + " ts.path AS t_path,"
          + " f.school_year AS f_year, f.overall_level AS f_overall, f.summary_line AS f_line,"
          + prefixed("f")
          + ", t.school_year AS t_year, t.overall_level AS t_overall, t.summary_line AS t_line,"
          + prefixed("t")
          + " FROM school_view s"
          + " LEFT JOIN FROM_SCHOOLS fs ON fs.tenant_id = s.tenant_id AND fs.id = s.id"
          + " LEFT JOIN TO_SCHOOLS ts ON ts.tenant_id = s.tenant_id AND ts.id = s.id"
          + " LEFT JOIN assessment_view f ON f.tenant_id = s.tenant_id AND f.school_id = s.id"
          + "   AND f.kind = 'SELF' AND f.school_year = ?"
          + " LEFT JOIN assessment_view t ON t.tenant_id = s.tenant_id AND t.school_id = s.id"
          + "   AND t.kind = 'SELF' AND t.school_year = ?"
          + " WHERE s.tenant_id = ? AND (fs.path LIKE ? OR ts.path LIKE ?)"
          + "   AND (? IS NULL OR s.level = ?) AND (? IS NULL OR s.school_type = ?)"
          + " ORDER BY s.name, s.id";

  private final Jdbc jdbc;

  public YearOverYearQuery(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  private static String prefixed(String alias) {
    StringBuilder sb = new StringBuilder();
    for (String column : LEVELS.split(", ")) {
      sb.append(sb.length() == 0 ? " " : ", ")
          .append(alias)
          .append('.')
          .append(column)
          .append(" AS ")
          .append(alias)
          .append('_')
          .append(column);
    }
    return sb.toString();
  }

  @ReadOnly
  public List<YearOverYearRow> schools(
      String tenantId,
      String fromSchools,
      String fromPattern,
      String toSchools,
      String toPattern,
      String fromYear,
      String toYear,
      @Nullable String level,
      @Nullable String type) {
    return jdbc.query(
        SQL.replace("FROM_SCHOOLS", fromSchools).replace("TO_SCHOOLS", toSchools),
        YearOverYearQuery::row,
        fromYear,
        toYear,
        tenantId,
        fromPattern,
        toPattern,
        level,
        level,
        type,
        type);
  }

  private static YearOverYearRow row(ResultSet rs) throws SQLException {
    return new YearOverYearRow(
        rs.getString("id"),
        rs.getString("code"),
        rs.getString("name"),
        rs.getString("level"),
        rs.getString("school_type"),
        rs.getString("f_unit"),
        rs.getString("f_path"),
        rs.getString("t_unit"),
        rs.getString("t_path"),
        snapshot(rs, "f"),
        snapshot(rs, "t"));
  }

  private static Movement.Snapshot snapshot(ResultSet rs, String alias) throws SQLException {
    if (rs.getString(alias + "_year") == null) {
      return null;
    }
    int[] met = new int[4];
    int[] total = new int[4];
    for (int level = 1; level <= 4; level++) {
      met[level - 1] = rs.getInt(alias + "_level" + level + "_met");
      total[level - 1] = rs.getInt(alias + "_level" + level + "_total");
    }
    return new Movement.Snapshot(
        Jdbc.nullableInt(rs, alias + "_overall"), rs.getString(alias + "_line"), met, total);
  }
}

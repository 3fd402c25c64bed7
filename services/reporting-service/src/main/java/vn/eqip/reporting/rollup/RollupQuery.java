package vn.eqip.reporting.rollup;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import vn.eqip.reporting.readmodel.Jdbc;
import vn.eqip.reporting.scope.SchoolsOfYear;

/**
 * The roll-up in one query: every school of the tenant whose path matches the subtree pattern, with
 * its plan for the year (if any) and its baseline: the latest SELF assessment of that year or
 * before. Every table is joined on tenant_id and filtered by it (TenantIsolationIT checks it).
 */
@Singleton
public class RollupQuery {

  static final String SQL =
      "SELECT s.id, s.code, s.name, s.level, s.org_unit_id, p.plan_id, p.status AS plan_status,"
          + " a.school_year AS a_year, a.kind AS a_kind, a.summary_line, a.overall_level,"
          + " a.level1_met, a.level1_total, a.level2_met, a.level2_total,"
          + " a.level3_met, a.level3_total, a.level4_met, a.level4_total"
          + " FROM school_view s"
          + " LEFT JOIN plan_view p ON p.tenant_id = s.tenant_id AND p.school_id = s.id"
          + "   AND p.school_year = ?"
          + "   AND NOT EXISTS (SELECT 1 FROM plan_view p2 WHERE p2.tenant_id = p.tenant_id"
          + "     AND p2.school_id = p.school_id AND p2.school_year = p.school_year"
          + "     AND (p2.updated_at > p.updated_at"
          + "       OR (p2.updated_at = p.updated_at AND p2.plan_id > p.plan_id)))"
          + " LEFT JOIN assessment_view a ON a.tenant_id = s.tenant_id AND a.school_id = s.id"
          + "   AND a.kind = 'SELF'"
          + "   AND a.school_year = (SELECT MAX(a2.school_year) FROM assessment_view a2"
          + "     WHERE a2.tenant_id = s.tenant_id AND a2.school_id = s.id AND a2.kind = 'SELF'"
          + "     AND a2.school_year <= ?)"
          + " WHERE s.tenant_id = ? AND s.path LIKE ?"
          + " ORDER BY s.name, s.id";

  private final Jdbc jdbc;

  public RollupQuery(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  @ReadOnly
  public List<RollupRow> schoolsInSubtree(
      String schools, String tenantId, String pathPattern, String schoolYear) {
    return jdbc.query(
        SchoolsOfYear.from(SQL, schools),
        RollupQuery::row,
        schoolYear,
        schoolYear,
        tenantId,
        pathPattern);
  }

  private static RollupRow row(ResultSet rs) throws SQLException {
    RollupRow.Assessment assessment = null;
    if (rs.getString("a_year") != null) {
      int[] met = new int[4];
      int[] total = new int[4];
      for (int level = 1; level <= 4; level++) {
        met[level - 1] = rs.getInt("level" + level + "_met");
        total[level - 1] = rs.getInt("level" + level + "_total");
      }
      assessment =
          new RollupRow.Assessment(
              rs.getString("a_year"),
              rs.getString("a_kind"),
              rs.getString("summary_line"),
              Jdbc.nullableInt(rs, "overall_level"),
              met,
              total);
    }
    return new RollupRow(
        rs.getString("id"),
        rs.getString("code"),
        rs.getString("name"),
        rs.getString("level"),
        rs.getString("org_unit_id"),
        rs.getString("plan_id"),
        rs.getString("plan_status"),
        assessment);
  }
}

package vn.eqip.reporting.heatmap;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.util.List;
import vn.eqip.reporting.readmodel.Jdbc;
import vn.eqip.reporting.scope.SchoolsOfYear;

/**
 * Criterion levels of the schools of a subtree, taken from each school's baseline (its latest SELF
 * assessment of the year or before) when that baseline uses the framework. Every table is joined on
 * tenant_id and filtered by it.
 */
@Singleton
public class HeatmapQuery {

  private static final String BASELINE_FROM =
      " FROM school_view s"
          + " JOIN assessment_view a ON a.tenant_id = s.tenant_id AND a.school_id = s.id"
          + "   AND a.kind = 'SELF' AND a.framework = ?"
          + "   AND a.school_year = (SELECT MAX(a2.school_year) FROM assessment_view a2"
          + "     WHERE a2.tenant_id = s.tenant_id AND a2.school_id = s.id AND a2.kind = 'SELF'"
          + "     AND a2.school_year <= ?)";

  private static final String CRITERIA_JOIN =
      " JOIN assessment_criterion_view c ON c.tenant_id = a.tenant_id"
          + "   AND c.school_id = a.school_id AND c.school_year = a.school_year AND c.kind = a.kind";

  static final String CELLS =
      "SELECT c.code, c.level, COUNT(*) AS schools"
          + BASELINE_FROM
          + CRITERIA_JOIN
          + " WHERE s.tenant_id = ? AND s.path LIKE ?"
          + " GROUP BY c.code, c.level";

  static final String ASSESSED =
      "SELECT COUNT(*)" + BASELINE_FROM + " WHERE s.tenant_id = ? AND s.path LIKE ?";

  static final String SCHOOLS =
      "SELECT s.id, s.code, s.name, s.level AS school_level, s.org_unit_id, a.school_year,"
          + " c.level"
          + BASELINE_FROM
          + CRITERIA_JOIN
          + " WHERE s.tenant_id = ? AND s.path LIKE ? AND c.code = ? AND (? IS NULL OR c.level = ?)"
          + " ORDER BY c.level, s.name, s.id";

  /** How many schools of the subtree reached {@code level} on criterion {@code code}. */
  public record Cell(String code, int level, int schools) {}

  private final Jdbc jdbc;

  public HeatmapQuery(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  @ReadOnly
  public List<Cell> cells(
      String schools, String tenantId, String pathPattern, String year, String framework) {
    return jdbc.query(
        SchoolsOfYear.from(CELLS, schools),
        rs -> new Cell(rs.getString("code"), rs.getInt("level"), rs.getInt("schools")),
        framework,
        year,
        tenantId,
        pathPattern);
  }

  /** Schools of the subtree whose baseline uses the framework. */
  @ReadOnly
  public int assessedSchools(
      String schools, String tenantId, String pathPattern, String year, String framework) {
    return jdbc.query(
            SchoolsOfYear.from(ASSESSED, schools),
            rs -> rs.getInt(1),
            framework,
            year,
            tenantId,
            pathPattern)
        .get(0);
  }

  @ReadOnly
  public List<HeatmapView.School> schools(
      String schoolsTable,
      String tenantId,
      String pathPattern,
      String year,
      String framework,
      String code,
      @Nullable Integer level) {
    return jdbc.query(
        SchoolsOfYear.from(SCHOOLS, schoolsTable),
        rs ->
            new HeatmapView.School(
                rs.getString("id"),
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("school_level"),
                rs.getString("org_unit_id"),
                rs.getString("school_year"),
                rs.getInt("level")),
        framework,
        year,
        tenantId,
        pathPattern,
        code,
        level,
        level);
  }
}

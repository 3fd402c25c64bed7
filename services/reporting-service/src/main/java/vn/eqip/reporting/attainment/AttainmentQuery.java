package vn.eqip.reporting.attainment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import vn.eqip.reporting.readmodel.Jdbc;
import vn.eqip.reporting.scope.SchoolsOfYear;

/**
 * Two queries: the schools of a subtree with their baseline (the latest SELF assessment of the year
 * or before, as the roll-up), and the direct child org units. Both filter by tenant.
 */
@Singleton
public class AttainmentQuery {

  static final String SCHOOLS =
      "SELECT s.id, s.code, s.name, s.level, s.school_type, s.org_unit_id, s.path,"
          + " a.school_year AS a_year, a.summary_line, a.overall_level,"
          + " a.level1_met, a.level1_total, a.level2_met, a.level2_total,"
          + " a.level3_met, a.level3_total, a.level4_met, a.level4_total,"
          + " a.accreditation_grade, a.national_standard_level"
          + " FROM school_view s"
          + " LEFT JOIN assessment_view a ON a.tenant_id = s.tenant_id AND a.school_id = s.id"
          + "   AND a.kind = 'SELF'"
          + "   AND a.school_year = (SELECT MAX(a2.school_year) FROM assessment_view a2"
          + "     WHERE a2.tenant_id = s.tenant_id AND a2.school_id = s.id AND a2.kind = 'SELF'"
          + "     AND a2.school_year <= ?)"
          + " WHERE s.tenant_id = ? AND s.path LIKE ?"
          + "   AND (? IS NULL OR s.level = ?) AND (? IS NULL OR s.school_type = ?)"
          + " ORDER BY s.name, s.id";

  static final String CHILDREN =
      "SELECT id, name, kind, path FROM org_unit_view"
          + " WHERE tenant_id = ? AND parent_id = ? AND kind <> 'SCHOOL' ORDER BY name, id";

  private final Jdbc jdbc;

  public AttainmentQuery(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  @ReadOnly
  public List<AttainmentRow> schools(
      String schools,
      String tenantId,
      String pathPattern,
      String schoolYear,
      @Nullable String level,
      @Nullable String type) {
    return jdbc.query(
        SchoolsOfYear.from(SCHOOLS, schools),
        AttainmentQuery::row,
        schoolYear,
        tenantId,
        pathPattern,
        level,
        level,
        type,
        type);
  }

  /**
   * The org units (not schools) of the tenant among {@code ids}, by name: child units a past year's
   * schools rolled up under that are no longer children of the report's unit.
   */
  @ReadOnly
  public List<ChildUnit> units(String tenantId, java.util.Collection<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.query(
        "SELECT id, name, kind, path FROM org_unit_view WHERE tenant_id = ? AND kind <> 'SCHOOL'"
            + " AND id IN ("
            + String.join(", ", java.util.Collections.nCopies(ids.size(), "?"))
            + ") ORDER BY name, id",
        rs ->
            new ChildUnit(
                rs.getString("id"),
                rs.getString("name"),
                rs.getString("kind"),
                rs.getString("path")),
        java.util.stream.Stream.concat(java.util.stream.Stream.of(tenantId), ids.stream())
            .toArray());
  }

  @ReadOnly
  public List<ChildUnit> children(String tenantId, String orgUnitId) {
    return jdbc.query(
        CHILDREN,
        rs ->
            new ChildUnit(
                rs.getString("id"),
                rs.getString("name"),
                rs.getString("kind"),
                rs.getString("path")),
        tenantId,
        orgUnitId);
  }

  private static AttainmentRow row(ResultSet rs) throws SQLException {
    String year = rs.getString("a_year");
    int[] met = null;
    int[] total = null;
    if (year != null) {
      met = new int[4];
      total = new int[4];
      for (int level = 1; level <= 4; level++) {
        met[level - 1] = rs.getInt("level" + level + "_met");
        total[level - 1] = rs.getInt("level" + level + "_total");
      }
    }
    return new AttainmentRow(
        rs.getString("id"),
        rs.getString("code"),
        rs.getString("name"),
        rs.getString("level"),
        rs.getString("school_type"),
        rs.getString("org_unit_id"),
        rs.getString("path"),
        year,
        rs.getString("summary_line"),
        Jdbc.nullableInt(rs, "overall_level"),
        met,
        total,
        Jdbc.nullableInt(rs, "accreditation_grade"),
        Jdbc.nullableInt(rs, "national_standard_level"));
  }
}

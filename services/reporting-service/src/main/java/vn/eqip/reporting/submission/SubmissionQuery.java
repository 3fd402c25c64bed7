package vn.eqip.reporting.submission;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.eqip.reporting.readmodel.Jdbc;
import vn.eqip.reporting.scope.SchoolsOfYear;

/**
 * The schools of a subtree with their plan for the year (the most recently changed one, as the
 * roll-up) and its dates, and the year's submission deadline. Both filter by tenant.
 */
@Singleton
public class SubmissionQuery {

  static final String SCHOOLS =
      "SELECT s.id, s.code, s.name, s.level, s.org_unit_id, p.plan_id, p.status AS plan_status,"
          + " p.first_submitted_at, p.approved_at, p.amendment_status, p.approval_step,"
          + " p.approval_steps"
          + " FROM school_view s"
          + " LEFT JOIN plan_view p ON p.tenant_id = s.tenant_id AND p.school_id = s.id"
          + "   AND p.school_year = ?"
          + "   AND NOT EXISTS (SELECT 1 FROM plan_view p2 WHERE p2.tenant_id = p.tenant_id"
          + "     AND p2.school_id = p.school_id AND p2.school_year = p.school_year"
          + "     AND (p2.updated_at > p.updated_at"
          + "       OR (p2.updated_at = p.updated_at AND p2.plan_id > p.plan_id)))"
          + " WHERE s.tenant_id = ? AND s.path LIKE ?"
          + " ORDER BY s.name, s.id";

  static final String DEADLINE =
      "SELECT submission_deadline FROM school_year_view WHERE tenant_id = ? AND school_year = ?";

  private final Jdbc jdbc;

  public SubmissionQuery(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  @ReadOnly
  public List<SubmissionRow> schools(
      String schools, String tenantId, String pathPattern, String schoolYear) {
    return jdbc.query(
        SchoolsOfYear.from(SCHOOLS, schools),
        SubmissionQuery::row,
        schoolYear,
        tenantId,
        pathPattern);
  }

  /** The year's submission deadline, if the tenant opened the year with one. */
  @ReadOnly
  public Optional<LocalDate> deadline(String tenantId, String schoolYear) {
    return jdbc
        .query(
            DEADLINE,
            rs -> {
              Date d = rs.getDate("submission_deadline");
              return Optional.ofNullable(d == null ? null : d.toLocalDate());
            },
            tenantId,
            schoolYear)
        .stream()
        .findFirst()
        .flatMap(d -> d);
  }

  private static SubmissionRow row(ResultSet rs) throws SQLException {
    return new SubmissionRow(
        rs.getString("id"),
        rs.getString("code"),
        rs.getString("name"),
        rs.getString("level"),
        rs.getString("org_unit_id"),
        rs.getString("plan_id"),
        rs.getString("plan_status"),
        instant(rs.getTimestamp("first_submitted_at")),
        instant(rs.getTimestamp("approved_at")),
        rs.getString("amendment_status"),
        Jdbc.nullableInt(rs, "approval_step"),
        Jdbc.nullableInt(rs, "approval_steps"));
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}

package vn.eqip.plans.listing.persistence;

import static vn.eqip.plans.shared.jdbc.Sql.bind;
import static vn.eqip.plans.shared.jdbc.Sql.instant;
import static vn.eqip.plans.shared.jdbc.Sql.unchecked;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.eqip.plans.listing.application.PlanListQuery;
import vn.eqip.plans.listing.application.PlanSummaries;
import vn.eqip.plans.listing.application.PlanSummary;
import vn.eqip.plans.plan.domain.DocumentNumber;
import vn.eqip.plans.plan.persistence.ApprovalChainJson;

/**
 * The plan list in SQL: the plan, its school's name and org path (org_unit_view) and its school
 * year's deadline (school_year_view); every statement names the tenant.
 */
@Singleton
public class JdbcPlanSummaries implements PlanSummaries {

  private static final String LATE_SUBMISSION =
      "(y.late_after IS NOT NULL AND COALESCE(p.first_submitted_at, ?) >= y.late_after)";
  private static final String REVIEW_OVERDUE = "(p.status = 'SUBMITTED' AND p.submitted_at < ?)";

  private final JdbcOperations jdbc;
  private final JsonMapper json;

  public JdbcPlanSummaries(JdbcOperations jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  @Override
  public Page find(
      String tenantId,
      Scope scope,
      PlanListQuery query,
      String subtreeFilter,
      Instant now,
      Duration reviewPeriod) {
    Instant reviewCutoff = now.minus(reviewPeriod);
    StringBuilder where = new StringBuilder(" WHERE p.tenant_id = ?");
    List<Object> params = new ArrayList<>();
    params.add(tenantId);
    if (scope instanceof Scope.School s) {
      where.append(" AND p.school_id = ?");
      params.add(s.schoolId());
    } else if (scope instanceof Scope.Subtree s) {
      where.append(" AND o.path LIKE ?");
      params.add(s.pathPattern());
    }
    if (subtreeFilter != null) {
      where.append(" AND o.path LIKE ?");
      params.add(subtreeFilter);
    }
    if (query.schoolYear() != null) {
      where.append(" AND p.school_year = ?");
      params.add(query.schoolYear());
    }
    if (query.status() != null) {
      where.append(" AND p.status = ?");
      params.add(query.status().name());
    }
    if (query.schoolId() != null) {
      where.append(" AND p.school_id = ?");
      params.add(query.schoolId());
    }
    if (query.decider() != null) {
      // the level whose turn it is: the chain's step at approvals_given, or anyone for one level
      where
          .append(" AND p.status = 'SUBMITTED' AND (p.approval_chain_json IS NULL")
          .append(" OR JSON_LENGTH(p.approval_chain_json, '$.steps') = 0")
          .append(" OR JSON_UNQUOTE(JSON_EXTRACT(p.approval_chain_json,")
          .append(" CONCAT('$.steps[', p.approvals_given, '].orgUnitId'))) = ?)");
      params.add(query.decider());
    }
    if (query.late() != null) {
      where
          .append(query.late() ? " AND (" : " AND NOT (")
          .append(LATE_SUBMISSION)
          .append(" OR ")
          .append(REVIEW_OVERDUE)
          .append(")");
      params.add(now);
      params.add(reviewCutoff);
    }
    String from =
        " FROM plan p"
            + " LEFT JOIN org_unit_view o ON o.tenant_id = p.tenant_id AND o.id = p.school_id"
            + " LEFT JOIN school_year_view y ON y.tenant_id = p.tenant_id"
            + " AND y.school_year = p.school_year";
    long total =
        jdbc.prepareStatement(
            "SELECT COUNT(*)" + from + where,
            statement ->
                unchecked(
                    () -> {
                      bind(statement, params.toArray());
                      try (ResultSet rs = statement.executeQuery()) {
                        rs.next();
                        return rs.getLong(1);
                      }
                    }));
    List<Object> selectParams = new ArrayList<>();
    selectParams.add(now);
    selectParams.add(reviewCutoff);
    selectParams.addAll(params);
    selectParams.add(query.size());
    selectParams.add(query.offset());
    List<PlanSummary> items =
        jdbc.prepareStatement(
            "SELECT p.id, p.school_id, o.name AS school_name, p.school_year, p.status, p.revision,"
                + " p.latest_version AS version_no, p.approved_version, p.approval_chain_json,"
                + " p.approvals_given,"
                + " p.document_no, p.document_year, p.document_abbreviation, p.submitted_at,"
                + " p.decided_at, y.submission_deadline, "
                + LATE_SUBMISSION
                + " AS late_submission, "
                + REVIEW_OVERDUE
                + " AS review_overdue"
                + from
                + where
                + " ORDER BY p.school_year DESC, p.submitted_at IS NULL, p.submitted_at, p.id"
                + " LIMIT ? OFFSET ?",
            statement ->
                unchecked(
                    () -> {
                      bind(statement, selectParams.toArray());
                      List<PlanSummary> list = new ArrayList<>();
                      try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                          list.add(summary(rs, reviewPeriod, json));
                        }
                      }
                      return list;
                    }));
    return new Page(items, total, query.page(), query.size());
  }

  private static PlanSummary summary(ResultSet rs, Duration reviewPeriod, JsonMapper json)
      throws SQLException {
    int number = rs.getInt("document_no");
    String documentNumber =
        rs.wasNull()
            ? null
            : new DocumentNumber(
                    number, rs.getInt("document_year"), rs.getString("document_abbreviation"))
                .symbol();
    String status = rs.getString("status");
    Instant submittedAt = instant(rs.getTimestamp("submitted_at"));
    Date deadline = rs.getDate("submission_deadline");
    return new PlanSummary(
        rs.getString("id"),
        rs.getString("school_id"),
        rs.getString("school_name"),
        rs.getString("school_year"),
        status,
        rs.getInt("revision"),
        rs.getInt("version_no"),
        documentNumber,
        submittedAt,
        instant(rs.getTimestamp("decided_at")),
        deadline == null ? null : deadline.toLocalDate(),
        rs.getBoolean("late_submission"),
        "SUBMITTED".equals(status) && submittedAt != null ? submittedAt.plus(reviewPeriod) : null,
        rs.getBoolean("review_overdue"),
        approvedVersion(rs),
        rs.getObject("approved_version") != null && !"APPROVED".equals(status),
        ApprovalChainJson.read(json, rs.getString("approval_chain_json")),
        rs.getInt("approvals_given"));
  }

  private static Integer approvedVersion(ResultSet rs) throws SQLException {
    int version = rs.getInt("approved_version");
    return rs.wasNull() ? null : version;
  }
}

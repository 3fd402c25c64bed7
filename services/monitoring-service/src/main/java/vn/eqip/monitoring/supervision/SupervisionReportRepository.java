package vn.eqip.monitoring.supervision;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;

/**
 * Reports are only ever added, and read by tenant. The hand-written queries name {@code tenant_id}
 * themselves (checked by TenantIsolationIT).
 */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface SupervisionReportRepository extends GenericRepository<SupervisionReport, String> {

  /**
   * Inserts the report unless the school already has one for that year and period.
   *
   * @return 1 if inserted, 0 if a report of the same tenant, school, year and period exists
   */
  @Query(
      "INSERT IGNORE INTO supervision_report (id, tenant_id, school_id, school_year, period,"
          + " findings, recommendations, actions_total, not_started, in_progress, done, paused,"
          + " overdue, due_soon, on_track, no_date, recurring, money_spent, filed_by, filed_at)"
          + " VALUES (:id, :tenantId, :schoolId, :schoolYear, :period, :findings,"
          + " :recommendations, :actionsTotal, :notStarted, :inProgress, :done, :paused, :overdue,"
          + " :dueSoon, :onTrack, :noDate, :recurring, :moneySpent, :filedBy, :filedAt)")
  int insertIfAbsent(
      String id,
      String tenantId,
      String schoolId,
      String schoolYear,
      String period,
      String findings,
      @Nullable String recommendations,
      int actionsTotal,
      int notStarted,
      int inProgress,
      int done,
      int paused,
      int overdue,
      int dueSoon,
      int onTrack,
      int noDate,
      int recurring,
      long moneySpent,
      String filedBy,
      Instant filedAt);

  /** The school's reports, of one school year or (null) of all, newest year first, then filed. */
  @Query(
      "SELECT * FROM supervision_report WHERE tenant_id = :tenantId AND school_id = :schoolId"
          + " AND (:schoolYear IS NULL OR school_year = :schoolYear)"
          + " ORDER BY school_year DESC, filed_at, id")
  List<SupervisionReport> findBySchool(
      String tenantId, String schoolId, @Nullable String schoolYear);
}

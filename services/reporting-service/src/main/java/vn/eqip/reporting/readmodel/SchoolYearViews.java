package vn.eqip.reporting.readmodel;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;

/** Writes school_year_view; every statement names the tenant. */
@Singleton
public class SchoolYearViews {

  private final Jdbc jdbc;

  public SchoolYearViews(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Records a school year's deadline and status. A year once CLOSED stays closed (a late Opened
   * event does not reopen it); a missing deadline keeps the stored one.
   */
  public void upsert(
      String tenantId,
      String schoolYear,
      @Nullable LocalDate deadline,
      @Nullable String progressReportDates,
      String status,
      Instant at) {
    jdbc.update(
        "INSERT INTO school_year_view (tenant_id, school_year, submission_deadline,"
            + " progress_report_dates, status, updated_at) VALUES (?, ?, ?, ?, ?, ?)"
            + " ON DUPLICATE KEY UPDATE"
            + " submission_deadline = COALESCE(VALUES(submission_deadline), submission_deadline),"
            + " progress_report_dates ="
            + "   COALESCE(VALUES(progress_report_dates), progress_report_dates),"
            + " status = IF(status = 'CLOSED', status, VALUES(status)),"
            + " updated_at = GREATEST(updated_at, VALUES(updated_at))",
        tenantId,
        schoolYear,
        deadline == null ? null : Date.valueOf(deadline),
        progressReportDates,
        status,
        at);
  }
}

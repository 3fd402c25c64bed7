package vn.eqip.reporting.readmodel;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Writes school_view (the latest snapshot of each school) and school_unit_history (the org unit and
 * path of every snapshot, for past school years); every statement names the tenant.
 */
@Singleton
public class SchoolViews {

  /** School years start on 1 September, days in Vietnam. */
  public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  static final int SCHOOL_YEAR_FIRST_MONTH = 9;

  private final Jdbc jdbc;

  public SchoolViews(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /** Whether the incoming snapshot is not older than the stored one (MySQL: before updated_at). */
  private static final String NEWER = "VALUES(updated_at) >= updated_at";

  /**
   * Inserts or replaces the tenant's school with a full snapshot, unless the stored snapshot is
   * more recent (events may arrive out of order; {@code at} is when the registry made the change).
   * updated_at is assigned last so that every IF still compares with the stored time.
   */
  public void upsert(String tenantId, SchoolChanged s, Instant at) {
    StringBuilder update = new StringBuilder(" ON DUPLICATE KEY UPDATE ");
    for (String column :
        new String[] {
          "code", "name", "level", "school_type", "org_unit_id", "path", "status", "closed_on"
        }) {
      update
          .append(column)
          .append(" = IF(")
          .append(NEWER)
          .append(", VALUES(")
          .append(column)
          .append("), ")
          .append(column)
          .append("), ");
    }
    update.append("updated_at = GREATEST(updated_at, VALUES(updated_at))");
    jdbc.update(
        "INSERT INTO school_view (tenant_id, id, code, name, level, school_type, org_unit_id, path,"
            + " status, closed_on, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + update,
        tenantId,
        s.id(),
        s.code(),
        s.name(),
        s.level(),
        s.type(),
        s.orgUnitId(),
        s.path(),
        s.status(),
        Payloads.isoDate(s.closedOn()),
        at);
    // the history: one row per snapshot time (two snapshots of the same instant: the greater path
    // wins, whatever their order of arrival)
    jdbc.update(
        "INSERT INTO school_unit_history (tenant_id, school_id, valid_from, school_year_start,"
            + " org_unit_id, path) VALUES (?, ?, ?, ?, ?, ?)"
            + " ON DUPLICATE KEY UPDATE"
            + " org_unit_id = IF(VALUES(path) > path, VALUES(org_unit_id), org_unit_id),"
            + " path = GREATEST(path, VALUES(path))",
        tenantId,
        s.id(),
        at,
        schoolYearStartOf(at),
        s.orgUnitId(),
        s.path());
  }

  /**
   * The school year during which {@code at} falls, as its first calendar year: school years run
   * from 1 September to 31 August, in Vietnam (2025-09-01T00:00+07:00 starts 2025-2026).
   */
  public static int schoolYearStartOf(Instant at) {
    LocalDate day = LocalDate.ofInstant(at, VIETNAM);
    return day.getMonthValue() >= SCHOOL_YEAR_FIRST_MONTH ? day.getYear() : day.getYear() - 1;
  }
}

package vn.eqip.reporting.readmodel;

import jakarta.inject.Singleton;
import java.time.Instant;

/** Writes school_view; every statement names the tenant. */
@Singleton
public class SchoolViews {

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
        new String[] {"code", "name", "level", "school_type", "org_unit_id", "path", "status"}) {
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
            + " status, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
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
        at);
  }
}

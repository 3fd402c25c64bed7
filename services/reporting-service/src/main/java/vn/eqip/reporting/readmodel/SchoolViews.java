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

  /** Inserts or replaces the tenant's school with a full snapshot. */
  public void upsert(String tenantId, SchoolChanged s, Instant at) {
    jdbc.update(
        "INSERT INTO school_view (tenant_id, id, code, name, level, school_type, org_unit_id, path,"
            + " status, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON DUPLICATE KEY UPDATE code = VALUES(code), name = VALUES(name),"
            + " level = VALUES(level), school_type = VALUES(school_type),"
            + " org_unit_id = VALUES(org_unit_id), path = VALUES(path), status = VALUES(status),"
            + " updated_at = VALUES(updated_at)",
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

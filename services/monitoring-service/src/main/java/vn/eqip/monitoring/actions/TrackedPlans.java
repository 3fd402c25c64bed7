package vn.eqip.monitoring.actions;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * The plan revision last applied, per plan ({@code tracked_plan}): an approval of an older revision
 * changes nothing. Called inside the event's transaction; every statement names the tenant.
 */
@Singleton
public class TrackedPlans {

  private final JdbcOperations jdbc;

  public TrackedPlans(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Locks the plan's row until the transaction ends and answers the revision applied; empty for a
   * plan never applied. Two deliveries about the same plan are applied one after the other.
   */
  public Optional<Integer> lockAppliedRevision(String tenantId, String planId) {
    return jdbc.prepareStatement(
        "SELECT revision FROM tracked_plan WHERE tenant_id = ? AND plan_id = ? FOR UPDATE",
        ps -> {
          ps.setString(1, tenantId);
          ps.setString(2, planId);
          try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(rs.getInt(1)) : Optional.<Integer>empty();
          }
        });
  }

  /** Records the revision applied (never lowers it). */
  public void recordApplied(
      String tenantId,
      String planId,
      String schoolId,
      String schoolYear,
      int revision,
      Instant appliedAt) {
    jdbc.prepareStatement(
        "INSERT INTO tracked_plan (tenant_id, plan_id, school_id, school_year, revision,"
            + " applied_at) VALUES (?, ?, ?, ?, ?, ?)"
            + " ON DUPLICATE KEY UPDATE applied_at = IF(VALUES(revision) >= revision,"
            + " VALUES(applied_at), applied_at), revision = GREATEST(revision, VALUES(revision))",
        ps -> {
          ps.setString(1, tenantId);
          ps.setString(2, planId);
          ps.setString(3, schoolId);
          ps.setString(4, schoolYear);
          ps.setInt(5, revision);
          ps.setTimestamp(6, Timestamp.from(appliedAt));
          return ps.executeUpdate();
        });
  }
}

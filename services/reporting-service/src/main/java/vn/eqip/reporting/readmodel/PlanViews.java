package vn.eqip.reporting.readmodel;

import jakarta.inject.Singleton;
import java.time.Instant;

/** Writes plan_view; every statement names the tenant. */
@Singleton
public class PlanViews {

  private final Jdbc jdbc;

  public PlanViews(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Records a plan's status at a revision, unless a later revision is already stored (events may
   * arrive out of order).
   */
  public void apply(
      String tenantId,
      String planId,
      String schoolId,
      String schoolYear,
      String status,
      int revision,
      Instant at) {
    int matched =
        jdbc.update(
            "UPDATE plan_view SET status = ?, revision = ?, updated_at = ?"
                + " WHERE tenant_id = ? AND plan_id = ? AND revision <= ?",
            status,
            revision,
            at,
            tenantId,
            planId,
            revision);
    if (matched == 0) {
      // new plan, or a stale event: insert if absent, else keep the newer row
      jdbc.update(
          "INSERT INTO plan_view (tenant_id, plan_id, school_id, school_year, status, revision,"
              + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
              + " ON DUPLICATE KEY UPDATE tenant_id = tenant_id",
          tenantId,
          planId,
          schoolId,
          schoolYear,
          status,
          revision,
          at);
    }
  }

  /** Keeps the earliest submission time of a plan (events may arrive out of order). */
  public void submittedAt(String tenantId, String planId, Instant at) {
    jdbc.update(
        "UPDATE plan_view SET first_submitted_at = ?"
            + " WHERE tenant_id = ? AND plan_id = ?"
            + " AND (first_submitted_at IS NULL OR first_submitted_at > ?)",
        at,
        tenantId,
        planId,
        at);
  }

  /** Keeps the latest approval time of a plan (events may arrive out of order). */
  public void approvedAt(String tenantId, String planId, Instant at) {
    jdbc.update(
        "UPDATE plan_view SET approved_at = ?"
            + " WHERE tenant_id = ? AND plan_id = ? AND (approved_at IS NULL OR approved_at < ?)",
        at,
        tenantId,
        planId,
        at);
  }
}

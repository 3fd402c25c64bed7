package vn.eqip.reporting.readmodel;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Instant;

/** Writes plan_view; every statement names the tenant. */
@Singleton
public class PlanViews {

  /**
   * A plan's state after one event.
   *
   * @param status the plan's status for reports: APPROVED while an amendment is in progress
   * @param amendmentStatus the status of the amendment in progress (DRAFT, SUBMITTED, RETURNED,
   *     WITHDRAWN), null when there is none
   * @param approvalStep levels of the approval chain that approved the current submission (null:
   *     the event does not say)
   * @param approvalSteps levels of the chain (null: the event does not say)
   * @param approvedVersion the version in force (null: never approved, or not said)
   */
  public record Change(
      String planId,
      String schoolId,
      String schoolYear,
      String status,
      @Nullable String amendmentStatus,
      @Nullable Integer approvalStep,
      @Nullable Integer approvalSteps,
      @Nullable Integer approvedVersion,
      int revision,
      Instant at) {}

  private final Jdbc jdbc;

  public PlanViews(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Records a plan's state at a revision, unless a later revision is already stored (events may
   * arrive out of order).
   */
  public void apply(String tenantId, Change c) {
    int matched =
        jdbc.update(
            "UPDATE plan_view SET status = ?, amendment_status = ?, approval_step = ?,"
                + " approval_steps = ?, approved_version = ?, revision = ?, updated_at = ?"
                + " WHERE tenant_id = ? AND plan_id = ? AND revision <= ?",
            c.status(),
            c.amendmentStatus(),
            c.approvalStep(),
            c.approvalSteps(),
            c.approvedVersion(),
            c.revision(),
            c.at(),
            tenantId,
            c.planId(),
            c.revision());
    if (matched == 0) {
      // new plan, or a stale event: insert if absent, else keep the newer row
      jdbc.update(
          "INSERT INTO plan_view (tenant_id, plan_id, school_id, school_year, status,"
              + " amendment_status, approval_step, approval_steps, approved_version, revision,"
              + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
              + " ON DUPLICATE KEY UPDATE tenant_id = tenant_id",
          tenantId,
          c.planId(),
          c.schoolId(),
          c.schoolYear(),
          c.status(),
          c.amendmentStatus(),
          c.approvalStep(),
          c.approvalSteps(),
          c.approvedVersion(),
          c.revision(),
          c.at());
    }
  }

  /**
   * Claims action_view's plan side for the approval at {@code revision}: true unless an approval of
   * a later revision already put its actions there (then this approval is stale). The plan's row
   * must exist ({@link #apply} first).
   */
  public boolean takeActionsOf(String tenantId, String planId, int revision) {
    return jdbc.update(
            "UPDATE plan_view SET actions_revision = ?"
                + " WHERE tenant_id = ? AND plan_id = ?"
                + " AND (actions_revision IS NULL OR actions_revision <= ?)",
            revision,
            tenantId,
            planId,
            revision)
        > 0;
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

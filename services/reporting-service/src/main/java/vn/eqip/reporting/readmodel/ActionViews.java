package vn.eqip.reporting.readmodel;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;

/**
 * Writes action_view: the plan side (from PlanApproved) and the progress side (from
 * ActionProgressReported) of each action, each order-tolerant on its own. Every statement names the
 * tenant.
 */
@Singleton
public class ActionViews {

  private final Jdbc jdbc;

  public ActionViews(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Records the actions of an approved plan at a revision, unless a later approved revision is
   * already stored; actions an earlier approval had and this one dropped are removed.
   */
  public void approved(
      String tenantId,
      String planId,
      String schoolId,
      String schoolYear,
      int revision,
      List<PlanChanged.Row> rows) {
    Integer stored =
        jdbc.query(
                "SELECT MAX(plan_revision) AS r FROM action_view WHERE tenant_id = ? AND plan_id = ?",
                rs -> Jdbc.nullableInt(rs, "r"),
                tenantId,
                planId)
            .get(0);
    if (stored != null && stored > revision) {
      return;
    }
    for (PlanChanged.Row row : rows) {
      if (row == null || row.actions() == null) {
        continue;
      }
      String code = blankToNull(row.criterionCode());
      for (PlanChanged.Action action : row.actions()) {
        if (action == null || action.actionId() == null || action.actionId().isBlank()) {
          continue;
        }
        jdbc.update(
            "INSERT INTO action_view (tenant_id, action_id, plan_id, school_id, school_year,"
                + " plan_revision, criterion_code, standard_code, budget_vnd)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON DUPLICATE KEY UPDATE plan_id = VALUES(plan_id),"
                + " school_id = VALUES(school_id), school_year = VALUES(school_year),"
                + " plan_revision = VALUES(plan_revision),"
                + " criterion_code = VALUES(criterion_code),"
                + " standard_code = VALUES(standard_code), budget_vnd = VALUES(budget_vnd)",
            tenantId,
            action.actionId(),
            planId,
            schoolId,
            schoolYear,
            revision,
            code,
            standardOf(code),
            action.budgetVnd());
      }
    }
    jdbc.update(
        "DELETE FROM action_view WHERE tenant_id = ? AND plan_id = ? AND plan_revision < ?",
        tenantId,
        planId,
        revision);
  }

  /**
   * Records an action's progress, unless a report made later is already stored. An action not yet
   * known from its plan's approval is kept with its plan and school only.
   */
  public void progress(
      String tenantId,
      String actionId,
      String planId,
      String schoolId,
      String status,
      int percentDone,
      @Nullable Long moneySpent,
      Instant reportedAt) {
    jdbc.update(
        "INSERT INTO action_view (tenant_id, action_id, plan_id, school_id, status, percent_done,"
            + " money_spent, reported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON DUPLICATE KEY UPDATE"
            + " money_spent = IF(reported_at IS NULL OR reported_at <= VALUES(reported_at),"
            + "   VALUES(money_spent), money_spent),"
            + " status = IF(reported_at IS NULL OR reported_at <= VALUES(reported_at),"
            + "   VALUES(status), status),"
            + " percent_done = IF(reported_at IS NULL OR reported_at <= VALUES(reported_at),"
            + "   VALUES(percent_done), percent_done),"
            + " reported_at = IF(reported_at IS NULL OR reported_at <= VALUES(reported_at),"
            + "   VALUES(reported_at), reported_at)",
        tenantId,
        actionId,
        planId,
        schoolId,
        status,
        percentDone,
        moneySpent,
        reportedAt);
  }

  /** The standard of a criterion: the code's first part ("3" of "3.1"). */
  public static String standardOf(@Nullable String criterionCode) {
    if (criterionCode == null) {
      return null;
    }
    int dot = criterionCode.indexOf('.');
    return dot < 0 ? criterionCode : criterionCode.substring(0, dot);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}

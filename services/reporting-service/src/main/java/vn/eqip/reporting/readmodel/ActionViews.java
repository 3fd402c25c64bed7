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

  /** The length of action_view.description; longer descriptions are cut. */
  static final int DESCRIPTION_LENGTH = 1000;

  private final Jdbc jdbc;

  public ActionViews(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Records the actions of the approved plan version at {@code revision}; the caller has checked
   * that no later approval is stored ({@link PlanViews#takeActionsOf}). Actions an earlier approval
   * had and this one has not (removed by an amendment) are kept with their progress and marked
   * removed, so reports count only the actions in force; an action id that comes back is in force
   * again, with its progress.
   */
  public void approved(
      String tenantId,
      String planId,
      String schoolId,
      String schoolYear,
      int revision,
      List<PlanChanged.Row> rows) {
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
                + " plan_revision, criterion_code, standard_code, budget_vnd, description,"
                + " timeline_end, recurring, removed_at_revision)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)"
                + " ON DUPLICATE KEY UPDATE plan_id = VALUES(plan_id),"
                + " school_id = VALUES(school_id), school_year = VALUES(school_year),"
                + " plan_revision = VALUES(plan_revision),"
                + " criterion_code = VALUES(criterion_code),"
                + " standard_code = VALUES(standard_code), budget_vnd = VALUES(budget_vnd),"
                + " description = VALUES(description), timeline_end = VALUES(timeline_end),"
                + " recurring = VALUES(recurring), removed_at_revision = NULL",
            tenantId,
            action.actionId(),
            planId,
            schoolId,
            schoolYear,
            revision,
            code,
            standardOf(code),
            action.budgetVnd(),
            shorten(action.description()),
            Payloads.isoDate(action.timelineEnd()),
            Boolean.TRUE.equals(action.recurring()));
      }
    }
    jdbc.update(
        "UPDATE action_view SET removed_at_revision = ?"
            + " WHERE tenant_id = ? AND plan_id = ? AND plan_revision < ?",
        revision,
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

  private static String shorten(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.strip();
    return t.length() <= DESCRIPTION_LENGTH ? t : t.substring(0, DESCRIPTION_LENGTH - 1) + "…";
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}

package vn.eqip.plans.reminders;

import static vn.eqip.plans.shared.jdbc.Sql.bind;
import static vn.eqip.plans.shared.jdbc.Sql.unchecked;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The reminders already sent, one per (tenant, plan, reviewer, day): {@link #claim} inserts the row
 * first and only the caller that inserted it sends; a failed send {@link #release}s it for the next
 * run.
 */
@Singleton
public class ReviewReminderLedger {

  private final JdbcOperations jdbc;

  public ReviewReminderLedger(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  /** True if this call recorded the reminder; false if it was already sent that day. */
  @Transactional
  public boolean claim(
      String tenantId,
      String planId,
      String reviewerId,
      LocalDate day,
      DueState state,
      LocalDate dueOn,
      Instant at) {
    return jdbc.prepareStatement(
            "INSERT IGNORE INTO review_reminder_sent (tenant_id, plan_id, reviewer_id, day,"
                + " due_state, due_on, sent_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            statement ->
                unchecked(
                    () -> {
                      bind(
                          statement,
                          tenantId,
                          planId,
                          reviewerId,
                          Date.valueOf(day),
                          state.name(),
                          Date.valueOf(dueOn),
                          at);
                      return statement.executeUpdate();
                    }))
        == 1;
  }

  @Transactional
  public void release(String tenantId, String planId, String reviewerId, LocalDate day) {
    jdbc.prepareStatement(
        "DELETE FROM review_reminder_sent WHERE tenant_id = ? AND plan_id = ? AND reviewer_id = ?"
            + " AND day = ?",
        statement ->
            unchecked(
                () -> {
                  bind(statement, tenantId, planId, reviewerId, Date.valueOf(day));
                  return statement.executeUpdate();
                }));
  }
}

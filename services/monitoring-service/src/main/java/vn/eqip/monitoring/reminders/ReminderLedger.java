package vn.eqip.monitoring.reminders;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The reminders already sent, one per (tenant, action, day): {@link #claim} inserts the row first
 * and only the caller that inserted it sends; a failed send {@link #release}s it for a later run.
 */
@Singleton
public class ReminderLedger {

  private final JdbcOperations jdbc;

  public ReminderLedger(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  /** True if this call recorded the reminder; false if it was already sent that day. */
  @Transactional
  public boolean claim(
      String tenantId,
      String actionId,
      LocalDate day,
      String dueState,
      String recipients,
      Instant at) {
    return jdbc.prepareStatement(
            "INSERT IGNORE INTO reminder_sent (tenant_id, action_id, day, due_state, recipients,"
                + " sent_at) VALUES (?, ?, ?, ?, ?, ?)",
            ps -> {
              ps.setString(1, tenantId);
              ps.setString(2, actionId);
              ps.setDate(3, Date.valueOf(day));
              ps.setString(4, dueState);
              ps.setString(
                  5, recipients.length() > 1000 ? recipients.substring(0, 1000) : recipients);
              ps.setTimestamp(6, Timestamp.from(at));
              return ps.executeUpdate();
            })
        == 1;
  }

  @Transactional
  public void release(String tenantId, String actionId, LocalDate day) {
    jdbc.prepareStatement(
        "DELETE FROM reminder_sent WHERE tenant_id = ? AND action_id = ? AND day = ?",
        ps -> {
          ps.setString(1, tenantId);
          ps.setString(2, actionId);
          ps.setDate(3, Date.valueOf(day));
          return ps.executeUpdate();
        });
  }

  /** The tenants that have tracked actions. */
  @ReadOnly
  public List<String> tenants() {
    return jdbc.prepareStatement(
        "SELECT DISTINCT tenant_id FROM tracked_action ORDER BY tenant_id",
        ps -> {
          List<String> tenants = new ArrayList<>();
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              tenants.add(rs.getString(1));
            }
          }
          return tenants;
        });
  }
}

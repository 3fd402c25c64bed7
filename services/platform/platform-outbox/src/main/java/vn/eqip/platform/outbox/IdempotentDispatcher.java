package vn.eqip.platform.outbox;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Applies an event at most once per consumer: records {@code (consumer, eventId)} and runs the
 * handler in one transaction; a second delivery of the same event finds the record and does
 * nothing.
 */
@Singleton
public class IdempotentDispatcher {

  private final JdbcOperations jdbc;
  private final TransactionOperations<Connection> tx;

  public IdempotentDispatcher(JdbcOperations jdbc, TransactionOperations<Connection> tx) {
    this.jdbc = jdbc;
    this.tx = tx;
  }

  /**
   * @return true if the handler ran, false if the event had been applied before
   */
  public boolean dispatch(String consumer, EventEnvelope event, EventHandler handler) {
    return tx.executeWrite(
        status -> {
          if (!markProcessed(consumer, event)) {
            return false;
          }
          handler.handle(event);
          return true;
        });
  }

  private boolean markProcessed(String consumer, EventEnvelope event) {
    return jdbc.prepareStatement(
        "INSERT IGNORE INTO processed_event (consumer, event_id, tenant_id, processed_at)"
            + " VALUES (?, ?, ?, ?)",
        statement -> {
          try {
            statement.setString(1, consumer);
            statement.setString(2, event.eventId());
            statement.setString(3, event.tenantId());
            statement.setTimestamp(4, Timestamp.from(Instant.now()));
            return statement.executeUpdate() == 1;
          } catch (SQLException e) {
            throw new IllegalStateException("Cannot record a processed event", e);
          }
        });
  }
}

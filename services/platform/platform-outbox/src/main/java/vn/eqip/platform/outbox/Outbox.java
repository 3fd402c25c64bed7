package vn.eqip.platform.outbox;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Appends an event to this service's outbox inside the caller's transaction (MANDATORY: an event
 * written outside the transaction of its state change is exactly the bug the outbox prevents).
 */
@Singleton
public class Outbox {

  private final JdbcOperations jdbc;
  private final JsonMapper json;
  private final MessagingConfiguration config;
  private final Clock clock;

  public Outbox(JdbcOperations jdbc, JsonMapper json, MessagingConfiguration config) {
    this.jdbc = jdbc;
    this.json = json;
    this.config = config;
    this.clock = Clock.systemUTC();
  }

  /**
   * @return the new event's id
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public String append(
      String tenantId, String type, int version, String aggregateId, Object payload) {
    String eventId = UUID.randomUUID().toString();
    String body;
    try {
      body = json.writeValueAsString(payload);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot serialise event " + type, e);
    }
    Instant now = clock.instant();
    jdbc.prepareStatement(
        "INSERT INTO outbox_event (event_id, tenant_id, source, event_type, schema_version,"
            + " aggregate_id, payload, occurred_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        statement -> {
          try {
            statement.setString(1, eventId);
            statement.setString(2, tenantId);
            statement.setString(3, config.source());
            statement.setString(4, type);
            statement.setInt(5, version);
            statement.setString(6, aggregateId);
            statement.setString(7, body);
            statement.setTimestamp(8, Timestamp.from(now));
            return statement.executeUpdate();
          } catch (SQLException e) {
            throw new IllegalStateException("Cannot append to the outbox", e);
          }
        });
    return eventId;
  }
}

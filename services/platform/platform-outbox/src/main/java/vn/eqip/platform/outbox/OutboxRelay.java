package vn.eqip.platform.outbox;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import io.micronaut.context.annotation.Requires;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.DefaultTransactionDefinition;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes unpublished outbox rows to RabbitMQ in id order, with publisher confirms, and marks
 * them published in the same transaction that locked them ({@code FOR UPDATE SKIP LOCKED}, so
 * several instances can relay side by side). Delivery is at least once; consumers dedupe.
 */
@Singleton
@Requires(property = "eqip.messaging.relay-enabled", notEquals = "false")
public class OutboxRelay {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);
  static final int BATCH = 100;

  private final JdbcOperations jdbc;
  private final TransactionOperations<Connection> tx;
  private final AmqpConnection amqp;
  private final MessagingConfiguration config;
  private final JsonMapper json;
  private Channel channel;
  private long lastFailureLog;

  public OutboxRelay(
      JdbcOperations jdbc,
      TransactionOperations<Connection> tx,
      AmqpConnection amqp,
      MessagingConfiguration config,
      JsonMapper json) {
    this.json = json;
    this.jdbc = jdbc;
    this.tx = tx;
    this.amqp = amqp;
    this.config = config;
  }

  @Scheduled(fixedDelay = "${eqip.messaging.relay-interval:300ms}", initialDelay = "1s")
  synchronized void relay() {
    try {
      while (publishBatch() == BATCH) {
        // keep draining a backlog
      }
    } catch (RuntimeException e) {
      closeChannel();
      long now = System.currentTimeMillis();
      if (now - lastFailureLog > 30_000) {
        LOG.warn("Outbox relay cannot publish yet, will retry: {}", e.getMessage());
        lastFailureLog = now;
      }
    }
  }

  /**
   * READ COMMITTED: the batch locks only the rows it reads. Under MySQL's default REPEATABLE READ
   * the locking read also locked the gap after the last row, so a service appending several events
   * in one transaction while the relay ran could deadlock with it (seen at start-up, when the
   * registry registers the demo tenants).
   */
  private static final TransactionDefinition BATCH_TRANSACTION = readCommitted();

  private static TransactionDefinition readCommitted() {
    DefaultTransactionDefinition definition = new DefaultTransactionDefinition();
    definition.setIsolationLevel(TransactionDefinition.Isolation.READ_COMMITTED);
    return definition;
  }

  /** Publishes one batch; returns how many events it published. */
  public synchronized int publishBatch() {
    return tx.execute(
        BATCH_TRANSACTION,
        status -> {
          List<Row> rows = lockUnpublished();
          if (rows.isEmpty()) {
            return 0;
          }
          publish(rows);
          markPublished(rows);
          return rows.size();
        });
  }

  private List<Row> lockUnpublished() {
    return jdbc.prepareStatement(
        "SELECT id, event_id, tenant_id, source, event_type, schema_version, aggregate_id, payload,"
            + " occurred_at FROM outbox_event WHERE published_at IS NULL ORDER BY id LIMIT "
            + BATCH
            + " FOR UPDATE SKIP LOCKED",
        statement -> {
          try (ResultSet rs = statement.executeQuery()) {
            List<Row> rows = new ArrayList<>();
            while (rs.next()) {
              rows.add(
                  new Row(
                      rs.getLong(1),
                      rs.getString(2),
                      rs.getString(3),
                      rs.getString(4),
                      rs.getString(5),
                      rs.getInt(6),
                      rs.getString(7),
                      rs.getString(8),
                      rs.getTimestamp(9).toInstant()));
            }
            return rows;
          } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the outbox", e);
          }
        });
  }

  private void publish(List<Row> rows) {
    try {
      Channel ch = channel();
      for (Row row : rows) {
        AMQP.BasicProperties props =
            new AMQP.BasicProperties.Builder()
                .messageId(row.eventId())
                .contentType("application/json")
                .contentEncoding("UTF-8")
                .deliveryMode(2)
                .type(row.type())
                .headers(Map.of("tenantId", row.tenantId()))
                .build();
        ch.basicPublish(
            config.exchange(),
            EventEnvelope.routingKey(row.source(), row.type(), row.version()),
            props,
            json.writeValueAsBytes(row.envelope(json)));
      }
      ch.waitForConfirmsOrDie(TimeUnit.SECONDS.toMillis(10));
    } catch (Exception e) {
      throw new IllegalStateException("Publishing to RabbitMQ failed: " + e.getMessage(), e);
    }
  }

  private void markPublished(List<Row> rows) {
    String ids = rows.stream().map(r -> Long.toString(r.id())).collect(Collectors.joining(","));
    jdbc.prepareStatement(
        "UPDATE outbox_event SET published_at = CURRENT_TIMESTAMP(6) WHERE id IN (" + ids + ")",
        statement -> {
          try {
            return statement.executeUpdate();
          } catch (SQLException e) {
            throw new IllegalStateException("Cannot mark outbox rows published", e);
          }
        });
  }

  private Channel channel() throws java.io.IOException {
    if (channel == null || !channel.isOpen()) {
      channel = amqp.openChannel();
      channel.confirmSelect();
    }
    return channel;
  }

  private void closeChannel() {
    try {
      if (channel != null && channel.isOpen()) {
        channel.close();
      }
    } catch (Exception ignored) {
      // the connection is being recovered or is gone
    }
    channel = null;
  }

  @PreDestroy
  synchronized void stop() {
    closeChannel();
  }

  private record Row(
      long id,
      String eventId,
      String tenantId,
      String source,
      String type,
      int version,
      String aggregateId,
      String payload,
      java.time.Instant occurredAt) {

    EventEnvelope envelope(JsonMapper json) throws java.io.IOException {
      return new EventEnvelope(
          eventId,
          source,
          type,
          version,
          tenantId,
          aggregateId,
          occurredAt,
          json.readValue(payload, JsonNode.class));
    }
  }
}

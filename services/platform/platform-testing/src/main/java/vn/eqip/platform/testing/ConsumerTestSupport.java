package vn.eqip.platform.testing;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import vn.eqip.platform.outbox.EventConsumer;

/**
 * Base of the ITs of a service that consumes events: a queue of this run's own (deleted at the
 * end), the demo org trees of two tenants applied once through the real {@link EventConsumer}, an
 * {@link EventEnvelopes} builder, {@link Db} to read the service's tables and an HTTP client on the
 * service under test.
 *
 * <p>The module using it brings platform-outbox, micronaut-data-jdbc, micronaut-json-core and
 * micronaut-http-client (all optional here, so services without them are not affected).
 */
public abstract class ConsumerTestSupport extends IntegrationTestSupport {

  @Inject
  @Client("/")
  protected HttpClient http;

  @Inject protected EventConsumer consumer;
  @Inject protected JsonMapper json;
  @Inject protected JdbcOperations jdbc;
  @Inject protected TransactionOperations<java.sql.Connection> tx;

  protected EventEnvelopes envelopes;
  protected Db db;
  private boolean registryLoaded;

  /** The queue this service consumes in this test run: {@code eqip.test.<service>.<run>}. */
  protected String queue() {
    return "eqip.test." + serviceName() + "." + RUN_ID;
  }

  @Override
  protected Map<String, String> extraProperties() {
    return Map.of("eqip.messaging.queue", queue());
  }

  /** The registry events applied once before the first test: by default the demo org trees. */
  protected List<byte[]> registryEvents() {
    List<byte[]> events = new ArrayList<>();
    for (DemoOrgTree.Unit unit : DemoOrgTree.units()) {
      events.add(envelopes.orgUnitRegistered(unit));
    }
    return events;
  }

  @BeforeEach
  protected void loadRegistry() throws IOException {
    envelopes = new EventEnvelopes(json);
    db = new Db(jdbc, tx);
    if (!registryLoaded) {
      for (byte[] event : registryEvents()) {
        consumer.apply(event);
      }
      registryLoaded = true;
    }
  }

  @AfterAll
  protected void deleteTestQueues() {
    try (Connection connection = rabbit().newConnection(serviceName() + "-it-cleanup");
        Channel channel = connection.createChannel()) {
      channel.queueDelete(queue());
      channel.queueDelete(queue() + ".dlq");
    } catch (Exception ignored) {
      // best effort: a left-over test queue is harmless
    }
  }

  /** Delivers one event (envelope bytes) through the real consumer, as the broker would. */
  protected boolean apply(byte[] event) throws IOException {
    return consumer.apply(event);
  }

  protected static ConnectionFactory rabbit() throws Exception {
    ConnectionFactory factory = new ConnectionFactory();
    factory.setUri(rabbitUri());
    return factory;
  }
}

package vn.eqip.reporting.testing;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import vn.eqip.platform.outbox.EventConsumer;
import vn.eqip.platform.testing.IntegrationTestSupport;

/**
 * Shared set-up of the reporting ITs: a queue of this run's own, the org trees and schools of two
 * tenants applied through the real consumer, and helpers to call the API.
 */
public abstract class ReportingTestBase extends IntegrationTestSupport {

  protected static final String QUEUE = "eqip.test.reporting." + RUN_ID;
  protected static final String EXCHANGE = "eqip.test." + RUN_ID;

  @Inject
  @Client("/")
  protected HttpClient http;

  @Inject protected EventConsumer consumer;
  @Inject protected JsonMapper json;
  @Inject protected JdbcOperations jdbc;
  @Inject protected TransactionOperations<java.sql.Connection> tx;

  protected Events events;
  protected Db db;
  private boolean registryLoaded;

  @Override
  protected String serviceName() {
    return "reporting";
  }

  @Override
  protected Map<String, String> extraProperties() {
    return Map.of("eqip.messaging.queue", QUEUE);
  }

  @BeforeEach
  void loadRegistry() throws IOException {
    events = new Events(json);
    db = new Db(jdbc, tx);
    if (!registryLoaded) {
      for (DemoOrgTree.Unit unit : DemoOrgTree.units()) {
        consumer.apply(events.orgUnitRegistered(unit));
      }
      for (DemoOrgTree.School school : DemoOrgTree.schools()) {
        consumer.apply(events.schoolRegistered(school));
      }
      registryLoaded = true;
    }
  }

  @AfterAll
  void deleteTestQueues() {
    try (Connection connection = rabbit().newConnection("reporting-it-cleanup");
        Channel channel = connection.createChannel()) {
      channel.queueDelete(QUEUE);
      channel.queueDelete(QUEUE + ".dlq");
    } catch (Exception ignored) {
      // best effort: a left-over test queue is harmless
    }
  }

  protected static ConnectionFactory rabbit() throws Exception {
    ConnectionFactory factory = new ConnectionFactory();
    factory.setUri(rabbitUri());
    return factory;
  }

  protected boolean apply(byte[] event) throws IOException {
    return consumer.apply(event);
  }

  /** Applies a plan's events of the given types in order, revisions 1, 2, …; returns its id. */
  protected String planThrough(String tenant, String schoolId, String year, String... types)
      throws IOException {
    String planId = UUID.randomUUID().toString();
    int revision = 0;
    for (String type : types) {
      apply(events.plan(type, tenant, planId, schoolId, year, ++revision));
    }
    return planId;
  }

  protected Map<String, Object> rollup(String token, String query) {
    return http.toBlocking()
        .retrieve(
            HttpRequest.GET("/api/reports/rollup?" + query).bearerAuth(token),
            Argument.mapOf(String.class, Object.class));
  }

  @SuppressWarnings("unchecked")
  protected static List<Map<String, Object>> items(Map<String, Object> rollup) {
    return (List<Map<String, Object>>) rollup.get("items");
  }

  protected static Map<String, Object> item(Map<String, Object> rollup, String schoolId) {
    return items(rollup).stream()
        .filter(i -> schoolId.equals(i.get("schoolId")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no school " + schoolId + " in " + rollup));
  }

  @SuppressWarnings("unchecked")
  protected static int count(Map<String, Object> rollup, String status) {
    return ((Number) ((Map<String, Object>) rollup.get("plansByStatus")).get(status)).intValue();
  }
}

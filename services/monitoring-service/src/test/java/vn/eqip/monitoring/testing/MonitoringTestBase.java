package vn.eqip.monitoring.testing;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
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
 * Shared set-up of the monitoring ITs: a queue of this run's own, the org trees of two tenants
 * applied through the real consumer, and helpers to call the API.
 */
public abstract class MonitoringTestBase extends IntegrationTestSupport {

  protected static final String QUEUE = "eqip.test.monitoring." + RUN_ID;
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
  private boolean orgTreeLoaded;

  @Override
  protected String serviceName() {
    return "monitoring";
  }

  @Override
  protected Map<String, String> extraProperties() {
    return Map.of("eqip.messaging.queue", QUEUE);
  }

  @BeforeEach
  void loadOrgTree() throws IOException {
    events = new Events(json);
    db = new Db(jdbc, tx);
    if (!orgTreeLoaded) {
      for (DemoOrgTree.Unit unit : DemoOrgTree.units()) {
        consumer.apply(events.orgUnitRegistered(unit));
      }
      orgTreeLoaded = true;
    }
  }

  @AfterAll
  void deleteTestQueues() {
    try (Connection connection = rabbit().newConnection("monitoring-it-cleanup");
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

  /** Applies a PlanApproved event for tenant dienbien through the consumer; returns its bytes. */
  protected byte[] approve(Events.PlanFixture plan) throws IOException {
    return approve(DemoOrgTree.DIENBIEN, plan);
  }

  protected byte[] approve(String tenant, Events.PlanFixture plan) throws IOException {
    byte[] body = events.planApproved(UUID.randomUUID().toString(), tenant, plan);
    consumer.apply(body);
    return body;
  }

  @SuppressWarnings("unchecked")
  protected List<Map<String, Object>> actions(String token, String query) {
    Map<String, Object> body =
        http.toBlocking()
            .retrieve(
                HttpRequest.GET("/api/monitoring/actions?" + query).bearerAuth(token),
                Argument.mapOf(String.class, Object.class));
    return (List<Map<String, Object>>) body.get("items");
  }

  protected HttpResponse<Map> reportProgress(String token, String actionId, Object body) {
    return http.toBlocking()
        .exchange(
            HttpRequest.POST("/api/monitoring/actions/" + actionId + "/progress", body)
                .bearerAuth(token),
            Map.class);
  }

  protected long trackedActionsOfPlan(String planId) {
    return db.count("SELECT COUNT(*) FROM tracked_action WHERE plan_id = ?", planId);
  }
}

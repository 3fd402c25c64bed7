package vn.eqip.monitoring.testing;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import vn.eqip.platform.testing.ConsumerTestSupport;
import vn.eqip.platform.testing.DemoOrgTree;

/**
 * Shared set-up of the monitoring ITs: on top of {@link ConsumerTestSupport} (own queue, demo org
 * trees applied through the real consumer, HTTP client), monitoring's event builders and helpers to
 * call the API.
 */
public abstract class MonitoringTestBase extends ConsumerTestSupport {

  protected Events events;

  @Override
  protected String serviceName() {
    return "monitoring";
  }

  @BeforeEach
  void createEvents() {
    events = new Events(envelopes);
  }

  /** Applies a PlanApproved event for tenant dienbien through the consumer; returns its bytes. */
  protected byte[] approve(Events.PlanFixture plan) throws IOException {
    return approve(DemoOrgTree.DIENBIEN, plan);
  }

  protected byte[] approve(String tenant, Events.PlanFixture plan) throws IOException {
    byte[] body = events.planApproved(UUID.randomUUID().toString(), tenant, plan);
    apply(body);
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

package vn.eqip.monitoring.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
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

  /** Evidence files of this test class go to a temporary directory. */
  protected Path evidenceDir;

  @Override
  protected Map<String, String> extraProperties() {
    Map<String, String> props = new HashMap<>(super.extraProperties());
    try {
      evidenceDir = Files.createTempDirectory("eqip-evidence-it");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    props.put("eqip.evidence.dir", evidenceDir.toString());
    props.putIfAbsent("eqip.reminders.enabled", "false");
    // the 30 MB upload alone takes ~5 s; on a busy shared build machine it went over the client's
    // default 10 s and the test saw a timeout instead of the service's 413
    props.putIfAbsent("micronaut.http.client.read-timeout", "60s");
    return props;
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

  protected HttpResponse<Map> assignLead(String token, String actionId, String username) {
    return http.toBlocking()
        .exchange(
            HttpRequest.PUT(
                    "/api/monitoring/actions/" + actionId + "/lead",
                    username == null ? Map.of() : Map.of("username", username))
                .bearerAuth(token),
            Map.class);
  }

  @SuppressWarnings("unchecked")
  protected Map<String, Object> actionDetail(String token, String actionId) {
    return http.toBlocking()
        .retrieve(
            HttpRequest.GET("/api/monitoring/actions/" + actionId).bearerAuth(token),
            Argument.mapOf(String.class, Object.class));
  }

  protected long trackedActionsOfPlan(String planId) {
    return db.count("SELECT COUNT(*) FROM tracked_action WHERE plan_id = ?", planId);
  }

  protected HttpResponse<Map> fileSupervisionReport(String token, String schoolId, Object body) {
    return http.toBlocking()
        .exchange(
            HttpRequest.POST("/api/monitoring/schools/" + schoolId + "/supervision-reports", body)
                .bearerAuth(token),
            Map.class);
  }

  @SuppressWarnings("unchecked")
  protected List<Map<String, Object>> supervisionReports(
      String token, String schoolId, String query) {
    Map<String, Object> body =
        http.toBlocking()
            .retrieve(
                HttpRequest.GET(
                        "/api/monitoring/schools/"
                            + schoolId
                            + "/supervision-reports"
                            + (query == null ? "" : "?" + query))
                    .bearerAuth(token),
                Argument.mapOf(String.class, Object.class));
    return (List<Map<String, Object>>) body.get("items");
  }

  protected HttpResponse<Map> recordResult(String token, String actionId, Object body) {
    return http.toBlocking()
        .exchange(
            HttpRequest.PUT("/api/monitoring/actions/" + actionId + "/result", body)
                .bearerAuth(token),
            Map.class);
  }

  /** Uploads one evidence file (multipart part {@code file}). */
  protected HttpResponse<Map> uploadEvidence(
      String token, String actionId, String name, byte[] content) {
    MultipartBody body =
        MultipartBody.builder()
            .addPart("file", name, MediaType.APPLICATION_PDF_TYPE, content)
            .build();
    return http.toBlocking()
        .exchange(
            HttpRequest.POST("/api/monitoring/actions/" + actionId + "/evidence", body)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE)
                .bearerAuth(token),
            Map.class);
  }

  /** The status of a call: 200/201 when it succeeds, else the problem+json error status. */
  protected static HttpStatus outcomeOf(Runnable call) {
    try {
      call.run();
      return HttpStatus.OK;
    } catch (HttpClientResponseException e) {
      assertEquals(
          "application/problem+json", e.getResponse().getContentType().orElseThrow().toString());
      return e.getStatus();
    }
  }

  /** The problem+json body of a failed call (fails the test if the call succeeds). */
  protected static Map<String, Object> problemOf(Runnable call) {
    HttpClientResponseException e = assertThrows(HttpClientResponseException.class, call::run);
    assertEquals(
        "application/problem+json", e.getResponse().getContentType().orElseThrow().toString());
    Map<String, Object> body = new HashMap<>();
    e.getResponse().getBody(Map.class).orElseThrow().forEach((k, v) -> body.put(k.toString(), v));
    body.put("httpStatus", e.getStatus().getCode());
    return body;
  }
}

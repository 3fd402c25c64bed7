package vn.eqip.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.eqip.monitoring.testing.Events.aPlanWithTwoRowsAndThreeActions;
import static vn.eqip.platform.testing.DemoOrgTree.HE_MUONG;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.eqip.monitoring.testing.Events;
import vn.eqip.monitoring.testing.MonitoringTestBase;
import vn.eqip.platform.testing.DemoUsers;

/** Approved plans become tracked actions; schools report progress; all on MariaDB and RabbitMQ. */
@MicronautTest(transactional = false)
class MonitoringIT extends MonitoringTestBase {

  @Test
  void every_action_of_an_approved_plan_becomes_a_tracked_action_the_principal_sees()
      throws Exception {
    Events.PlanFixture plan = aPlanWithTwoRowsAndThreeActions(HE_MUONG);
    approve(plan);

    List<Map<String, Object>> items =
        actions(DemoUsers.principalHeMuong(), "planId=" + plan.planId());

    assertEquals(plan.actionIds(), items.stream().map(i -> i.get("id")).toList());
    Map<String, Object> first = items.get(0);
    assertEquals(plan.planId(), first.get("planId"));
    assertEquals(HE_MUONG, first.get("schoolId"));
    assertEquals("1.2", first.get("criterionCode"));
    assertEquals("Kiện toàn tổ chuyên môn", first.get("description"));
    assertEquals("Hiệu trưởng", first.get("lead"));
    assertEquals("Tháng 10/2026 đến tháng 5/2027", first.get("timeline"));
    assertEquals("NOT_STARTED", first.get("status"));
    assertEquals(0, ((Number) first.get("percentDone")).intValue());
    assertEquals("3.1", items.get(2).get("criterionCode"));
  }

  @Test
  void actions_can_also_be_listed_by_school() throws Exception {
    Events.PlanFixture plan = aPlanWithTwoRowsAndThreeActions(HE_MUONG);
    approve(plan);

    List<Map<String, Object>> items = actions(DemoUsers.staffHeMuong(), "schoolId=" + HE_MUONG);

    assertTrue(items.stream().map(i -> i.get("id")).toList().containsAll(plan.actionIds()));
    assertTrue(items.stream().allMatch(i -> HE_MUONG.equals(i.get("schoolId"))));
  }

  @Test
  void a_redelivered_plan_approved_event_is_applied_once() throws Exception {
    Events.PlanFixture plan = aPlanWithTwoRowsAndThreeActions(HE_MUONG);
    String eventId = UUID.randomUUID().toString();
    byte[] body = events.planApproved(eventId, "dienbien", plan);

    assertTrue(consumer.apply(body));
    String actionId = plan.actionIds().get(0);
    reportProgress(
        DemoUsers.principalHeMuong(), actionId, Map.of("status", "IN_PROGRESS", "percentDone", 40));
    assertFalse(consumer.apply(body));

    assertEquals(3, trackedActionsOfPlan(plan.planId()));
    assertEquals(1, db.count("SELECT COUNT(*) FROM processed_event WHERE event_id = ?", eventId));
    assertEquals(
        "IN_PROGRESS", db.string("SELECT status FROM tracked_action WHERE id = ?", actionId));
    assertEquals("40", db.string("SELECT percent_done FROM tracked_action WHERE id = ?", actionId));
  }

  @Test
  void a_re_approval_refreshes_the_texts_and_keeps_the_reported_progress() throws Exception {
    Events.PlanFixture plan = aPlanWithTwoRowsAndThreeActions(HE_MUONG);
    approve(plan);
    String actionId = plan.actionIds().get(1);
    reportProgress(
        DemoUsers.principalHeMuong(), actionId, Map.of("status", "IN_PROGRESS", "percentDone", 60));

    approve(plan.withRevision(7, " (điều chỉnh)"));

    Map<String, Object> action =
        actions(DemoUsers.principalHeMuong(), "planId=" + plan.planId()).get(1);
    assertEquals("Bồi dưỡng tổ trưởng (điều chỉnh)", action.get("description"));
    assertEquals("IN_PROGRESS", action.get("status"));
    assertEquals(60, ((Number) action.get("percentDone")).intValue());
    assertEquals(3, trackedActionsOfPlan(plan.planId()));
  }

  @Test
  void a_late_event_of_an_older_revision_does_not_bring_back_old_texts() throws Exception {
    Events.PlanFixture plan = aPlanWithTwoRowsAndThreeActions(HE_MUONG);
    approve(plan.withRevision(9, " (bản mới)"));

    approve(plan.withRevision(4, " (bản cũ)"));

    Map<String, Object> action =
        actions(DemoUsers.principalHeMuong(), "planId=" + plan.planId()).get(0);
    assertEquals("Kiện toàn tổ chuyên môn (bản mới)", action.get("description"));
  }

  @Test
  void a_plan_approved_on_the_broker_becomes_tracked_actions_within_seconds() throws Exception {
    Events.PlanFixture plan = aPlanWithTwoRowsAndThreeActions(HE_MUONG);
    String eventId = UUID.randomUUID().toString();
    try (Connection connection = rabbit().newConnection("monitoring-it");
        Channel channel = connection.createChannel()) {
      channel.basicPublish(
          EXCHANGE,
          "plans.PlanApproved.v1",
          new AMQP.BasicProperties.Builder()
              .messageId(eventId)
              .contentType("application/json")
              .build(),
          events.planApproved(eventId, "dienbien", plan));
    }

    long deadline = System.currentTimeMillis() + 10_000;
    while (trackedActionsOfPlan(plan.planId()) < 3 && System.currentTimeMillis() < deadline) {
      Thread.sleep(100);
    }

    assertEquals(3, trackedActionsOfPlan(plan.planId()));
    assertEquals(1, db.count("SELECT COUNT(*) FROM processed_event WHERE event_id = ?", eventId));
  }

  @Test
  void reporting_progress_updates_the_action_keeps_the_note_and_writes_one_outbox_event()
      throws Exception {
    Events.PlanFixture plan = aPlanWithTwoRowsAndThreeActions(HE_MUONG);
    approve(plan);
    String actionId = plan.actionIds().get(2);

    HttpResponse<Map> response =
        reportProgress(
            DemoUsers.principalHeMuong(),
            actionId,
            Map.of("status", "IN_PROGRESS", "percentDone", 35, "note", "Đã khảo sát 3 phòng học"));

    assertEquals(HttpStatus.OK, response.getStatus());
    assertEquals("IN_PROGRESS", response.body().get("status"));
    assertEquals(35, ((Number) response.body().get("percentDone")).intValue());
    Map<String, Object> listed =
        actions(DemoUsers.reviewerDienBien(), "planId=" + plan.planId()).get(2);
    assertEquals(35, ((Number) listed.get("percentDone")).intValue());
    assertEquals(
        "Đã khảo sát 3 phòng học",
        db.string("SELECT note FROM progress_note WHERE action_id = ?", actionId));
    assertEquals(
        "principal.hemuong",
        db.string("SELECT author FROM progress_note WHERE action_id = ?", actionId));
    assertEquals(
        1,
        db.count(
            "SELECT COUNT(*) FROM outbox_event WHERE aggregate_id = ? AND tenant_id = 'dienbien'"
                + " AND source = 'monitoring' AND event_type = 'ActionProgressReported'"
                + " AND schema_version = 1",
            actionId));
    String payload = db.string("SELECT payload FROM outbox_event WHERE aggregate_id = ?", actionId);
    Map<?, ?> event = json.readValue(payload, Map.class);
    assertEquals(actionId, event.get("actionId"));
    assertEquals(plan.planId(), event.get("planId"));
    assertEquals(HE_MUONG, event.get("schoolId"));
    assertEquals("IN_PROGRESS", event.get("status"));
    assertEquals(35, ((Number) event.get("percentDone")).intValue());
    assertTrue(event.containsKey("reportedAt"));
  }

  @Test
  void staff_leading_the_action_may_report_progress_and_finish_it() throws Exception {
    Events.PlanFixture plan = aPlanWithTwoRowsAndThreeActions(HE_MUONG);
    approve(plan);
    String actionId = plan.actionIds().get(0);
    assignLead(DemoUsers.principalHeMuong(), actionId, "staff.hemuong");

    HttpResponse<Map> response =
        reportProgress(
            DemoUsers.staffHeMuong(), actionId, Map.of("status", "DONE", "percentDone", 100));

    assertEquals("DONE", response.body().get("status"));
    assertEquals(
        "staff.hemuong",
        db.string("SELECT author FROM progress_note WHERE action_id = ?", actionId));
  }

  @Test
  void a_reviewer_or_dept_admin_of_the_tenant_may_read_but_not_report_progress() throws Exception {
    Events.PlanFixture plan = aPlanWithTwoRowsAndThreeActions(HE_MUONG);
    approve(plan);
    String actionId = plan.actionIds().get(0);

    assertEquals(3, actions(DemoUsers.reviewerDienBien(), "planId=" + plan.planId()).size());
    for (String token : List.of(DemoUsers.reviewerDienBien(), DemoUsers.adminDienBien())) {
      HttpClientResponseException e =
          assertThrows(
              HttpClientResponseException.class,
              () ->
                  reportProgress(
                      token, actionId, Map.of("status", "IN_PROGRESS", "percentDone", 10)));
      assertEquals(HttpStatus.FORBIDDEN, e.getStatus());
      assertProblemJson(e);
    }
    assertNothingReportedOn(actionId);
  }

  @Test
  void a_percent_outside_0_to_100_or_an_unknown_status_is_422_and_nothing_is_written()
      throws Exception {
    Events.PlanFixture plan = aPlanWithTwoRowsAndThreeActions(HE_MUONG);
    approve(plan);
    String actionId = plan.actionIds().get(0);

    for (Map<String, Object> bad :
        List.<Map<String, Object>>of(
            Map.of("status", "IN_PROGRESS", "percentDone", 150),
            Map.of("status", "IN_PROGRESS", "percentDone", -1),
            Map.of("status", "FINISHED", "percentDone", 50),
            Map.of("status", "DONE", "percentDone", 80),
            Map.of("percentDone", 20))) {
      HttpClientResponseException e =
          assertThrows(
              HttpClientResponseException.class,
              () -> reportProgress(DemoUsers.principalHeMuong(), actionId, bad),
              bad.toString());
      assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, e.getStatus(), bad.toString());
      Map<?, ?> problem = assertProblemJson(e);
      assertTrue(problem.get("title").toString().startsWith("Dữ liệu chưa hợp lệ"));
      assertFalse(((List<?>) problem.get("errors")).isEmpty());
    }
    HttpClientResponseException e =
        assertThrows(
            HttpClientResponseException.class,
            () ->
                reportProgress(
                    DemoUsers.principalHeMuong(),
                    actionId,
                    Map.of("status", "DONE", "percentDone", 120)));
    Map<?, ?> problem = assertProblemJson(e);
    assertTrue(problem.get("detail").toString().contains("từ 0 đến 100"));
    assertNothingReportedOn(actionId);
  }

  @Test
  void malformed_json_is_400_problem_json_and_nothing_is_written() throws Exception {
    Events.PlanFixture plan = aPlanWithTwoRowsAndThreeActions(HE_MUONG);
    approve(plan);
    String actionId = plan.actionIds().get(0);

    HttpClientResponseException e =
        assertThrows(
            HttpClientResponseException.class,
            () ->
                http.toBlocking()
                    .exchange(
                        HttpRequest.POST(
                                "/api/monitoring/actions/" + actionId + "/progress",
                                "{\"status\": \"DONE\", \"percentDone\": ")
                            .contentType(MediaType.APPLICATION_JSON_TYPE)
                            .bearerAuth(DemoUsers.principalHeMuong())));

    assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
    assertProblemJson(e);
    assertNothingReportedOn(actionId);
  }

  @Test
  void listing_without_plan_or_school_is_400_problem_json_in_vietnamese() {
    HttpClientResponseException e =
        assertThrows(
            HttpClientResponseException.class,
            () -> actions(DemoUsers.principalHeMuong(), "planId="));

    assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
    Map<?, ?> problem = assertProblemJson(e);
    assertTrue(problem.get("detail").toString().startsWith("Cần chọn kế hoạch hoặc trường"));
  }

  @Test
  void an_unknown_action_is_404_problem_json() {
    HttpClientResponseException e =
        assertThrows(
            HttpClientResponseException.class,
            () ->
                reportProgress(
                    DemoUsers.principalHeMuong(),
                    UUID.randomUUID().toString(),
                    Map.of("status", "IN_PROGRESS", "percentDone", 10)));

    assertEquals(HttpStatus.NOT_FOUND, e.getStatus());
    assertProblemJson(e);
  }

  @Test
  void without_a_token_the_answer_is_401_problem_json() {
    HttpClientResponseException e =
        assertThrows(
            HttpClientResponseException.class,
            () ->
                http.toBlocking()
                    .exchange(HttpRequest.GET("/api/monitoring/actions?schoolId=" + HE_MUONG)));

    assertEquals(HttpStatus.UNAUTHORIZED, e.getStatus());
    assertProblemJson(e);
  }

  @Test
  void health_is_up_and_the_openapi_document_is_served_without_a_token() {
    HttpResponse<Map> health = http.toBlocking().exchange(HttpRequest.GET("/health"), Map.class);
    assertEquals("UP", health.body().get("status"));

    String yaml =
        http.toBlocking()
            .retrieve(HttpRequest.GET("/api/monitoring/openapi/eqip-monitoring-service-0.1.yml"));
    assertTrue(yaml.contains("/api/monitoring/actions/{id}/progress"));
  }

  private Map<?, ?> assertProblemJson(HttpClientResponseException e) {
    assertEquals(
        "application/problem+json", e.getResponse().getContentType().orElseThrow().toString());
    return e.getResponse().getBody(Map.class).orElseThrow();
  }

  private void assertNothingReportedOn(String actionId) {
    assertEquals(
        "NOT_STARTED", db.string("SELECT status FROM tracked_action WHERE id = ?", actionId));
    assertEquals("0", db.string("SELECT percent_done FROM tracked_action WHERE id = ?", actionId));
    assertEquals(0, db.count("SELECT COUNT(*) FROM progress_note WHERE action_id = ?", actionId));
    assertEquals(0, db.count("SELECT COUNT(*) FROM outbox_event WHERE aggregate_id = ?", actionId));
  }
}

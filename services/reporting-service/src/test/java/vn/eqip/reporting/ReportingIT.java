package vn.eqip.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.eqip.platform.testing.DemoOrgTree.DIENBIEN;
import static vn.eqip.platform.testing.DemoOrgTree.HE_MUONG;
import static vn.eqip.platform.testing.DemoOrgTree.HE_MUONG_OFFICE;
import static vn.eqip.platform.testing.DemoOrgTree.MUONG_MUON;
import static vn.eqip.platform.testing.DemoOrgTree.THANH_XUONG;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.eqip.platform.testing.DemoUsers;
import vn.eqip.reporting.testing.Events;
import vn.eqip.reporting.testing.ReportingTestBase;

/**
 * The roll-up, fed only by events (through EventConsumer.apply and once through RabbitMQ). Each
 * test uses a school year of its own so that they do not see each other's plans.
 */
@MicronautTest(transactional = false)
class ReportingIT extends ReportingTestBase {

  static final String HE_MUONG_SUMMARY = "Mức 1: 27/27 · Mức 2: 27/27 · Mức 3: 4/19 · Mức 4: 0/5";

  @Test
  void a_withdrawn_plan_counts_as_withdrawn_not_as_submitted() throws Exception {
    planThrough(DIENBIEN, MUONG_MUON, "2031-2032", "PlanCreated", "PlanSubmitted", "PlanWithdrawn");

    Map<String, Object> rollup = rollup(DemoUsers.reviewerDienBien(), "schoolYear=2031-2032");

    Map<?, ?> byStatus = (Map<?, ?>) rollup.get("plansByStatus");
    assertEquals(1, ((Number) byStatus.get("WITHDRAWN")).intValue(), rollup::toString);
    assertEquals(0, ((Number) byStatus.get("SUBMITTED")).intValue(), rollup::toString);
  }

  @Test
  void the_rollup_counts_plans_by_status_shows_schools_without_a_plan_and_the_baseline()
      throws Exception {
    planThrough(
        DIENBIEN,
        HE_MUONG,
        "2026-2027",
        "PlanCreated",
        "PlanSubmitted",
        "PlanReturned",
        "PlanSubmitted",
        "PlanApproved");
    String thanhXuongPlan =
        planThrough(DIENBIEN, THANH_XUONG, "2026-2027", "PlanCreated", "PlanSubmitted");
    apply(
        events.assessmentFinished(
            DIENBIEN,
            UUID.randomUUID().toString(),
            HE_MUONG,
            "2025-2026",
            "SELF",
            1,
            Events.heMuongProfile(),
            2,
            Instant.parse("2026-05-20T08:00:00Z")));

    Map<String, Object> rollup = rollup(DemoUsers.reviewerDienBien(), "schoolYear=2026-2027");

    assertEquals("2026-2027", rollup.get("schoolYear"));
    assertEquals(3, ((Number) rollup.get("schoolCount")).intValue());
    assertEquals(1, count(rollup, "NONE"));
    assertEquals(0, count(rollup, "DRAFT"));
    assertEquals(1, count(rollup, "SUBMITTED"));
    assertEquals(0, count(rollup, "RETURNED"));
    assertEquals(1, count(rollup, "APPROVED"));
    assertEquals(
        List.of(
            "Trường Mầm non số 1 Mường Mươn",
            "Trường PTDTBT Tiểu học xã Hẹ Muông",
            "Trường THCS xã Thanh Xương"),
        items(rollup).stream().map(i -> i.get("name")).toList());

    Map<String, Object> muongMuon = item(rollup, MUONG_MUON);
    assertEquals("NONE", muongMuon.get("planStatus"));
    assertTrue(muongMuon.containsKey("planId"));
    assertNull(muongMuon.get("planId"));
    assertNull(muongMuon.get("assessment"));
    assertEquals("PRESCHOOL", muongMuon.get("level"));
    assertEquals("11710401", muongMuon.get("code"));

    Map<String, Object> thanhXuong = item(rollup, THANH_XUONG);
    assertEquals(thanhXuongPlan, thanhXuong.get("planId"));
    assertEquals("SUBMITTED", thanhXuong.get("planStatus"));

    Map<String, Object> heMuong = item(rollup, HE_MUONG);
    assertEquals("APPROVED", heMuong.get("planStatus"));
    assertEquals(HE_MUONG_OFFICE, heMuong.get("orgUnitId"));
    Map<?, ?> assessment = (Map<?, ?>) heMuong.get("assessment");
    assertEquals(HE_MUONG_SUMMARY, assessment.get("summaryLine"));
    assertEquals("2025-2026", assessment.get("schoolYear"));
    assertEquals("SELF", assessment.get("kind"));
    assertEquals(2, ((Number) assessment.get("overallLevel")).intValue());
    Map<?, ?> level3 = (Map<?, ?>) ((Map<?, ?>) assessment.get("counts")).get("level3");
    assertEquals(4, ((Number) level3.get("met")).intValue());
    assertEquals(19, ((Number) level3.get("total")).intValue());
  }

  @Test
  void a_late_plan_submitted_of_revision_1_after_plan_approved_of_revision_3_keeps_approved()
      throws Exception {
    String planId = UUID.randomUUID().toString();
    apply(events.plan("PlanApproved", DIENBIEN, planId, THANH_XUONG, "2027-2028", 3));

    apply(events.plan("PlanSubmitted", DIENBIEN, planId, THANH_XUONG, "2027-2028", 1));

    Map<String, Object> rollup = rollup(DemoUsers.reviewerDienBien(), "schoolYear=2027-2028");
    assertEquals("APPROVED", item(rollup, THANH_XUONG).get("planStatus"));
    assertEquals(1, count(rollup, "APPROVED"));
    assertEquals(0, count(rollup, "SUBMITTED"));
    assertEquals(2, count(rollup, "NONE"));
  }

  @Test
  void a_redelivered_event_is_applied_once() throws Exception {
    String planId = UUID.randomUUID().toString();
    byte[] created = events.plan("PlanCreated", DIENBIEN, planId, HE_MUONG, "2028-2029", 1);
    byte[] returned = events.plan("PlanReturned", DIENBIEN, planId, HE_MUONG, "2028-2029", 3);

    assertTrue(apply(created));
    assertTrue(apply(returned));
    assertFalse(apply(created));
    assertFalse(apply(returned));

    String eventId = json.readValue(returned, Map.class).get("eventId").toString();
    assertEquals(1, db.count("SELECT COUNT(*) FROM processed_event WHERE event_id = ?", eventId));
    assertEquals(1, db.count("SELECT COUNT(*) FROM plan_view WHERE plan_id = ?", planId));
    assertEquals("3", db.string("SELECT revision FROM plan_view WHERE plan_id = ?", planId));
    Map<String, Object> rollup = rollup(DemoUsers.reviewerDienBien(), "schoolYear=2028-2029");
    assertEquals("RETURNED", item(rollup, HE_MUONG).get("planStatus"));
    assertEquals(1, count(rollup, "RETURNED"));
  }

  @Test
  void a_plan_created_on_the_broker_shows_in_the_rollup_within_seconds() throws Exception {
    String planId = UUID.randomUUID().toString();
    byte[] body = events.plan("PlanCreated", DIENBIEN, planId, MUONG_MUON, "2029-2030", 1);
    try (Connection connection = rabbit().newConnection("reporting-it");
        Channel channel = connection.createChannel()) {
      channel.basicPublish(
          EXCHANGE,
          "plans.PlanCreated.v1",
          new AMQP.BasicProperties.Builder().contentType("application/json").build(),
          body);
    }

    long deadline = System.currentTimeMillis() + 10_000;
    Map<String, Object> rollup = rollup(DemoUsers.reviewerDienBien(), "schoolYear=2029-2030");
    while (count(rollup, "DRAFT") == 0 && System.currentTimeMillis() < deadline) {
      Thread.sleep(100);
      rollup = rollup(DemoUsers.reviewerDienBien(), "schoolYear=2029-2030");
    }

    assertEquals(planId, item(rollup, MUONG_MUON).get("planId"));
    assertEquals("DRAFT", item(rollup, MUONG_MUON).get("planStatus"));
  }

  @Test
  void the_baseline_is_the_latest_self_assessment_up_to_the_year_in_its_latest_version()
      throws Exception {
    String assessmentId = UUID.randomUUID().toString();
    Instant finished = Instant.parse("2026-05-01T00:00:00Z");
    int[][] v1 = {{20, 28}, {10, 28}, {0, 19}, {0, 6}};
    int[][] v2 = {{28, 28}, {25, 28}, {3, 19}, {0, 6}};
    apply(
        events.assessmentFinished(
            DIENBIEN, assessmentId, THANH_XUONG, "2025-2026", "SELF", 1, v1, 0, finished));
    apply(
        events.assessmentFinished(
            DIENBIEN,
            assessmentId,
            THANH_XUONG,
            "2025-2026",
            "SELF",
            2,
            v2,
            1,
            finished.plus(1, ChronoUnit.DAYS)));
    apply(
        events.assessmentFinished(
            DIENBIEN, assessmentId, THANH_XUONG, "2025-2026", "SELF", 1, v1, 0, finished));
    apply(
        events.assessmentFinished(
            DIENBIEN,
            UUID.randomUUID().toString(),
            THANH_XUONG,
            "2026-2027",
            "EXTERNAL",
            1,
            v1,
            0,
            finished.plus(30, ChronoUnit.DAYS)));
    apply(
        events.assessmentFinished(
            DIENBIEN,
            UUID.randomUUID().toString(),
            THANH_XUONG,
            "2030-2031",
            "SELF",
            1,
            v1,
            0,
            Instant.parse("2031-05-01T00:00:00Z")));

    Map<?, ?> baseline =
        (Map<?, ?>)
            item(rollup(DemoUsers.reviewerDienBien(), "schoolYear=2026-2027"), THANH_XUONG)
                .get("assessment");
    assertEquals("2025-2026", baseline.get("schoolYear"));
    assertEquals("SELF", baseline.get("kind"));
    assertEquals(
        "Mức 1: 28/28 · Mức 2: 25/28 · Mức 3: 3/19 · Mức 4: 0/6", baseline.get("summaryLine"));

    Map<?, ?> later =
        (Map<?, ?>)
            item(rollup(DemoUsers.reviewerDienBien(), "schoolYear=2031-2032"), THANH_XUONG)
                .get("assessment");
    assertEquals("2030-2031", later.get("schoolYear"));
    assertEquals(
        1,
        db.count(
            "SELECT COUNT(*) FROM assessment_view WHERE school_id = ? AND school_year = '2025-2026'",
            THANH_XUONG));
  }

  @Test
  void an_org_unit_inside_the_scope_narrows_the_rollup_to_its_subtree() {
    Map<String, Object> rollup =
        rollup(DemoUsers.reviewerDienBien(), "schoolYear=2026-2027&orgUnitId=" + HE_MUONG_OFFICE);

    assertEquals(HE_MUONG_OFFICE, rollup.get("orgUnitId"));
    assertEquals(List.of(HE_MUONG), items(rollup).stream().map(i -> i.get("schoolId")).toList());
    assertEquals(1, ((Number) rollup.get("schoolCount")).intValue());
  }

  @Test
  void a_principal_sees_only_their_school() {
    Map<String, Object> rollup = rollup(DemoUsers.principalHeMuong(), "schoolYear=2026-2027");

    assertEquals(List.of(HE_MUONG), items(rollup).stream().map(i -> i.get("schoolId")).toList());
    assertEquals(HE_MUONG, rollup.get("orgUnitId"));
  }

  @Test
  void a_missing_or_malformed_school_year_is_400_problem_json_in_vietnamese() {
    for (String query :
        List.of(
            "",
            "schoolYear=",
            "schoolYear=2026-2028",
            "schoolYear=2026/2027",
            "schoolYear=abcd-efgh",
            "schoolYear=2027-2026")) {
      HttpClientResponseException e =
          assertThrows(
              HttpClientResponseException.class,
              () -> rollup(DemoUsers.reviewerDienBien(), query),
              query);
      assertEquals(HttpStatus.BAD_REQUEST, e.getStatus(), query);
      assertEquals(
          "application/problem+json", e.getResponse().getContentType().orElseThrow().toString());
      Map<?, ?> problem = e.getResponse().getBody(Map.class).orElseThrow();
      assertTrue(problem.get("detail").toString().startsWith("Năm học không hợp lệ"), query);
    }
  }

  @Test
  void without_a_token_the_answer_is_401_problem_json() {
    HttpClientResponseException e =
        assertThrows(
            HttpClientResponseException.class,
            () ->
                http.toBlocking()
                    .exchange(HttpRequest.GET("/api/reports/rollup?schoolYear=2026-2027")));

    assertEquals(HttpStatus.UNAUTHORIZED, e.getStatus());
    assertEquals(
        "application/problem+json", e.getResponse().getContentType().orElseThrow().toString());
  }

  @Test
  void health_is_up_and_the_openapi_document_is_served_without_a_token() {
    HttpResponse<Map> health = http.toBlocking().exchange(HttpRequest.GET("/health"), Map.class);
    assertEquals("UP", health.body().get("status"));

    String yaml =
        http.toBlocking()
            .retrieve(HttpRequest.GET("/api/reports/openapi/eqip-reporting-service-0.1.yml"));
    assertTrue(yaml.contains("/api/reports/rollup"));
  }
}

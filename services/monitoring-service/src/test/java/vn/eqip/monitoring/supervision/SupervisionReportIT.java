package vn.eqip.monitoring.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.eqip.platform.testing.DemoOrgTree.HE_MUONG;
import static vn.eqip.platform.testing.DemoOrgTree.THANH_XUONG;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.eqip.monitoring.testing.Events;
import vn.eqip.monitoring.testing.MonitoringTestBase;
import vn.eqip.platform.testing.DemoUsers;

/**
 * Supervision reports (Tổ giám sát): filed by the school's principal or staff with a summary of the
 * school's tracked actions of that year taken at filing time; one per school, year and period.
 * "Today" is fixed at 2026-11-20 in Việt Nam. Each test uses school years of its own.
 */
@MicronautTest(transactional = false)
class SupervisionReportIT extends MonitoringTestBase {

  static final Instant NOW = Instant.parse("2026-11-20T03:00:00Z");

  @MockBean(Clock.class)
  Clock fixedClock() {
    return Clock.fixed(NOW, ZoneOffset.UTC);
  }

  private static Map<String, Object> report(String schoolYear, String period) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("schoolYear", schoolYear);
    body.put("period", period);
    body.put("findings", "Tổ chuyên môn thực hiện đúng tiến độ; phòng học chưa sửa xong.");
    body.put("recommendations", "Đẩy nhanh sửa chữa phòng học trước tháng 12.");
    return body;
  }

  @SafeVarargs
  private Events.PlanFixture aPlan(
      String schoolId, String schoolYear, Map<String, Object>... extras) throws Exception {
    List<Events.ActionFixture> actions =
        java.util.Arrays.stream(extras)
            .map(e -> new Events.ActionFixture(UUID.randomUUID().toString(), "Công việc", e))
            .toList();
    Events.PlanFixture plan =
        new Events.PlanFixture(
            UUID.randomUUID().toString(),
            schoolId,
            schoolYear,
            1,
            List.of(new Events.RowFixture(UUID.randomUUID().toString(), "1.1", actions)));
    approve(plan);
    return plan;
  }

  @Test
  @SuppressWarnings("unchecked")
  void a_filed_report_carries_the_summary_of_the_schools_actions_of_that_year() throws Exception {
    Events.PlanFixture plan =
        aPlan(
            HE_MUONG,
            "2031-2032",
            Map.of("timelineEnd", "2026-11-01"),
            Map.of("timelineEnd", "2026-11-30"),
            Map.of("timelineEnd", "2027-05-31"),
            Map.of(),
            Map.of("timelineEnd", "2026-10-01"));
    List<String> ids = plan.actionIds();
    reportProgress(
        DemoUsers.principalHeMuong(),
        ids.get(2),
        Map.of("status", "IN_PROGRESS", "percentDone", 40, "moneySpent", 1_500_000));
    reportProgress(
        DemoUsers.principalHeMuong(),
        ids.get(4),
        Map.of("status", "DONE", "percentDone", 100, "moneySpent", 2_000_000));
    aPlan(HE_MUONG, "2030-2031", Map.of("timelineEnd", "2026-11-01"));
    aPlan(THANH_XUONG, "2031-2032", Map.of("timelineEnd", "2026-11-01"));

    HttpResponse<Map> response =
        fileSupervisionReport(DemoUsers.staffHeMuong(), HE_MUONG, report("2031-2032", "HK1"));

    assertEquals(HttpStatus.CREATED, response.getStatus());
    Map<String, Object> body = response.body();
    assertEquals(HE_MUONG, body.get("schoolId"));
    assertEquals("HK1", body.get("period"));
    assertEquals("staff.hemuong", body.get("filedBy"));
    Map<String, Object> summary = (Map<String, Object>) body.get("summary");
    assertEquals(5, ((Number) summary.get("actionsTotal")).intValue());
    assertEquals(3_500_000L, ((Number) summary.get("moneySpent")).longValue());
    assertEquals(
        Map.of("NOT_STARTED", 3, "IN_PROGRESS", 1, "DONE", 1, "PAUSED", 0),
        ints((Map<String, Object>) summary.get("byStatus")));
    assertEquals(
        Map.of("OVERDUE", 1, "DUE_SOON", 1, "ON_TRACK", 2, "NO_DATE", 1, "RECURRING", 0),
        ints((Map<String, Object>) summary.get("byDueState")));

    // the summary is the one taken when filing: later progress does not change it
    reportProgress(
        DemoUsers.principalHeMuong(), ids.get(0), Map.of("status", "DONE", "percentDone", 100));
    List<Map<String, Object>> listed =
        supervisionReports(DemoUsers.reviewerDienBien(), HE_MUONG, "schoolYear=2031-2032");
    assertEquals(1, listed.size());
    Map<String, Object> listedSummary = (Map<String, Object>) listed.get(0).get("summary");
    assertEquals(
        1, ((Number) ((Map<?, ?>) listedSummary.get("byDueState")).get("OVERDUE")).intValue());
    assertEquals(
        "Đẩy nhanh sửa chữa phòng học trước tháng 12.", listed.get(0).get("recommendations"));
  }

  @Test
  void filing_writes_the_report_and_one_supervision_report_filed_event() throws Exception {
    Map<?, ?> body =
        fileSupervisionReport(
                DemoUsers.principalHeMuong(), HE_MUONG, report("2032-2033", "2032-10"))
            .body();
    String id = body.get("id").toString();

    assertEquals(
        1,
        db.count(
            "SELECT COUNT(*) FROM outbox_event WHERE aggregate_id = ? AND tenant_id = 'dienbien'"
                + " AND source = 'monitoring' AND event_type = 'SupervisionReportFiled'"
                + " AND schema_version = 1",
            id));
    Map<?, ?> event =
        json.readValue(
            db.string("SELECT payload FROM outbox_event WHERE aggregate_id = ?", id), Map.class);
    assertEquals(id, event.get("reportId"));
    assertEquals(HE_MUONG, event.get("schoolId"));
    assertEquals("2032-2033", event.get("schoolYear"));
    assertEquals("2032-10", event.get("period"));
    assertEquals("principal.hemuong", event.get("filedBy"));
    assertEquals(0, ((Number) ((Map<?, ?>) event.get("summary")).get("actionsTotal")).intValue());
    assertEquals(
        "principal.hemuong", db.string("SELECT filed_by FROM supervision_report WHERE id = ?", id));
  }

  @Test
  void a_second_report_for_the_same_period_is_a_409_and_writes_nothing() throws Exception {
    fileSupervisionReport(DemoUsers.principalHeMuong(), HE_MUONG, report("2033-2034", "HK2"));

    Map<String, Object> problem =
        problemOf(
            () ->
                fileSupervisionReport(
                    DemoUsers.staffHeMuong(), HE_MUONG, report("2033-2034", "HK2")));

    assertEquals(409, problem.get("httpStatus"));
    assertTrue(problem.get("detail").toString().contains("đã có báo cáo giám sát kỳ HK2"));
    assertEquals(
        1,
        db.count(
            "SELECT COUNT(*) FROM supervision_report WHERE school_year = '2033-2034'"
                + " AND period = 'HK2'"));
    assertEquals(
        1,
        db.count(
            "SELECT COUNT(*) FROM outbox_event WHERE event_type = 'SupervisionReportFiled'"
                + " AND payload LIKE '%2033-2034%'"));
    // another period, or the same period of another school, is fine
    assertEquals(
        HttpStatus.CREATED,
        fileSupervisionReport(DemoUsers.principalHeMuong(), HE_MUONG, report("2033-2034", "HK1"))
            .getStatus());
    assertEquals(
        HttpStatus.CREATED,
        fileSupervisionReport(
                DemoUsers.principalThanhXuong(), THANH_XUONG, report("2033-2034", "HK2"))
            .getStatus());
  }

  @Test
  void only_the_principal_and_staff_of_the_school_may_file() throws Exception {
    Map<String, HttpStatus> expected = new LinkedHashMap<>();
    expected.put(DemoUsers.principalHeMuong(), HttpStatus.OK);
    expected.put(DemoUsers.staffHeMuong(), HttpStatus.OK);
    expected.put(DemoUsers.reviewerDienBien(), HttpStatus.FORBIDDEN);
    expected.put(DemoUsers.adminDienBien(), HttpStatus.FORBIDDEN);
    expected.put(DemoUsers.principalThanhXuong(), HttpStatus.NOT_FOUND);
    expected.put(DemoUsers.reviewerThanhXuongOffice(), HttpStatus.NOT_FOUND);
    expected.put(DemoUsers.reviewerHcm(), HttpStatus.NOT_FOUND);
    expected.put(DemoUsers.principalDinhPhuoc(), HttpStatus.NOT_FOUND);

    int month = 1;
    int allowed = 0;
    for (Map.Entry<String, HttpStatus> e : expected.entrySet()) {
      String period = "2035-0" + month++;
      HttpStatus status =
          outcomeOf(() -> fileSupervisionReport(e.getKey(), HE_MUONG, report("2034-2035", period)));
      assertEquals(e.getValue(), status, period);
      if (status == HttpStatus.OK) {
        allowed++;
      }
    }
    assertEquals(2, allowed);
    assertEquals(
        2, db.count("SELECT COUNT(*) FROM supervision_report WHERE school_year = '2034-2035'"));
  }

  @Test
  void invalid_reports_get_a_vietnamese_422_naming_each_field_and_write_nothing() throws Exception {
    Map<String, Object> noFindings = report("2036-2037", "HK1");
    noFindings.put("findings", "  ");
    Map<String, Object> monthOutsideTheYear = report("2036-2037", "2038-01");
    Map<String, Object> badPeriod = report("2036-2037", "HK3");
    Map<String, Object> badYear = report("2036-2038", "HK1");
    Map<String, Object> tooLong = report("2036-2037", "HK1");
    tooLong.put("findings", "x".repeat(SupervisionFiling.TEXT_MAX + 1));

    Map<Map<String, Object>, String> cases = new LinkedHashMap<>();
    cases.put(noFindings, "findings");
    cases.put(monthOutsideTheYear, "period");
    cases.put(badPeriod, "period");
    cases.put(badYear, "schoolYear");
    cases.put(tooLong, "findings");
    for (Map.Entry<Map<String, Object>, String> c : cases.entrySet()) {
      Map<String, Object> problem =
          problemOf(
              () -> fileSupervisionReport(DemoUsers.principalHeMuong(), HE_MUONG, c.getKey()));
      assertEquals(422, problem.get("httpStatus"), c.getValue());
      assertTrue(problem.get("detail").toString().startsWith("Báo cáo giám sát chưa hợp lệ"));
      assertEquals(
          List.of(c.getValue()),
          ((List<?>) problem.get("errors"))
              .stream().map(f -> ((Map<?, ?>) f).get("field")).toList());
    }
    assertEquals(
        0, db.count("SELECT COUNT(*) FROM supervision_report WHERE school_year LIKE '2036-%'"));
  }

  @Test
  void the_list_is_for_anyone_who_may_see_the_school_and_filters_by_school_year() throws Exception {
    fileSupervisionReport(DemoUsers.principalHeMuong(), HE_MUONG, report("2037-2038", "HK1"));
    fileSupervisionReport(DemoUsers.principalHeMuong(), HE_MUONG, report("2037-2038", "2038-03"));
    fileSupervisionReport(DemoUsers.principalHeMuong(), HE_MUONG, report("2038-2039", "HK1"));

    // the clock is fixed: both were filed at the same instant, so their order is not asserted
    assertEquals(
        java.util.Set.of("HK1", "2038-03"),
        supervisionReports(DemoUsers.reviewerDienBien(), HE_MUONG, "schoolYear=2037-2038").stream()
            .map(r -> r.get("period"))
            .collect(java.util.stream.Collectors.toSet()));
    assertEquals(
        2, supervisionReports(DemoUsers.staffHeMuong(), HE_MUONG, "schoolYear=2037-2038").size());
    List<Map<String, Object>> all =
        supervisionReports(DemoUsers.principalHeMuong(), HE_MUONG, null);
    assertTrue(all.size() >= 3);
    assertEquals("2038-2039", all.get(0).get("schoolYear"));
    for (String outsider :
        List.of(
            DemoUsers.principalThanhXuong(),
            DemoUsers.reviewerThanhXuongOffice(),
            DemoUsers.reviewerHcm(),
            DemoUsers.principalDinhPhuoc())) {
      assertEquals(
          HttpStatus.NOT_FOUND,
          outcomeOf(() -> supervisionReports(outsider, HE_MUONG, "schoolYear=2037-2038")));
    }
  }

  private static Map<String, Integer> ints(Map<String, Object> counts) {
    Map<String, Integer> out = new LinkedHashMap<>();
    counts.forEach((k, v) -> out.put(k, ((Number) v).intValue()));
    return out;
  }
}

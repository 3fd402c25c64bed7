package vn.eqip.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static vn.eqip.platform.testing.DemoOrgTree.DIENBIEN;
import static vn.eqip.platform.testing.DemoOrgTree.DINH_PHUOC;
import static vn.eqip.platform.testing.DemoOrgTree.HCM;
import static vn.eqip.platform.testing.DemoOrgTree.HE_MUONG;
import static vn.eqip.platform.testing.DemoOrgTree.HE_MUONG_OFFICE;
import static vn.eqip.platform.testing.DemoOrgTree.MN_QUAN10;
import static vn.eqip.platform.testing.DemoOrgTree.MUONG_MUON;
import static vn.eqip.platform.testing.DemoOrgTree.THANH_XUONG;

import io.micronaut.core.type.Argument;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.eqip.platform.testing.DemoOrgTree;
import vn.eqip.platform.testing.DemoUsers;
import vn.eqip.platform.testing.EventEnvelopes;
import vn.eqip.reporting.testing.Events;
import vn.eqip.reporting.testing.ReportingTestBase;

/**
 * Rebuild by replay: the read models emptied and the same events applied again, in another order
 * and with redeliveries, give exactly the answers the incremental run gave (README, "Rebuilding the
 * read models").
 */
@MicronautTest(transactional = false)
class ReplayIT extends ReportingTestBase {

  static final String YEAR = "2026-2027";
  static final String TT17 = "TT17-2018-TH";
  static final String PAST = "2024-2025";
  static final String RENAMED = "Trường THCS xã Thanh Xương (sau sáp nhập)";
  static final List<String> READ_MODELS =
      List.of(
          "school_view",
          "plan_view",
          "assessment_view",
          "assessment_criterion_view",
          "org_unit_view",
          "school_year_view",
          "action_view",
          "school_unit_history",
          "processed_event");

  /** The history of both tenants: plans, assessments in several versions, a moved school. */
  private List<byte[]> history() throws Exception {
    List<byte[]> events = new ArrayList<>();
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    events.add(schoolUpdated(THANH_XUONG, "Tên cũ", null, now.plusSeconds(60)));
    events.add(schoolUpdated(THANH_XUONG, RENAMED, HE_MUONG_OFFICE, now.plusSeconds(3600)));
    events.addAll(
        plan(
            DIENBIEN,
            HE_MUONG,
            "PlanCreated",
            "PlanSubmitted",
            "PlanReturned",
            "PlanSubmitted",
            "PlanApproved"));
    events.addAll(plan(DIENBIEN, THANH_XUONG, "PlanCreated", "PlanSubmitted", "PlanReturned"));
    events.addAll(plan(HCM, DINH_PHUOC, "PlanCreated", "PlanSubmitted"));
    String a = UUID.randomUUID().toString();
    Instant t = Instant.parse("2026-05-20T08:00:00Z");
    events.add(assessment(HE_MUONG, a, "2025-2026", 1, 1, t, Map.of("1.1", 1, "1.2", 0)));
    events.add(
        assessment(HE_MUONG, a, "2025-2026", 2, 2, t.plusSeconds(60), Map.of("1.1", 2, "1.2", 2)));
    String b = UUID.randomUUID().toString();
    events.add(
        assessment(HE_MUONG, b, YEAR, 1, 2, t.plusSeconds(86400), Map.of("1.1", 3, "1.2", 1)));
    events.add(
        assessment(HE_MUONG, b, YEAR, 2, 3, t.plusSeconds(90000), Map.of("1.1", 3, "1.2", 3)));
    events.add(
        assessment(
            THANH_XUONG,
            UUID.randomUUID().toString(),
            YEAR,
            1,
            1,
            t,
            Map.of("1.1", 0, "1.2", 1, "2.1", 1)));
    events.add(
        assessment(
            THANH_XUONG,
            UUID.randomUUID().toString(),
            YEAR,
            1,
            2,
            t.plusSeconds(7200),
            Map.of("1.1", 2, "1.2", 1)));
    events.addAll(submissionsAndProgress());
    events.addAll(amendments());
    return events;
  }

  /**
   * Mầm non Quận 10 (HCM): a plan approved with actions A and B (progress on both), amended and
   * approved again with A and C (B removed, its progress kept but not counted), then a second
   * amendment in progress, with a stale first approval and a two-level chain.
   */
  private List<byte[]> amendments() {
    List<byte[]> events = new ArrayList<>();
    String plan = UUID.randomUUID().toString();
    String a = UUID.randomUUID().toString();
    String b = UUID.randomUUID().toString();
    String c = UUID.randomUUID().toString();
    Instant t = Instant.parse("2026-10-01T02:00:00Z");
    events.add(amendment("PlanSubmitted", plan, 1, t, null, null, 0, 2));
    events.add(amendment("PlanApprovalStepPassed", plan, 2, t.plusSeconds(3600), null, null, 1, 2));
    events.add(
        amendment(
            "PlanApproved",
            plan,
            3,
            t.plusSeconds(7200),
            List.of(
                Events.rowOf(
                    "1.1",
                    List.of(
                        Events.action(a, 1_000_000L, "2026-12-31"),
                        Events.action(b, 2_000_000L, "2020-12-31")))),
            false,
            2));
    events.add(
        this.events.progress(
            HCM, a, plan, MN_QUAN10, "IN_PROGRESS", 20, 100_000, t.plusSeconds(86400)));
    events.add(
        this.events.progress(
            HCM, b, plan, MN_QUAN10, "IN_PROGRESS", 60, 500_000, t.plusSeconds(86400)));
    events.add(
        amendment("PlanAmendmentStarted", plan, 4, t.plusSeconds(90000), null, true, null, null));
    events.add(
        amendment(
            "PlanApproved",
            plan,
            5,
            t.plusSeconds(180000),
            List.of(
                Events.rowOf(
                    "1.1",
                    List.of(
                        Events.action(a, 1_000_000L, "2026-12-31"),
                        Events.action(c, 300_000L, "2020-01-31")))),
            false,
            2));
    events.add(
        amendment("PlanAmendmentStarted", plan, 6, t.plusSeconds(270000), null, true, null, null));
    events.add(amendment("PlanSubmitted", plan, 7, t.plusSeconds(280000), null, true, 0, 2));
    return events;
  }

  private byte[] amendment(
      String type,
      String plan,
      int revision,
      Instant at,
      List<Map<String, Object>> rows,
      Boolean amendment,
      Integer step,
      Integer steps) {
    return events.plan(
        type, HCM, plan, MN_QUAN10, YEAR, revision, at, rows, amendment, null, step, steps);
  }

  private byte[] amendment(
      String type,
      String plan,
      int revision,
      Instant at,
      List<Map<String, Object>> rows,
      Boolean amendment,
      int steps) {
    return amendment(type, plan, revision, at, rows, amendment, steps, steps);
  }

  /**
   * The year's deadline (opened, then closed), and Mường Mươn's plan approved with two actions
   * whose progress is reported twice.
   */
  private List<byte[]> submissionsAndProgress() {
    List<byte[]> events = new ArrayList<>();
    events.add(this.events.schoolYear("SchoolYearOpened", DIENBIEN, YEAR, "2026-10-15"));
    events.add(this.events.schoolYear("SchoolYearClosed", DIENBIEN, YEAR, "2026-10-15"));
    String plan = UUID.randomUUID().toString();
    String done = UUID.randomUUID().toString();
    Map<String, Long> actions = new LinkedHashMap<>();
    actions.put(done, 3_000_000L);
    actions.put(UUID.randomUUID().toString(), null);
    Instant t = Instant.parse("2026-10-10T02:00:00Z");
    events.add(this.events.plan("PlanSubmitted", DIENBIEN, plan, MUONG_MUON, YEAR, 1, t, null));
    events.add(
        this.events.plan(
            "PlanApproved",
            DIENBIEN,
            plan,
            MUONG_MUON,
            YEAR,
            2,
            t.plusSeconds(86400),
            List.of(Events.row("2.1", actions))));
    events.add(
        this.events.progress(
            DIENBIEN, done, plan, MUONG_MUON, "IN_PROGRESS", 50, 1_000_000, t.plusSeconds(90000)));
    events.add(
        this.events.progress(
            DIENBIEN, done, plan, MUONG_MUON, "DONE", 100, 2_500_000, t.plusSeconds(99000)));
    return events;
  }

  private byte[] schoolUpdated(String id, String name, String orgUnitId, Instant at)
      throws Exception {
    DemoOrgTree.School school =
        DemoOrgTree.schools().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    Map<String, Object> p = new LinkedHashMap<>(school.payload());
    p.put("name", name);
    if (orgUnitId != null) {
      p.put("orgUnitId", orgUnitId);
      p.put("path", DemoOrgTree.pathOf(orgUnitId) + id + "/");
    }
    byte[] envelope =
        envelopes.envelope(EventEnvelopes.newId(), "registry", "SchoolUpdated", DIENBIEN, id, p);
    Map<String, Object> e = json.readValue(envelope, Argument.mapOf(String.class, Object.class));
    e.put("occurredAt", at.toString());
    return json.writeValueAsBytes(e);
  }

  private List<byte[]> plan(String tenant, String schoolId, String... types) {
    String planId = UUID.randomUUID().toString();
    List<byte[]> events = new ArrayList<>();
    int revision = 0;
    for (String type : types) {
      events.add(this.events.plan(type, tenant, planId, schoolId, YEAR, ++revision));
    }
    return events;
  }

  private byte[] assessment(
      String schoolId,
      String id,
      String year,
      int version,
      int overall,
      Instant finishedAt,
      Map<String, Integer> criteria) {
    return events.assessmentFinished(
        DIENBIEN,
        id,
        schoolId,
        year,
        "SELF",
        version,
        Events.heMuongProfile(),
        overall,
        finishedAt,
        TT17,
        new java.util.TreeMap<>(criteria));
  }

  private void emptyReadModels() {
    tx.executeWrite(
        status -> {
          for (String table : READ_MODELS) {
            jdbc.prepareStatement("DELETE FROM " + table, s -> s.executeUpdate());
          }
          return null;
        });
  }

  private void rebuild(List<byte[]> events) throws Exception {
    emptyReadModels();
    for (byte[] event : registryEvents()) {
      apply(event);
    }
    for (byte[] event : events) {
      apply(event);
    }
  }

  /** Every report's answer for both tenants. */
  private List<Map<String, Object>> answers() {
    List<Map<String, Object>> answers = new ArrayList<>();
    for (String token : List.of(DemoUsers.reviewerDienBien(), DemoUsers.reviewerHcm())) {
      answers.add(get(token, "/api/reports/rollup?schoolYear=" + YEAR));
      answers.add(get(token, "/api/reports/attainment?schoolYear=" + YEAR));
      answers.add(get(token, "/api/reports/heatmap?schoolYear=" + YEAR + "&framework=" + TT17));
      answers.add(
          get(
              token,
              "/api/reports/heatmap/criteria/1.2/schools?schoolYear="
                  + YEAR
                  + "&framework="
                  + TT17));
      answers.add(get(token, "/api/reports/submissions?schoolYear=" + YEAR));
      answers.add(get(token, "/api/reports/progress?schoolYear=" + YEAR));
      // a past year: schools under the org unit of that year, from the snapshot history
      answers.add(get(token, "/api/reports/rollup?schoolYear=" + PAST));
      answers.add(get(token, "/api/reports/year-over-year?from=" + PAST + "&to=" + YEAR));
    }
    return answers;
  }

  @Test
  void a_rebuild_in_any_order_with_redeliveries_gives_the_answers_of_the_incremental_run()
      throws Exception {
    List<byte[]> history = history();
    for (byte[] event : history) {
      apply(event);
    }
    List<Map<String, Object>> incremental = answers();
    Map<String, Object> rollup = incremental.get(0);
    assertEquals(RENAMED, item(rollup, THANH_XUONG).get("name"));
    assertEquals(HE_MUONG_OFFICE, item(rollup, THANH_XUONG).get("orgUnitId"));
    assertEquals("APPROVED", item(rollup, HE_MUONG).get("planStatus"));
    assertEquals("RETURNED", item(rollup, THANH_XUONG).get("planStatus"));
    assertEquals(3, num(map(item(rollup, HE_MUONG).get("assessment")).get("overallLevel")));
    Map<String, Object> submissions = incremental.get(4);
    assertEquals("2026-10-15", submissions.get("submissionDeadline"));
    assertEquals("2026-10-10T02:00:00Z", item(submissions, MUONG_MUON).get("firstSubmittedAt"));
    Map<String, Object> progress = map(incremental.get(5).get("summary"));
    assertEquals(2, num(progress.get("actions")));
    assertEquals(1, num(progress.get("done")));
    assertEquals(2_500_000L, ((Number) progress.get("moneySpent")).longValue());
    // moved after 2024-2025: under its old office that year, under Hẹ Muông's office now
    assertEquals(
        DemoOrgTree.THANH_XUONG_OFFICE, item(incremental.get(6), THANH_XUONG).get("orgUnitId"));
    Map<String, Object> yearOverYear = item(incremental.get(7), THANH_XUONG);
    assertEquals(DemoOrgTree.THANH_XUONG_OFFICE, yearOverYear.get("fromOrgUnitId"));
    assertEquals(HE_MUONG_OFFICE, yearOverYear.get("orgUnitId"));
    // HCM: the amended plan of Mầm non Quận 10 is approved, with an amendment submitted
    Map<String, Object> hcmSubmission = item(incremental.get(12), MN_QUAN10);
    assertEquals("APPROVED", hcmSubmission.get("status"));
    assertEquals("SUBMITTED", hcmSubmission.get("amendmentStatus"));
    Map<String, Object> hcmProgress = map(incremental.get(13).get("summary"));
    assertEquals(2, num(hcmProgress.get("actions")), "A and C; B was removed");
    assertEquals(100_000L, ((Number) hcmProgress.get("moneySpent")).longValue());
    assertEquals(1, num(hcmProgress.get("overdue")), "C; B would be, but was removed");

    List<byte[]> reversed = new ArrayList<>(history);
    Collections.reverse(reversed);
    List<byte[]> shuffled = new ArrayList<>(history);
    Collections.shuffle(shuffled, new Random(7));
    List<byte[]> twice = new ArrayList<>(history);
    twice.addAll(history);
    Collections.shuffle(twice, new Random(42));
    for (List<byte[]> order : List.of(reversed, shuffled, twice)) {
      rebuild(order);
      assertEquals(incremental, answers());
    }

    emptyReadModels();
    assertNotEquals(incremental, answers(), "the comparison sees the read models");
  }
}

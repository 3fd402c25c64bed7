package vn.eqip.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.eqip.platform.testing.DemoOrgTree.DIENBIEN;
import static vn.eqip.platform.testing.DemoOrgTree.HE_MUONG;
import static vn.eqip.platform.testing.DemoOrgTree.HE_MUONG_OFFICE;
import static vn.eqip.platform.testing.DemoOrgTree.MUONG_MUON;
import static vn.eqip.platform.testing.DemoOrgTree.MUONG_MUON_OFFICE;
import static vn.eqip.platform.testing.DemoOrgTree.THANH_XUONG;
import static vn.eqip.platform.testing.DemoOrgTree.THANH_XUONG_OFFICE;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.eqip.platform.testing.DemoUsers;
import vn.eqip.reporting.testing.Events;
import vn.eqip.reporting.testing.ReportingTestBase;

/**
 * Plan amendments and the multi-level approval chain (issue 5's contract) in the submission and
 * progress reports, against a hand-computed fixture (tenant dienbien, school year 2022-2023,
 * deadline 15/10/2022; each school's reports are read with its commune office as the scope).
 *
 * <p>The plan of each case, by revision: r1 created 20/09/2022; r2 submitted 01/10 (step 0/2); r3
 * first level passed 03/10 (1/2); r4 approved 05/10, version 1: row 1.1 → X1 (1.000.000 đ, ends
 * 31/12/2022), X2 (2.000.000 đ, ends 31/05/2023); row 2.1 → X3 (500.000 đ, no end). Progress: X1
 * DONE 100% 900.000 đ; X2 40% 300.000 đ; X3 10%. r5 amendment started 15/01/2023; r6 amendment
 * submitted 20/01 (0/2); r7 its first level passed 22/01 (1/2); r8 approved 25/01, version 2: 1.1 →
 * X1, X4 (700.000 đ, ends 28/02/2023); 2.1 → X3 (now 800.000 đ): X2 removed. In force after r8: X1,
 * X3, X4: 3 actions, 1 done, 2.500.000 đ planned, 900.000 đ spent (X2's 300.000 đ no longer
 * counts), mean 36,7%, overdue X4 only (X2 would be, but it was removed). r9 amendment started
 * again, r10 approved, version 3: X1, X2, X3, X4: X2 is back with its 40% and 300.000 đ.
 */
@MicronautTest(transactional = false)
class PlanAmendmentsIT extends ReportingTestBase {

  static final String YEAR = "2022-2023";
  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  /** One plan's ids and its event history (r1..r10 and the progress reports). */
  private final class Case {
    final String school;
    final String plan = UUID.randomUUID().toString();
    final String x1 = UUID.randomUUID().toString();
    final String x2 = UUID.randomUUID().toString();
    final String x3 = UUID.randomUUID().toString();
    final String x4 = UUID.randomUUID().toString();

    Case(String school) {
      this.school = school;
    }

    List<Map<String, Object>> version1() {
      return List.of(
          Events.rowOf(
              "1.1",
              List.of(
                  Events.action(x1, 1_000_000L, "2022-12-31"),
                  Events.action(x2, 2_000_000L, "2023-05-31"))),
          Events.rowOf("2.1", List.of(Events.action(x3, 500_000L, null))));
    }

    List<Map<String, Object>> version2() {
      return List.of(
          Events.rowOf(
              "1.1",
              List.of(
                  Events.action(x1, 1_000_000L, "2022-12-31"),
                  Events.action(x4, 700_000L, "2023-02-28"))),
          Events.rowOf("2.1", List.of(Events.action(x3, 800_000L, null))));
    }

    List<Map<String, Object>> version3() {
      return List.of(
          Events.rowOf(
              "1.1",
              List.of(
                  Events.action(x1, 1_000_000L, "2022-12-31"),
                  Events.action(x2, 2_000_000L, "2023-05-31"),
                  Events.action(x4, 700_000L, "2023-02-28"))),
          Events.rowOf("2.1", List.of(Events.action(x3, 800_000L, null))));
    }

    byte[] r1() {
      return event("PlanCreated", 1, "2022-09-20", null, null, null, null, null);
    }

    byte[] r2() {
      return event("PlanSubmitted", 2, "2022-10-01", null, null, null, 0, 2);
    }

    byte[] r3() {
      return event("PlanApprovalStepPassed", 3, "2022-10-03", null, null, null, 1, 2);
    }

    byte[] r4() {
      return event("PlanApproved", 4, "2022-10-05", version1(), false, 1, 2, 2);
    }

    List<byte[]> progress() {
      return List.of(
          events.progress(DIENBIEN, x1, plan, school, "DONE", 100, 900_000, at("2022-12-20")),
          events.progress(DIENBIEN, x2, plan, school, "IN_PROGRESS", 40, 300_000, at("2023-01-10")),
          events.progress(DIENBIEN, x3, plan, school, "IN_PROGRESS", 10, 0, at("2023-01-10")));
    }

    byte[] r5() {
      return event("PlanAmendmentStarted", 5, "2023-01-15", null, true, 1, null, null);
    }

    byte[] r6() {
      return event("PlanSubmitted", 6, "2023-01-20", null, true, 1, 0, 2);
    }

    byte[] r7() {
      return event("PlanApprovalStepPassed", 7, "2023-01-22", null, true, 1, 1, 2);
    }

    byte[] r8() {
      return event("PlanApproved", 8, "2023-01-25", version2(), false, 2, 2, 2);
    }

    byte[] r9() {
      return event("PlanAmendmentStarted", 9, "2023-03-01", null, true, 2, null, null);
    }

    byte[] r10() {
      return event("PlanApproved", 10, "2023-03-05", version3(), false, 3, 2, 2);
    }

    /** r1..r8 and the progress reports. */
    List<byte[]> throughVersion2() {
      List<byte[]> all = new ArrayList<>(List.of(r1(), r2(), r3(), r4()));
      all.addAll(progress());
      all.addAll(List.of(r5(), r6(), r7(), r8()));
      return all;
    }

    private byte[] event(
        String type,
        int revision,
        String day,
        List<Map<String, Object>> rows,
        Boolean amendment,
        Integer version,
        Integer step,
        Integer steps) {
      return events.plan(
          type, DIENBIEN, plan, school, YEAR, revision, at(day), rows, amendment, version, step,
          steps);
    }
  }

  private static Instant at(String day) {
    return Instant.parse(day + "T02:00:00Z");
  }

  private void applyAll(List<byte[]> events) throws Exception {
    for (byte[] event : events) {
      apply(event);
    }
  }

  private Map<String, Object> submissionOf(String office, String school) {
    return item(
        get(
            DemoUsers.reviewerDienBien(),
            "/api/reports/submissions?schoolYear=" + YEAR + "&orgUnitId=" + office),
        school);
  }

  private Map<String, Object> progressOf(String office) {
    return get(
        DemoUsers.reviewerDienBien(),
        "/api/reports/progress?schoolYear=" + YEAR + "&orgUnitId=" + office);
  }

  private static long money(Object json) {
    return ((Number) json).longValue();
  }

  /** The state after r8 (version 2 in force, no amendment), whatever the order of delivery. */
  private void assertVersion2InForce(Case c, String office) {
    Map<String, Object> item = submissionOf(office, c.school);
    assertEquals("APPROVED", item.get("status"));
    assertNull(item.get("amendmentStatus"));
    assertNull(item.get("note"));
    assertEquals("2022-10-01T02:00:00Z", item.get("firstSubmittedAt"), "the plan's, not r6");
    assertEquals("2023-01-25T02:00:00Z", item.get("approvedAt"));
    assertEquals(false, item.get("late"));

    Map<String, Object> progress = progressOf(office);
    Map<String, Object> summary = map(progress.get("summary"));
    assertEquals(3, num(summary.get("actions")), "X1, X3, X4; X2 was removed");
    assertEquals(1, num(summary.get("done")));
    assertEquals(2_500_000L, money(summary.get("budgetPlanned")));
    assertEquals(900_000L, money(summary.get("moneySpent")));
    assertEquals(36.7, ((Number) summary.get("percentDone")).doubleValue());
    assertEquals(1, num(summary.get("overdue")));
    List<Map<String, Object>> overdue = list(progress, "overdueActions");
    assertEquals(List.of(c.x4), overdue.stream().map(a -> a.get("actionId")).toList());
    assertEquals(
        ChronoUnit.DAYS.between(LocalDate.parse("2023-02-28"), LocalDate.now(VIETNAM)),
        money(overdue.get(0).get("daysOverdue")));
    assertEquals("1.1", overdue.get(0).get("criterionCode"));
    Map<String, Object> standard2 =
        list(progress, "standards").stream()
            .filter(s -> "2".equals(s.get("standard")))
            .findFirst()
            .orElseThrow();
    assertEquals(800_000L, money(map(standard2.get("figures")).get("budgetPlanned")));
  }

  @Test
  void an_amendment_keeps_the_plan_approved_until_its_new_version_replaces_the_actions()
      throws Exception {
    Case c = new Case(HE_MUONG);
    apply(events.schoolYear("SchoolYearOpened", DIENBIEN, YEAR, "2022-10-15"));

    applyAll(List.of(c.r1(), c.r2(), c.r3()));
    Map<String, Object> item = submissionOf(HE_MUONG_OFFICE, HE_MUONG);
    assertEquals("SUBMITTED", item.get("status"));
    assertEquals("Đã qua 1/2 cấp duyệt", item.get("note"));
    assertEquals(1, num(item.get("approvalStep")));
    assertEquals(2, num(item.get("approvalSteps")));

    apply(c.r4());
    applyAll(c.progress());
    Map<String, Object> summary = map(progressOf(HE_MUONG_OFFICE).get("summary"));
    assertEquals(3, num(summary.get("actions")));
    assertEquals(3_500_000L, money(summary.get("budgetPlanned")));
    assertEquals(1_200_000L, money(summary.get("moneySpent")));
    assertEquals(1, num(summary.get("overdue")), "X2: 40% and ended 31/05/2023");

    apply(c.r5());
    Map<String, Object> report =
        get(
            DemoUsers.reviewerDienBien(),
            "/api/reports/submissions?schoolYear=" + YEAR + "&orgUnitId=" + HE_MUONG_OFFICE);
    item = item(report, HE_MUONG);
    assertEquals("APPROVED", item.get("status"), "the approved version stays in force");
    assertEquals("DRAFT", item.get("amendmentStatus"));
    assertEquals("Đã duyệt (đang điều chỉnh)", item.get("note"));
    assertEquals(1, num(report.get("amendingCount")));
    assertEquals(1, num(map(report.get("byStatus")).get("APPROVED")));
    assertEquals(
        "APPROVED",
        item(
                get(
                    DemoUsers.reviewerDienBien(),
                    "/api/reports/rollup?schoolYear=" + YEAR + "&orgUnitId=" + HE_MUONG_OFFICE),
                HE_MUONG)
            .get("planStatus"));
    List<String> row =
        cells(
                bytes(
                    DemoUsers.reviewerDienBien(),
                    "/api/reports/submissions?schoolYear="
                        + YEAR
                        + "&orgUnitId="
                        + HE_MUONG_OFFICE
                        + "&format=xlsx"))
            .stream()
            .filter(r -> r.contains("Trường PTDTBT Tiểu học xã Hẹ Muông"))
            .findFirst()
            .orElseThrow();
    assertTrue(row.contains("Đã phê duyệt"), row.toString());
    assertEquals("Đã duyệt (đang điều chỉnh)", row.get(row.size() - 1));
    assertEquals(3, num(map(progressOf(HE_MUONG_OFFICE).get("summary")).get("actions")));

    applyAll(List.of(c.r6(), c.r7()));
    item = submissionOf(HE_MUONG_OFFICE, HE_MUONG);
    assertEquals("APPROVED", item.get("status"));
    assertEquals("SUBMITTED", item.get("amendmentStatus"));
    assertEquals(
        "Đã duyệt (đang điều chỉnh: đã nộp bản điều chỉnh, đã qua 1/2 cấp duyệt)",
        item.get("note"));
    assertEquals("2022-10-01T02:00:00Z", item.get("firstSubmittedAt"));

    apply(c.r8());
    assertVersion2InForce(c, HE_MUONG_OFFICE);

    // stale events delivered again (new event ids): the approval of version 1 and the first
    // amendment's start change nothing
    applyAll(List.of(c.r4(), c.r5(), c.r3()));
    assertVersion2InForce(c, HE_MUONG_OFFICE);
    // the removed action keeps its progress
    assertEquals(
        "40 300000 8",
        db.string(
            "SELECT CONCAT(percent_done, ' ', money_spent, ' ', removed_at_revision)"
                + " FROM action_view WHERE tenant_id = ? AND action_id = ?",
            DIENBIEN,
            c.x2));

    applyAll(List.of(c.r9(), c.r10()));
    summary = map(progressOf(HE_MUONG_OFFICE).get("summary"));
    assertEquals(4, num(summary.get("actions")), "X2 is back");
    assertEquals(4_500_000L, money(summary.get("budgetPlanned")));
    assertEquals(1_200_000L, money(summary.get("moneySpent")), "with its 300.000 đ");
    assertEquals(2, num(summary.get("overdue")), "X2 and X4");
    assertNull(submissionOf(HE_MUONG_OFFICE, HE_MUONG).get("note"));
  }

  @Test
  void out_of_order_and_repeated_delivery_converges_on_the_latest_approved_version()
      throws Exception {
    Case c = new Case(THANH_XUONG);
    List<byte[]> history = c.throughVersion2();
    List<byte[]> scrambled = new ArrayList<>(history);
    Collections.reverse(scrambled);
    List<byte[]> again = new ArrayList<>(history);
    Collections.shuffle(again, new Random(11));
    scrambled.addAll(again);

    applyAll(scrambled);

    assertVersion2InForce(c, THANH_XUONG_OFFICE);
    assertFalse(
        list(progressOf(THANH_XUONG_OFFICE), "overdueActions").stream()
            .anyMatch(a -> c.x2.equals(a.get("actionId"))));
  }

  @Test
  void a_returned_amendment_is_noted_and_a_discarded_one_leaves_the_approved_version()
      throws Exception {
    Case c = new Case(MUONG_MUON);
    applyAll(List.of(c.r1(), c.r2(), c.r3(), c.r4()));
    applyAll(List.of(c.r5(), c.r6()));
    apply(
        events.plan(
            "PlanReturned",
            DIENBIEN,
            c.plan,
            MUONG_MUON,
            YEAR,
            7,
            at("2023-01-21"),
            null,
            true,
            1,
            0,
            2));
    Map<String, Object> item = submissionOf(MUONG_MUON_OFFICE, MUONG_MUON);
    assertEquals("APPROVED", item.get("status"));
    assertEquals("RETURNED", item.get("amendmentStatus"));
    assertEquals("Đã duyệt (đang điều chỉnh: bản điều chỉnh bị trả lại)", item.get("note"));

    // discarded: back to version 1 (its rows sent again), which the actions never left
    apply(
        events.plan(
            "PlanAmendmentDiscarded",
            DIENBIEN,
            c.plan,
            MUONG_MUON,
            YEAR,
            8,
            at("2023-01-23"),
            c.version1(),
            false,
            1,
            null,
            null));
    item = submissionOf(MUONG_MUON_OFFICE, MUONG_MUON);
    assertEquals("APPROVED", item.get("status"));
    assertNull(item.get("amendmentStatus"));
    assertNull(item.get("note"));
    assertEquals("2022-10-05T02:00:00Z", item.get("approvedAt"), "a discard is no approval");
    Map<String, Object> summary = map(progressOf(MUONG_MUON_OFFICE).get("summary"));
    assertEquals(3, num(summary.get("actions")));
    assertEquals(3_500_000L, money(summary.get("budgetPlanned")));
  }
}

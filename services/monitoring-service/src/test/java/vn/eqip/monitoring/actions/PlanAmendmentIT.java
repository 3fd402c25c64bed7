package vn.eqip.monitoring.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.eqip.monitoring.testing.Events.ActionFixture.aNewAction;
import static vn.eqip.platform.testing.DemoOrgTree.HE_MUONG;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.eqip.monitoring.evidence.Samples;
import vn.eqip.monitoring.testing.Events.ActionFixture;
import vn.eqip.monitoring.testing.Events.PlanFixture;
import vn.eqip.monitoring.testing.Events.RowFixture;
import vn.eqip.monitoring.testing.MonitoringTestBase;
import vn.eqip.platform.testing.DemoOrgTree;
import vn.eqip.platform.testing.DemoUsers;

/**
 * Amendments of an approved plan (plans.PlanApproved.v1 sent again with the new rows, and
 * plans.PlanAmendmentDiscarded.v1): progress stays with the action id; actions the amendment drops
 * are hidden but kept; stale and repeated events change nothing.
 */
@MicronautTest(transactional = false)
class PlanAmendmentIT extends MonitoringTestBase {

  /** Long past on the real clock of this test: an action ending then is overdue. */
  private static final String LONG_PAST = "2020-01-31";

  @Test
  void an_amendment_keeps_the_progress_of_a_changed_action_hides_a_removed_one_and_adds_a_new_one()
      throws Exception {
    PlanFixture plan = aPlanOfThreeActions("2026-2027");
    approve(plan);
    String changed = plan.row(0).action(0).actionId();
    String removed = plan.row(0).action(1).actionId();
    String kept = plan.row(1).action(0).actionId();
    reportProgress(
        DemoUsers.principalHeMuong(),
        changed,
        Map.of(
            "status",
            "IN_PROGRESS",
            "percentDone",
            40,
            "note",
            "Đã họp tổ",
            "moneySpent",
            1500000));
    assignLead(DemoUsers.principalHeMuong(), removed, "staff.hemuong");
    reportProgress(
        DemoUsers.staffHeMuong(),
        removed,
        Map.of("status", "IN_PROGRESS", "percentDone", 70, "note", "Đã bồi dưỡng 2 buổi"));
    uploadEvidence(DemoUsers.staffHeMuong(), removed, "Biên bản.pdf", Samples.pdf());
    assertTrue(ids(actions(DemoUsers.staffHeMuong(), "mine=true")).contains(removed));
    assertTrue(ids(actions(DemoUsers.principalHeMuong(), "overdue=true")).contains(removed));

    ActionFixture added =
        aNewAction("Tổ chức chuyên đề cấp trường", Map.of("timelineEnd", "2027-04-30"));
    approve(
        plan.amended(
            8,
            List.of(
                plan.row(0)
                    .withActions(
                        plan.row(0)
                            .action(0)
                            .changedTo(
                                "Kiện toàn tổ chuyên môn, bổ sung tổ phó",
                                Map.of(
                                    "timeline", "Tháng 9/2026 đến tháng 12/2026",
                                    "timelineEnd", "2026-12-31")),
                        added),
                plan.row(1))));

    List<Map<String, Object>> listed =
        actions(DemoUsers.principalHeMuong(), "planId=" + plan.planId());
    assertEquals(List.of(changed, added.actionId(), kept), ids(listed));
    Map<String, Object> changedNow = listed.get(0);
    assertEquals("Kiện toàn tổ chuyên môn, bổ sung tổ phó", changedNow.get("description"));
    assertEquals("Tháng 9/2026 đến tháng 12/2026", changedNow.get("timeline"));
    assertEquals("2026-12-31", changedNow.get("timelineEnd"));
    assertEquals("IN_PROGRESS", changedNow.get("status"));
    assertEquals(40, ((Number) changedNow.get("percentDone")).intValue());
    assertEquals(1500000, ((Number) changedNow.get("moneySpent")).longValue());
    Map<String, Object> addedNow = listed.get(1);
    assertEquals("Tổ chức chuyên đề cấp trường", addedNow.get("description"));
    assertEquals(ActionStatus.NOT_STARTED.name(), addedNow.get("status"));
    assertEquals("chưa bắt đầu", ActionStatus.NOT_STARTED.label());
    assertEquals(0, ((Number) addedNow.get("percentDone")).intValue());
    assertNull(addedNow.get("removedAt"));

    // the removed action is in no list any more ...
    assertFalse(
        ids(actions(DemoUsers.principalHeMuong(), "schoolId=" + HE_MUONG)).contains(removed));
    assertFalse(ids(actions(DemoUsers.staffHeMuong(), "mine=true")).contains(removed));
    assertFalse(ids(actions(DemoUsers.principalHeMuong(), "overdue=true")).contains(removed));
    assertFalse(ids(actions(DemoUsers.reviewerDienBien(), "overdue=true")).contains(removed));
    // ... but its progress, note, lead and evidence are kept
    assertEquals(
        "IN_PROGRESS", db.string("SELECT status FROM tracked_action WHERE id = ?", removed));
    assertEquals("70", db.string("SELECT percent_done FROM tracked_action WHERE id = ?", removed));
    assertEquals(
        "staff.hemuong",
        db.string("SELECT lead_user_id FROM tracked_action WHERE id = ?", removed));
    assertNotNull(db.string("SELECT removed_at FROM tracked_action WHERE id = ?", removed));
    assertEquals(1, db.count("SELECT COUNT(*) FROM progress_note WHERE action_id = ?", removed));
    assertEquals(1, db.count("SELECT COUNT(*) FROM evidence_file WHERE action_id = ?", removed));
    assertEquals(4, trackedActionsOfPlan(plan.planId()));
    // and still readable on its own, marked as removed
    Map<String, Object> detail = actionDetail(DemoUsers.principalHeMuong(), removed);
    assertNotNull(((Map<?, ?>) detail.get("action")).get("removedAt"));
    assertEquals(1, ((List<?>) detail.get("notes")).size());
    assertEquals(1, evidenceOf(DemoUsers.reviewerDienBien(), removed).size());
  }

  @Test
  void nothing_more_is_reported_on_a_removed_action_and_nothing_is_written() throws Exception {
    PlanFixture plan = aPlanOfThreeActions("2026-2027");
    approve(plan);
    String removed = plan.row(0).action(1).actionId();
    assignLead(DemoUsers.principalHeMuong(), removed, "staff.hemuong");
    approve(plan.amended(6, List.of(plan.row(0).withActions(plan.row(0).action(0)), plan.row(1))));
    long eventsBefore =
        db.count("SELECT COUNT(*) FROM outbox_event WHERE aggregate_id = ?", removed);

    for (String token : List.of(DemoUsers.principalHeMuong(), DemoUsers.staffHeMuong())) {
      Map<String, Object> problem =
          problemOf(
              () ->
                  reportProgress(
                      token, removed, Map.of("status", "IN_PROGRESS", "percentDone", 10)));
      assertEquals(409, problem.get("httpStatus"));
      assertEquals("https://eqip.vn/problems/action-removed", problem.get("type"));
      assertTrue(problem.get("detail").toString().contains("bỏ khỏi kế hoạch"));
      assertEquals(
          HttpStatus.CONFLICT,
          outcomeOf(() -> uploadEvidence(token, removed, "a.pdf", Samples.pdf())));
    }
    assertEquals(
        HttpStatus.CONFLICT,
        outcomeOf(() -> assignLead(DemoUsers.principalHeMuong(), removed, "staff.hemuong")));
    assertEquals(
        HttpStatus.CONFLICT,
        outcomeOf(
            () ->
                recordResult(DemoUsers.principalHeMuong(), removed, Map.of("result", "ACHIEVED"))));
    // the usual answers come first: no right → 403, outside the scope → 404
    assertEquals(
        HttpStatus.FORBIDDEN,
        outcomeOf(
            () ->
                reportProgress(
                    DemoUsers.reviewerDienBien(),
                    removed,
                    Map.of("status", "IN_PROGRESS", "percentDone", 10))));
    assertEquals(
        HttpStatus.NOT_FOUND,
        outcomeOf(
            () ->
                reportProgress(
                    DemoUsers.principalThanhXuong(),
                    removed,
                    Map.of("status", "IN_PROGRESS", "percentDone", 10))));

    assertEquals(
        "NOT_STARTED", db.string("SELECT status FROM tracked_action WHERE id = ?", removed));
    assertNull(db.string("SELECT result FROM tracked_action WHERE id = ?", removed));
    assertEquals(0, db.count("SELECT COUNT(*) FROM progress_note WHERE action_id = ?", removed));
    assertEquals(0, db.count("SELECT COUNT(*) FROM evidence_file WHERE action_id = ?", removed));
    assertEquals(
        eventsBefore,
        db.count("SELECT COUNT(*) FROM outbox_event WHERE aggregate_id = ?", removed));
  }

  @Test
  void an_action_an_amendment_brings_back_reappears_with_its_progress() throws Exception {
    PlanFixture plan = aPlanOfThreeActions("2026-2027");
    approve(plan);
    String comesBack = plan.row(0).action(1).actionId();
    reportProgress(
        DemoUsers.principalHeMuong(),
        comesBack,
        Map.of("status", "IN_PROGRESS", "percentDone", 70, "moneySpent", 2000000));

    approve(plan.amended(6, List.of(plan.row(0).withActions(plan.row(0).action(0)))));
    assertEquals(List.of(plan.row(0).action(0).actionId()), idsOfPlan(plan));

    approve(plan.withRevision(9, " (bổ sung lại)"));

    assertEquals(plan.actionIds(), idsOfPlan(plan));
    Map<String, Object> back =
        actions(DemoUsers.principalHeMuong(), "planId=" + plan.planId()).get(1);
    assertEquals("Bồi dưỡng tổ trưởng (bổ sung lại)", back.get("description"));
    assertEquals("IN_PROGRESS", back.get("status"));
    assertEquals(70, ((Number) back.get("percentDone")).intValue());
    assertEquals(2000000, ((Number) back.get("moneySpent")).longValue());
    assertNull(back.get("removedAt"));
    assertEquals(
        HttpStatus.OK,
        outcomeOf(
            () ->
                reportProgress(
                    DemoUsers.principalHeMuong(),
                    comesBack,
                    Map.of("status", "IN_PROGRESS", "percentDone", 80))));
  }

  @Test
  void an_approval_of_an_older_revision_delivered_late_changes_nothing() throws Exception {
    PlanFixture plan = aPlanOfThreeActions("2026-2027");
    approve(plan);
    String removed = plan.row(0).action(1).actionId();
    ActionFixture added = aNewAction("Mua sắm thiết bị dạy học", Map.of());
    approve(
        plan.amended(
            8,
            List.of(
                plan.row(0).withActions(plan.row(0).action(0).changedTo("Bản số 8", Map.of())),
                plan.row(1).withActions(plan.row(1).action(0), added))));
    List<String> afterEight = idsOfPlan(plan);

    ActionFixture onlyInSix = aNewAction("Chỉ có ở bản số 6", Map.of());
    approve(
        plan.amended(
            6,
            List.of(
                plan.row(0)
                    .withActions(
                        plan.row(0).action(0).changedTo("Bản số 6", Map.of()),
                        plan.row(0).action(1),
                        onlyInSix),
                plan.row(1))));

    assertEquals(afterEight, idsOfPlan(plan));
    assertEquals(
        "Bản số 8",
        actions(DemoUsers.principalHeMuong(), "planId=" + plan.planId()).get(0).get("description"));
    assertNotNull(db.string("SELECT removed_at FROM tracked_action WHERE id = ?", removed));
    assertEquals(
        0, db.count("SELECT COUNT(*) FROM tracked_action WHERE id = ?", onlyInSix.actionId()));
    assertEquals(
        "8", db.string("SELECT revision FROM tracked_plan WHERE plan_id = ?", plan.planId()));
  }

  @Test
  void the_same_amendment_delivered_twice_changes_nothing() throws Exception {
    PlanFixture plan = aPlanOfThreeActions("2026-2027");
    approve(plan);
    String removed = plan.row(0).action(1).actionId();
    PlanFixture amended =
        plan.amended(7, List.of(plan.row(0).withActions(plan.row(0).action(0)), plan.row(1)));
    byte[] event = events.planApproved(UUID.randomUUID().toString(), DemoOrgTree.DIENBIEN, amended);
    assertTrue(consumer.apply(event));
    String removedAt = db.string("SELECT removed_at FROM tracked_action WHERE id = ?", removed);
    reportProgress(
        DemoUsers.principalHeMuong(),
        plan.row(1).action(0).actionId(),
        Map.of("status", "DONE", "percentDone", 100));

    assertFalse(consumer.apply(event));
    // plans-service publishing the same approval again (another event id) is harmless too
    approve(amended);

    assertEquals(
        List.of(plan.row(0).action(0).actionId(), plan.row(1).action(0).actionId()),
        idsOfPlan(plan));
    assertEquals(
        removedAt, db.string("SELECT removed_at FROM tracked_action WHERE id = ?", removed));
    assertEquals(
        "DONE",
        db.string(
            "SELECT status FROM tracked_action WHERE id = ?", plan.row(1).action(0).actionId()));
    assertEquals(3, trackedActionsOfPlan(plan.planId()));
  }

  @Test
  void a_discarded_amendment_puts_the_approved_rows_in_force_and_older_approvals_stay_ignored()
      throws Exception {
    PlanFixture plan = aPlanOfThreeActions("2026-2027");
    // the PlanApproved of revision 5 never arrived (say, dead-lettered): the discard brings it
    assertTrue(
        consumer.apply(
            events.amendmentDiscarded(
                UUID.randomUUID().toString(), DemoOrgTree.DIENBIEN, plan.withRevision(7, ""))));
    assertEquals(plan.actionIds(), idsOfPlan(plan));
    String actionId = plan.actionIds().get(0);
    reportProgress(
        DemoUsers.principalHeMuong(), actionId, Map.of("status", "IN_PROGRESS", "percentDone", 20));

    approve(plan.withRevision(5, " (cũ)"));

    assertEquals(plan.actionIds(), idsOfPlan(plan));
    Map<String, Object> first =
        actions(DemoUsers.principalHeMuong(), "planId=" + plan.planId()).get(0);
    assertEquals("Kiện toàn tổ chuyên môn", first.get("description"));
    assertEquals(20, ((Number) first.get("percentDone")).intValue());
  }

  @Test
  void an_event_without_rows_removes_nothing_and_an_empty_plan_removes_every_action()
      throws Exception {
    PlanFixture plan = aPlanOfThreeActions("2026-2027");
    approve(plan);

    approve(new PlanFixture(plan.planId(), HE_MUONG, plan.schoolYear(), 6, null));
    assertEquals(plan.actionIds(), idsOfPlan(plan));

    approve(plan.amended(7, List.of()));
    assertEquals(List.of(), idsOfPlan(plan));
    assertEquals(3, trackedActionsOfPlan(plan.planId()));
  }

  @Test
  void the_supervision_summary_counts_only_the_actions_in_force() throws Exception {
    PlanFixture plan = aPlanOfThreeActions("2031-2032");
    approve(plan);
    approve(plan.amended(6, List.of(plan.row(0).withActions(plan.row(0).action(0)), plan.row(1))));

    Map<?, ?> report =
        fileSupervisionReport(
                DemoUsers.principalHeMuong(),
                HE_MUONG,
                Map.of("schoolYear", "2031-2032", "period", "HK1", "findings", "Đúng kế hoạch"))
            .body();

    assertEquals(2, ((Number) ((Map<?, ?>) report.get("summary")).get("actionsTotal")).intValue());
  }

  /** Row 1 (1.2): two actions, the second long overdue; row 2 (3.1): one action without date. */
  private static PlanFixture aPlanOfThreeActions(String schoolYear) {
    return new PlanFixture(
        UUID.randomUUID().toString(),
        HE_MUONG,
        schoolYear,
        5,
        List.of(
            new RowFixture(
                UUID.randomUUID().toString(),
                "1.2",
                List.of(
                    aNewAction("Kiện toàn tổ chuyên môn", Map.of("timelineEnd", "2027-05-31")),
                    aNewAction("Bồi dưỡng tổ trưởng", Map.of("timelineEnd", LONG_PAST)))),
            new RowFixture(
                UUID.randomUUID().toString(),
                "3.1",
                List.of(aNewAction("Sửa chữa phòng học", Map.of())))));
  }

  private List<String> idsOfPlan(PlanFixture plan) {
    return ids(actions(DemoUsers.principalHeMuong(), "planId=" + plan.planId()));
  }

  private static List<String> ids(List<Map<String, Object>> items) {
    return items.stream().map(i -> i.get("id").toString()).toList();
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> evidenceOf(String token, String actionId) {
    Map<String, Object> body =
        http.toBlocking()
            .retrieve(
                HttpRequest.GET("/api/monitoring/actions/" + actionId + "/evidence")
                    .bearerAuth(token),
                Argument.mapOf(String.class, Object.class));
    return (List<Map<String, Object>>) body.get("items");
  }
}

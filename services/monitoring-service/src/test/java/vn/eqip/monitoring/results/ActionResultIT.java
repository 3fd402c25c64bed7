package vn.eqip.monitoring.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.eqip.monitoring.testing.Events.aPlanWithTwoRowsAndThreeActions;
import static vn.eqip.platform.testing.DemoOrgTree.HE_MUONG;

import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.eqip.monitoring.testing.Events;
import vn.eqip.monitoring.testing.MonitoringTestBase;
import vn.eqip.platform.testing.DemoUsers;

/**
 * Year-end results (đạt, đạt một phần, chưa đạt) recorded by the principal, shown on the action,
 * published as ActionResultRecorded; and the status / result filters of the action list.
 */
@MicronautTest(transactional = false)
class ActionResultIT extends MonitoringTestBase {

  private static final Map<String, Object> PARTLY =
      Map.of("result", "PARTLY_ACHIEVED", "explanation", "Mới sửa được 2 trên 3 phòng học");

  @Test
  void the_principal_records_a_result_shown_on_the_action_with_one_event() throws Exception {
    Events.PlanFixture plan = aPlanWithTwoRowsAndThreeActions(HE_MUONG);
    approve(plan);
    String actionId = plan.actionIds().get(2);

    Map<?, ?> body = recordResult(DemoUsers.principalHeMuong(), actionId, PARTLY).body();

    assertEquals("PARTLY_ACHIEVED", body.get("result"));
    assertEquals("Mới sửa được 2 trên 3 phòng học", body.get("resultExplanation"));
    assertNotNull(body.get("resultAt"));
    Map<String, Object> listed =
        actions(DemoUsers.reviewerDienBien(), "planId=" + plan.planId()).get(2);
    assertEquals("PARTLY_ACHIEVED", listed.get("result"));
    assertNull(
        actions(DemoUsers.reviewerDienBien(), "planId=" + plan.planId()).get(0).get("result"));
    assertEquals(
        "PARTLY_ACHIEVED",
        ((Map<?, ?>) actionDetail(DemoUsers.staffHeMuong(), actionId).get("action")).get("result"));
    assertEquals(
        "principal.hemuong",
        db.string("SELECT result_by FROM tracked_action WHERE id = ?", actionId));
    assertEquals(
        1,
        db.count(
            "SELECT COUNT(*) FROM outbox_event WHERE aggregate_id = ? AND tenant_id = 'dienbien'"
                + " AND source = 'monitoring' AND event_type = 'ActionResultRecorded'"
                + " AND schema_version = 1",
            actionId));
    Map<?, ?> event =
        json.readValue(
            db.string(
                "SELECT payload FROM outbox_event WHERE aggregate_id = ?"
                    + " AND event_type = 'ActionResultRecorded'",
                actionId),
            Map.class);
    assertEquals(actionId, event.get("actionId"));
    assertEquals(plan.planId(), event.get("planId"));
    assertEquals(HE_MUONG, event.get("schoolId"));
    assertEquals("2026-2027", event.get("schoolYear"));
    assertEquals("3.1", event.get("criterionCode"));
    assertEquals("PARTLY_ACHIEVED", event.get("result"));
    assertEquals("Mới sửa được 2 trên 3 phòng học", event.get("explanation"));
    assertEquals("principal.hemuong", event.get("recordedBy"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void each_row_gets_the_result_of_its_actions_once_every_action_has_one() throws Exception {
    Events.PlanFixture plan = aPlanWithTwoRowsAndThreeActions(HE_MUONG);
    approve(plan);
    List<String> ids = plan.actionIds();
    recordResult(DemoUsers.principalHeMuong(), ids.get(0), Map.of("result", "ACHIEVED"));
    recordResult(DemoUsers.principalHeMuong(), ids.get(2), PARTLY);

    List<Map<String, Object>> rows = rowResults(plan.planId());
    assertEquals(2, rows.size(), rows.toString());
    assertEquals("1.2", rows.get(0).get("criterionCode"));
    assertNull(rows.get(0).get("result"), "one of its two actions has no result yet");
    assertEquals(1, rows.get(0).get("actionsWithResult"));
    assertEquals(2, rows.get(0).get("actions"));
    assertEquals("PARTLY_ACHIEVED", rows.get(1).get("result"));
    assertEquals("đạt một phần", rows.get(1).get("resultLabel"));
    assertEquals(List.of("Mới sửa được 2 trên 3 phòng học"), rows.get(1).get("explanations"));

    recordResult(
        DemoUsers.principalHeMuong(),
        ids.get(1),
        Map.of("result", "NOT_ACHIEVED", "explanation", "Chưa bố trí được kinh phí"));
    assertEquals("PARTLY_ACHIEVED", rowResults(plan.planId()).get(0).get("result"));
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> rowResults(String planId) {
    return (List<Map<String, Object>>)
        http.toBlocking()
            .retrieve(
                io.micronaut.http.HttpRequest.GET(
                        "/api/monitoring/plans/" + planId + "/row-results")
                    .bearerAuth(DemoUsers.reviewerDienBien()),
                Map.class)
            .get("items");
  }

  @Test
  void achieved_needs_no_explanation_and_a_result_may_be_corrected() throws Exception {
    Events.PlanFixture plan = aPlanWithTwoRowsAndThreeActions(HE_MUONG);
    approve(plan);
    String actionId = plan.actionIds().get(0);

    recordResult(DemoUsers.principalHeMuong(), actionId, PARTLY);
    Map<?, ?> body =
        recordResult(DemoUsers.principalHeMuong(), actionId, Map.of("result", "ACHIEVED")).body();

    assertEquals("ACHIEVED", body.get("result"));
    assertNull(body.get("resultExplanation"));
    assertEquals(
        2,
        db.count(
            "SELECT COUNT(*) FROM outbox_event WHERE aggregate_id = ?"
                + " AND event_type = 'ActionResultRecorded'",
            actionId));
  }

  @Test
  void a_missing_explanation_is_a_vietnamese_422_and_writes_nothing() throws Exception {
    Events.PlanFixture plan = aPlanWithTwoRowsAndThreeActions(HE_MUONG);
    approve(plan);
    String actionId = plan.actionIds().get(1);

    for (Map<String, Object> bad :
        List.<Map<String, Object>>of(
            Map.of("result", "NOT_ACHIEVED"),
            Map.of("result", "PARTLY_ACHIEVED", "explanation", "   "))) {
      Map<String, Object> problem =
          problemOf(() -> recordResult(DemoUsers.principalHeMuong(), actionId, bad));
      assertEquals(422, problem.get("httpStatus"));
      assertTrue(problem.get("title").toString().startsWith("Dữ liệu chưa hợp lệ"));
      assertTrue(problem.get("detail").toString().contains("Cần giải thích"), problem.toString());
      assertEquals(
          List.of("explanation"),
          ((List<?>) problem.get("errors"))
              .stream().map(f -> ((Map<?, ?>) f).get("field")).toList());
    }
    Map<String, Object> unknown =
        problemOf(
            () ->
                recordResult(
                    DemoUsers.principalHeMuong(), actionId, Map.of("result", "EXCELLENT")));
    assertEquals(422, unknown.get("httpStatus"));
    assertNull(db.string("SELECT result FROM tracked_action WHERE id = ?", actionId));
    assertEquals(0, db.count("SELECT COUNT(*) FROM outbox_event WHERE aggregate_id = ?", actionId));
  }

  @Test
  void only_the_principal_of_the_school_records_results() throws Exception {
    Events.PlanFixture plan = aPlanWithTwoRowsAndThreeActions(HE_MUONG);
    approve(plan);
    String actionId = plan.actionIds().get(0);
    assignLead(DemoUsers.principalHeMuong(), actionId, "staff.hemuong");

    Map<String, HttpStatus> expected = new LinkedHashMap<>();
    expected.put(DemoUsers.staffHeMuong(), HttpStatus.FORBIDDEN);
    expected.put(DemoUsers.reviewerDienBien(), HttpStatus.FORBIDDEN);
    expected.put(DemoUsers.adminDienBien(), HttpStatus.FORBIDDEN);
    expected.put(DemoUsers.principalThanhXuong(), HttpStatus.NOT_FOUND);
    expected.put(DemoUsers.reviewerHcm(), HttpStatus.NOT_FOUND);
    expected.put(DemoUsers.principalDinhPhuoc(), HttpStatus.NOT_FOUND);
    expected.put(DemoUsers.principalHeMuong(), HttpStatus.OK);

    for (Map.Entry<String, HttpStatus> e : expected.entrySet()) {
      assertEquals(e.getValue(), outcomeOf(() -> recordResult(e.getKey(), actionId, PARTLY)));
      if (e.getValue() != HttpStatus.OK) {
        assertNull(db.string("SELECT result FROM tracked_action WHERE id = ?", actionId));
      }
    }
    assertEquals(
        "PARTLY_ACHIEVED", db.string("SELECT result FROM tracked_action WHERE id = ?", actionId));
  }

  @Test
  void a_re_approved_plan_keeps_the_recorded_result() throws Exception {
    Events.PlanFixture plan = aPlanWithTwoRowsAndThreeActions(HE_MUONG);
    approve(plan);
    String actionId = plan.actionIds().get(0);
    recordResult(DemoUsers.principalHeMuong(), actionId, PARTLY);

    approve(plan.withRevision(6, " (điều chỉnh)"));

    Map<String, Object> listed =
        actions(DemoUsers.reviewerDienBien(), "planId=" + plan.planId()).get(0);
    assertEquals("Kiện toàn tổ chuyên môn (điều chỉnh)", listed.get("description"));
    assertEquals("PARTLY_ACHIEVED", listed.get("result"));
  }

  @Test
  void the_action_list_filters_by_status_and_by_result() throws Exception {
    Events.PlanFixture plan = aPlanWithTwoRowsAndThreeActions(HE_MUONG);
    approve(plan);
    List<String> ids = plan.actionIds();
    reportProgress(
        DemoUsers.principalHeMuong(), ids.get(0), Map.of("status", "DONE", "percentDone", 100));
    reportProgress(
        DemoUsers.principalHeMuong(),
        ids.get(1),
        Map.of("status", "IN_PROGRESS", "percentDone", 50));
    recordResult(DemoUsers.principalHeMuong(), ids.get(0), Map.of("result", "ACHIEVED"));
    recordResult(DemoUsers.principalHeMuong(), ids.get(1), PARTLY);
    String byPlan = "planId=" + plan.planId();

    assertEquals(List.of(ids.get(0)), idsOf(byPlan + "&status=DONE"));
    assertEquals(List.of(ids.get(2)), idsOf(byPlan + "&status=NOT_STARTED"));
    assertEquals(List.of(ids.get(1)), idsOf(byPlan + "&result=PARTLY_ACHIEVED"));
    assertEquals(List.of(ids.get(2)), idsOf(byPlan + "&result=NONE"));
    assertEquals(List.of(), idsOf(byPlan + "&status=DONE&result=PARTLY_ACHIEVED"));
    assertEquals(List.of(ids.get(0)), idsOf(byPlan + "&status=DONE&result=ACHIEVED"));
    for (String bad : List.of("&status=FINISHED", "&result=GOOD")) {
      Map<String, Object> problem =
          problemOf(() -> actions(DemoUsers.reviewerDienBien(), byPlan + bad));
      assertEquals(400, problem.get("httpStatus"));
      assertTrue(problem.get("detail").toString().startsWith("Tham số"));
    }
  }

  private List<Object> idsOf(String query) {
    return actions(DemoUsers.reviewerDienBien(), query).stream().map(a -> a.get("id")).toList();
  }
}

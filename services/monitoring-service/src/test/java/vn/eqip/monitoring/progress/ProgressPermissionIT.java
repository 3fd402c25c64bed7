package vn.eqip.monitoring.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.eqip.monitoring.testing.Events.aPlanWithTwoRowsAndThreeActions;
import static vn.eqip.platform.testing.DemoOrgTree.DIENBIEN;
import static vn.eqip.platform.testing.DemoOrgTree.DINH_PHUOC;
import static vn.eqip.platform.testing.DemoOrgTree.HCM;
import static vn.eqip.platform.testing.DemoOrgTree.HE_MUONG;
import static vn.eqip.platform.testing.DemoOrgTree.MN_QUAN10;
import static vn.eqip.platform.testing.DemoOrgTree.THANH_XUONG;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.eqip.monitoring.evidence.Samples;
import vn.eqip.monitoring.testing.Events;
import vn.eqip.monitoring.testing.MonitoringTestBase;
import vn.eqip.platform.testing.DemoUsers;

/**
 * Who may report progress and assign leads: principal, staff lead, staff not lead, reviewer,
 * dept-admin, principal of another school, users of another tenant. Money spent and the notes
 * history.
 */
@MicronautTest(transactional = false)
class ProgressPermissionIT extends MonitoringTestBase {

  private static final Map<String, Object> IN_PROGRESS =
      Map.of("status", "IN_PROGRESS", "percentDone", 30, "moneySpent", 1_500_000);

  private String otherStaff() {
    return tokens.token("staff2.hemuong", DIENBIEN, HE_MUONG, "staff");
  }

  @Test
  void the_progress_permission_matrix_holds_for_every_kind_of_caller() throws Exception {
    Events.PlanFixture plan = aPlanWithTwoRowsAndThreeActions(HE_MUONG);
    approve(plan);
    String actionId = plan.actionIds().get(0);
    assignLead(DemoUsers.principalHeMuong(), actionId, "staff.hemuong");

    Map<String, HttpStatus> expected = new LinkedHashMap<>();
    expected.put(DemoUsers.principalHeMuong(), HttpStatus.OK);
    expected.put(DemoUsers.staffHeMuong(), HttpStatus.OK);
    expected.put(otherStaff(), HttpStatus.FORBIDDEN);
    expected.put(DemoUsers.reviewerDienBien(), HttpStatus.FORBIDDEN);
    expected.put(DemoUsers.adminDienBien(), HttpStatus.FORBIDDEN);
    expected.put(DemoUsers.principalThanhXuong(), HttpStatus.NOT_FOUND);
    expected.put(DemoUsers.reviewerHcm(), HttpStatus.NOT_FOUND);
    expected.put(DemoUsers.principalDinhPhuoc(), HttpStatus.NOT_FOUND);

    int allowed = 0;
    for (Map.Entry<String, HttpStatus> e : expected.entrySet()) {
      HttpStatus status = statusOf(() -> reportProgress(e.getKey(), actionId, IN_PROGRESS));
      assertEquals(e.getValue(), status);
      if (status == HttpStatus.OK) {
        allowed++;
      }
    }
    assertEquals(
        allowed, db.count("SELECT COUNT(*) FROM progress_note WHERE action_id = ?", actionId));
  }

  @Test
  void my_actions_lists_exactly_what_the_staff_member_leads_and_nothing_of_another_tenant()
      throws Exception {
    Events.PlanFixture plan = aPlanWithTwoRowsAndThreeActions(HE_MUONG);
    approve(plan);
    String led = plan.actionIds().get(0);
    String alsoLed = plan.actionIds().get(2);
    assignLead(DemoUsers.principalHeMuong(), led, "staff.hemuong");
    assignLead(DemoUsers.principalHeMuong(), alsoLed, "staff.hemuong");
    assignLead(DemoUsers.principalHeMuong(), plan.actionIds().get(1), "staff2.hemuong");
    Events.PlanFixture hcmPlan = aPlanWithTwoRowsAndThreeActions(MN_QUAN10);
    approve(HCM, hcmPlan);
    String hcmAction = hcmPlan.actionIds().get(0);
    assignLead(
        tokens.token("principal.quan10", HCM, MN_QUAN10, "principal"), hcmAction, "staff.hemuong");

    List<Object> mine =
        actions(DemoUsers.staffHeMuong(), "mine=true").stream().map(a -> a.get("id")).toList();
    List<Object> others =
        actions(otherStaff(), "mine=true").stream().map(a -> a.get("id")).toList();
    String sameNameElsewhere = tokens.token("staff.hemuong", HCM, MN_QUAN10, "staff");

    assertEquals(List.of(led, alsoLed), mine.stream().filter(plan.actionIds()::contains).toList());
    assertEquals(List.of(plan.actionIds().get(1)), others);
    assertTrue(!mine.contains(hcmAction));
    assertEquals(
        List.of(hcmAction),
        actions(sameNameElsewhere, "mine=true").stream().map(a -> a.get("id")).toList());
    assertTrue(actions(DemoUsers.principalHeMuong(), "mine=true").isEmpty());
  }

  @Test
  void staff_may_not_report_on_an_action_nobody_assigned_to_them() throws Exception {
    Events.PlanFixture plan = aPlanWithTwoRowsAndThreeActions(HE_MUONG);
    approve(plan);
    String actionId = plan.actionIds().get(1);

    HttpClientResponseException e =
        assertThrows(
            HttpClientResponseException.class,
            () -> reportProgress(DemoUsers.staffHeMuong(), actionId, IN_PROGRESS));

    assertEquals(HttpStatus.FORBIDDEN, e.getStatus());
    assertTrue(
        e.getResponse().getBody(Map.class).orElseThrow().get("detail").toString().contains("phụ"));
    assertEquals(0, db.count("SELECT COUNT(*) FROM progress_note WHERE action_id = ?", actionId));
  }

  @Test
  void a_lead_removed_by_the_principal_may_no_longer_report() throws Exception {
    Events.PlanFixture plan = aPlanWithTwoRowsAndThreeActions(HE_MUONG);
    approve(plan);
    String actionId = plan.actionIds().get(0);
    assignLead(DemoUsers.principalHeMuong(), actionId, "staff.hemuong");
    assignLead(DemoUsers.principalHeMuong(), actionId, null);

    assertEquals(
        HttpStatus.FORBIDDEN,
        statusOf(() -> reportProgress(DemoUsers.staffHeMuong(), actionId, IN_PROGRESS)));
    assertNull(db.string("SELECT lead_user_id FROM tracked_action WHERE id = ?", actionId));
  }

  @Test
  void only_the_principal_of_the_school_may_assign_a_lead() throws Exception {
    Events.PlanFixture plan = aPlanWithTwoRowsAndThreeActions(HE_MUONG);
    approve(plan);
    String actionId = plan.actionIds().get(0);

    Map<String, HttpStatus> expected = new LinkedHashMap<>();
    expected.put(DemoUsers.staffHeMuong(), HttpStatus.FORBIDDEN);
    expected.put(DemoUsers.reviewerDienBien(), HttpStatus.FORBIDDEN);
    expected.put(DemoUsers.adminDienBien(), HttpStatus.FORBIDDEN);
    expected.put(DemoUsers.principalThanhXuong(), HttpStatus.NOT_FOUND);
    expected.put(DemoUsers.principalDinhPhuoc(), HttpStatus.NOT_FOUND);
    for (Map.Entry<String, HttpStatus> e : expected.entrySet()) {
      assertEquals(e.getValue(), statusOf(() -> assignLead(e.getKey(), actionId, "staff.hemuong")));
    }
    assertNull(db.string("SELECT lead_user_id FROM tracked_action WHERE id = ?", actionId));

    Map<?, ?> body = assignLead(DemoUsers.principalHeMuong(), actionId, "staff.hemuong").body();
    assertEquals("staff.hemuong", body.get("leadUserId"));
    assertEquals(
        1,
        db.count(
            "SELECT COUNT(*) FROM outbox_event WHERE aggregate_id = ? AND event_type = ?",
            actionId,
            "ActionLeadAssigned"));
  }

  @Test
  void an_invalid_lead_username_is_422_and_nothing_changes() throws Exception {
    Events.PlanFixture plan = aPlanWithTwoRowsAndThreeActions(HE_MUONG);
    approve(plan);
    String actionId = plan.actionIds().get(0);

    assertEquals(
        HttpStatus.UNPROCESSABLE_ENTITY,
        statusOf(() -> assignLead(DemoUsers.principalHeMuong(), actionId, "a b<script>")));
    assertNull(db.string("SELECT lead_user_id FROM tracked_action WHERE id = ?", actionId));
  }

  @Test
  void money_spent_is_kept_on_the_action_and_in_the_dated_notes_history() throws Exception {
    Events.PlanFixture plan = aPlanWithTwoRowsAndThreeActions(HE_MUONG);
    approve(plan);
    String actionId = plan.actionIds().get(0);
    String principal = DemoUsers.principalHeMuong();

    reportProgress(principal, actionId, IN_PROGRESS);
    Map<?, ?> second =
        reportProgress(
                principal,
                actionId,
                Map.of("status", "IN_PROGRESS", "percentDone", 60, "note", "Đã tập huấn"))
            .body();

    assertEquals(1_500_000L, ((Number) second.get("moneySpent")).longValue());
    Map<String, Object> detail = actionDetail(principal, actionId);
    @SuppressWarnings("unchecked")
    Map<String, Object> action = (Map<String, Object>) detail.get("action");
    assertEquals(60, ((Number) action.get("percentDone")).intValue());
    assertEquals(1_500_000L, ((Number) action.get("moneySpent")).longValue());
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> notes = (List<Map<String, Object>>) detail.get("notes");
    assertEquals(2, notes.size());
    assertEquals(30, ((Number) notes.get(0).get("percentDone")).intValue(), notes::toString);
    assertEquals(1_500_000L, ((Number) notes.get(0).get("moneySpent")).longValue());
    assertEquals("Đã tập huấn", notes.get(1).get("note"));
    assertNull(notes.get(1).get("moneySpent"));
    assertEquals("principal.hemuong", notes.get(1).get("author"));
    assertTrue(notes.get(1).get("createdAt").toString().startsWith("20"));
  }

  @Test
  void negative_or_fractional_money_is_rejected_and_nothing_is_written() throws Exception {
    Events.PlanFixture plan = aPlanWithTwoRowsAndThreeActions(HE_MUONG);
    approve(plan);
    String actionId = plan.actionIds().get(0);
    String principal = DemoUsers.principalHeMuong();

    assertEquals(
        HttpStatus.UNPROCESSABLE_ENTITY,
        statusOf(
            () ->
                reportProgress(
                    principal,
                    actionId,
                    Map.of("status", "IN_PROGRESS", "percentDone", 10, "moneySpent", -1))));
    assertEquals(
        HttpStatus.UNPROCESSABLE_ENTITY,
        statusOf(
            () ->
                reportProgress(
                    principal,
                    actionId,
                    Map.of("status", "IN_PROGRESS", "percentDone", 10, "moneySpent", 12.5))));
    assertEquals("0", db.string("SELECT money_spent FROM tracked_action WHERE id = ?", actionId));
    assertEquals(0, db.count("SELECT COUNT(*) FROM progress_note WHERE action_id = ?", actionId));
  }

  @Test
  void the_detail_of_an_action_is_404_outside_the_callers_scope_and_tenant() throws Exception {
    Events.PlanFixture plan = aPlanWithTwoRowsAndThreeActions(HE_MUONG);
    approve(plan);
    String actionId = plan.actionIds().get(0);

    assertEquals(
        actionId,
        ((Map<?, ?>) actionDetail(DemoUsers.reviewerDienBien(), actionId).get("action")).get("id"));
    for (String token : List.of(DemoUsers.principalThanhXuong(), DemoUsers.reviewerHcm())) {
      assertEquals(HttpStatus.NOT_FOUND, statusOf(() -> actionDetail(token, actionId)));
    }
  }

  @Test
  void a_re_approved_plan_keeps_money_and_lead_and_refreshes_the_dates() throws Exception {
    String actionId = UUID.randomUUID().toString();
    Events.PlanFixture plan =
        new Events.PlanFixture(
            UUID.randomUUID().toString(),
            HE_MUONG,
            "2026-2027",
            4,
            List.of(
                new Events.RowFixture(
                    UUID.randomUUID().toString(),
                    "2.3",
                    List.of(
                        new Events.ActionFixture(
                            actionId, "Mua sách", Map.of("timelineEnd", "2027-03-31"))))));
    approve(plan);
    assignLead(DemoUsers.principalHeMuong(), actionId, "staff.hemuong");
    reportProgress(DemoUsers.staffHeMuong(), actionId, IN_PROGRESS);

    Events.PlanFixture amended =
        new Events.PlanFixture(
            plan.planId(),
            HE_MUONG,
            "2026-2027",
            6,
            List.of(
                new Events.RowFixture(
                    plan.rows().get(0).rowId(),
                    "2.3",
                    List.of(
                        new Events.ActionFixture(
                            actionId,
                            "Mua sách tham khảo",
                            Map.of("timelineEnd", "2027-04-30", "recurring", true))))));
    approve(amended);

    Map<String, Object> action =
        actions(DemoUsers.principalHeMuong(), "planId=" + plan.planId()).get(0);
    assertEquals("Mua sách tham khảo", action.get("description"));
    assertEquals("2027-04-30", action.get("timelineEnd"));
    assertEquals(true, action.get("recurring"));
    assertEquals("staff.hemuong", action.get("leadUserId"));
    assertEquals(30, ((Number) action.get("percentDone")).intValue());
    assertEquals(1_500_000L, ((Number) action.get("moneySpent")).longValue());
  }

  @Test
  void being_named_lead_gives_no_right_outside_the_callers_tenant_or_school() throws Exception {
    Events.PlanFixture plan = aPlanWithTwoRowsAndThreeActions(HE_MUONG);
    approve(plan);
    String led = plan.actionIds().get(0);
    assignLead(DemoUsers.principalHeMuong(), led, "staff.hemuong");
    // the same username in another tenant: a lead is stored as a bare username
    String sameNameInHcm = tokens.token("staff.hemuong", HCM, DINH_PHUOC, "staff");
    Events.PlanFixture otherSchool = aPlanWithTwoRowsAndThreeActions(THANH_XUONG);
    approve(otherSchool);
    String ledElsewhere = otherSchool.actionIds().get(0);
    // another school's principal names Hẹ Muông's staff member as lead of one of its actions
    assignLead(DemoUsers.principalThanhXuong(), ledElsewhere, "staff.hemuong");

    assertEquals(
        HttpStatus.NOT_FOUND, statusOf(() -> reportProgress(sameNameInHcm, led, IN_PROGRESS)));
    assertEquals(
        HttpStatus.NOT_FOUND,
        statusOf(() -> uploadEvidence(sameNameInHcm, led, "a.pdf", Samples.pdf())));
    assertTrue(actions(sameNameInHcm, "mine=true").isEmpty());
    assertEquals(
        HttpStatus.NOT_FOUND,
        statusOf(() -> reportProgress(DemoUsers.staffHeMuong(), ledElsewhere, IN_PROGRESS)));
    assertTrue(
        actions(DemoUsers.staffHeMuong(), "mine=true").stream()
            .noneMatch(a -> ledElsewhere.equals(a.get("id"))));
    assertEquals(
        0,
        db.count(
            "SELECT COUNT(*) FROM progress_note WHERE action_id IN (?, ?)", led, ledElsewhere));
    assertEquals(0, db.count("SELECT COUNT(*) FROM evidence_file WHERE action_id = ?", led));
  }

  private static HttpStatus statusOf(Runnable call) {
    try {
      call.run();
      return HttpStatus.OK;
    } catch (HttpClientResponseException e) {
      assertEquals(
          "application/problem+json", e.getResponse().getContentType().orElseThrow().toString());
      return e.getStatus();
    }
  }
}

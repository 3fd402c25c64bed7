package vn.eqip.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.eqip.monitoring.testing.Events.aPlanWithTwoRowsAndThreeActions;
import static vn.eqip.platform.testing.DemoOrgTree.DIENBIEN;
import static vn.eqip.platform.testing.DemoOrgTree.DINH_PHUOC;
import static vn.eqip.platform.testing.DemoOrgTree.HCM;
import static vn.eqip.platform.testing.DemoOrgTree.HE_MUONG;
import static vn.eqip.platform.testing.DemoOrgTree.THANH_XUONG;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.eqip.monitoring.actions.TrackedActionRepository;
import vn.eqip.monitoring.actions.TrackedPlans;
import vn.eqip.monitoring.progress.ProgressNoteRepository;
import vn.eqip.monitoring.supervision.SupervisionReportRepository;
import vn.eqip.monitoring.testing.Events;
import vn.eqip.monitoring.testing.MonitoringTestBase;
import vn.eqip.platform.testing.DemoUsers;

/**
 * Two tenants, several schools: a caller never sees nor changes actions of another tenant or of a
 * school outside their org unit's subtree, and the hand-written SQL filters by tenant by itself.
 */
@MicronautTest(transactional = false)
class TenantIsolationIT extends MonitoringTestBase {

  @Inject TrackedActionRepository repository;
  @Inject ProgressNoteRepository notes;
  @Inject SupervisionReportRepository supervision;
  @Inject TrackedPlans trackedPlans;

  @Test
  void a_reviewer_of_another_tenant_sees_nothing_of_the_plan_or_the_school() throws Exception {
    Events.PlanFixture plan = aPlanWithTwoRowsAndThreeActions(HE_MUONG);
    approve(plan);

    assertTrue(actions(DemoUsers.reviewerHcm(), "planId=" + plan.planId()).isEmpty());
    assertTrue(actions(DemoUsers.reviewerHcm(), "schoolId=" + HE_MUONG).isEmpty());
    assertTrue(actions(DemoUsers.principalDinhPhuoc(), "planId=" + plan.planId()).isEmpty());
  }

  @Test
  void users_of_another_tenant_get_404_when_reporting_progress_and_nothing_changes()
      throws Exception {
    Events.PlanFixture plan = aPlanWithTwoRowsAndThreeActions(HE_MUONG);
    approve(plan);
    String actionId = plan.actionIds().get(0);

    for (String token : List.of(DemoUsers.reviewerHcm(), DemoUsers.principalDinhPhuoc())) {
      HttpClientResponseException e =
          assertThrows(
              HttpClientResponseException.class,
              () ->
                  reportProgress(
                      token, actionId, Map.of("status", "IN_PROGRESS", "percentDone", 90)));
      assertEquals(HttpStatus.NOT_FOUND, e.getStatus());
    }
    assertUntouched(actionId);
  }

  @Test
  void a_principal_of_another_school_of_the_same_tenant_sees_and_changes_nothing()
      throws Exception {
    Events.PlanFixture plan = aPlanWithTwoRowsAndThreeActions(HE_MUONG);
    approve(plan);
    String actionId = plan.actionIds().get(1);

    assertTrue(actions(DemoUsers.principalThanhXuong(), "planId=" + plan.planId()).isEmpty());
    assertTrue(actions(DemoUsers.principalThanhXuong(), "schoolId=" + HE_MUONG).isEmpty());
    HttpClientResponseException e =
        assertThrows(
            HttpClientResponseException.class,
            () ->
                reportProgress(
                    DemoUsers.principalThanhXuong(),
                    actionId,
                    Map.of("status", "IN_PROGRESS", "percentDone", 90)));
    assertEquals(HttpStatus.NOT_FOUND, e.getStatus());
    assertUntouched(actionId);
  }

  @Test
  void a_reviewer_of_another_office_of_the_same_tenant_sees_nothing_of_the_school()
      throws Exception {
    Events.PlanFixture plan = aPlanWithTwoRowsAndThreeActions(HE_MUONG);
    approve(plan);

    assertTrue(actions(DemoUsers.reviewerThanhXuongOffice(), "planId=" + plan.planId()).isEmpty());
    assertEquals(3, actions(DemoUsers.reviewerDienBien(), "planId=" + plan.planId()).size());
  }

  @Test
  void the_same_plan_id_in_two_tenants_never_mixes_their_actions() throws Exception {
    Events.PlanFixture dienBienPlan = aPlanWithTwoRowsAndThreeActions(HE_MUONG);
    approve(dienBienPlan);
    Events.PlanFixture hcmPlan =
        new Events.PlanFixture(
            dienBienPlan.planId(),
            DINH_PHUOC,
            "2026-2027",
            1,
            aPlanWithTwoRowsAndThreeActions(DINH_PHUOC).rows());
    approve(HCM, hcmPlan);

    assertEquals(
        dienBienPlan.actionIds(),
        actions(DemoUsers.reviewerDienBien(), "planId=" + dienBienPlan.planId()).stream()
            .map(a -> a.get("id"))
            .toList());
    assertEquals(
        hcmPlan.actionIds(),
        actions(DemoUsers.reviewerHcm(), "planId=" + dienBienPlan.planId()).stream()
            .map(a -> a.get("id"))
            .toList());
  }

  @Test
  void an_event_of_another_tenant_reusing_an_action_id_does_not_overwrite_the_action()
      throws Exception {
    Events.PlanFixture plan = aPlanWithTwoRowsAndThreeActions(HE_MUONG);
    approve(plan);

    approve(HCM, plan.withRevision(99, " (giả mạo)"));

    assertEquals(
        DIENBIEN,
        db.string("SELECT tenant_id FROM tracked_action WHERE id = ?", plan.actionIds().get(0)));
    assertEquals(
        "Kiện toàn tổ chuyên môn",
        db.string("SELECT description FROM tracked_action WHERE id = ?", plan.actionIds().get(0)));
  }

  @Test
  void the_hand_written_queries_filter_by_tenant_even_with_a_match_all_scope() throws Exception {
    Events.PlanFixture plan = aPlanWithTwoRowsAndThreeActions(HE_MUONG);
    approve(plan);
    String actionId = plan.actionIds().get(0);

    assertTrue(repository.findByPlanInSubtree(HCM, plan.planId(), "%").isEmpty());
    assertTrue(repository.findBySchoolInSubtree(HCM, HE_MUONG, "%").isEmpty());
    assertTrue(repository.findByTenantIdAndId(HCM, actionId).isEmpty());
    assertEquals(0, repository.updateProgress(HCM, actionId, "DONE", 100, Instant.now()));
    assertEquals(
        0,
        repository.refreshFromPlan(
            HCM, actionId, plan.planId(), "r", null, "x", null, null, null, 1, 999, Instant.now()));
    assertEquals(3, repository.findByPlanInSubtree(DIENBIEN, plan.planId(), "%").size());
    assertUntouched(actionId);
  }

  @Test
  void the_hand_written_queries_of_issue_6_filter_by_tenant_too() throws Exception {
    Events.PlanFixture plan = aPlanWithTwoRowsAndThreeActions(HE_MUONG);
    approve(plan);
    String actionId = plan.actionIds().get(0);
    LocalDate from = LocalDate.of(1, 1, 1);
    LocalDate to = LocalDate.of(9999, 12, 31);
    tx.executeWrite(
        status ->
            jdbc.prepareStatement(
                "UPDATE tracked_action SET timeline_end = '2027-01-01' WHERE id = ?",
                ps -> {
                  ps.setString(1, actionId);
                  return ps.executeUpdate();
                }));

    assertTrue(repository.findOpenEndingBetweenInSubtree(HCM, "%", from, to).isEmpty());
    assertTrue(repository.findOpenEndingBetween(HCM, from, to).isEmpty());
    assertEquals(
        0, repository.updateProgressAndMoney(HCM, actionId, "DONE", 100, 5, Instant.now()));
    assertEquals(0, repository.assignLead(HCM, actionId, "x", null, Instant.now()));
    assertEquals(0, repository.updateSchedule(HCM, actionId, plan.planId(), null, null, true, 5));
    assertTrue(notes.history(HCM, actionId).isEmpty());
    assertEquals(
        List.of(actionId),
        repository.findOpenEndingBetween(DIENBIEN, from, to).stream()
            .map(a -> a.id())
            .filter(actionId::equals)
            .toList());
    assertUntouched(actionId);
    assertEquals("0", db.string("SELECT money_spent FROM tracked_action WHERE id = ?", actionId));
    assertNull(db.string("SELECT lead_user_id FROM tracked_action WHERE id = ?", actionId));
  }

  @Test
  void supervision_reports_of_a_school_are_neither_seen_nor_filed_from_another_tenant_or_school()
      throws Exception {
    Map<String, Object> report =
        Map.of("schoolYear", "2040-2041", "period", "HK1", "findings", "Nhận xét của tổ giám sát");
    fileSupervisionReport(DemoUsers.principalHeMuong(), HE_MUONG, report);
    Map<String, Object> another =
        Map.of("schoolYear", "2040-2041", "period", "HK2", "findings", "Giả mạo");

    for (String outsider :
        List.of(
            DemoUsers.reviewerHcm(),
            DemoUsers.principalDinhPhuoc(),
            DemoUsers.principalThanhXuong(),
            DemoUsers.reviewerThanhXuongOffice())) {
      assertEquals(
          HttpStatus.NOT_FOUND, outcomeOf(() -> supervisionReports(outsider, HE_MUONG, null)));
      assertEquals(
          HttpStatus.NOT_FOUND,
          outcomeOf(() -> fileSupervisionReport(outsider, HE_MUONG, another)));
    }
    // nor did a refused report land on the refused principal's own school
    assertTrue(supervisionReports(DemoUsers.principalThanhXuong(), THANH_XUONG, null).isEmpty());
    assertEquals(
        1, db.count("SELECT COUNT(*) FROM supervision_report WHERE school_year = '2040-2041'"));
    assertEquals(
        1,
        db.count(
            "SELECT COUNT(*) FROM outbox_event WHERE event_type = 'SupervisionReportFiled'"
                + " AND payload LIKE '%2040-2041%'"));
    assertEquals(
        1,
        supervisionReports(DemoUsers.reviewerDienBien(), HE_MUONG, null).stream()
            .filter(r -> "2040-2041".equals(r.get("schoolYear")))
            .count());
  }

  @Test
  void year_end_results_cannot_be_recorded_from_another_tenant_or_school() throws Exception {
    Events.PlanFixture plan = aPlanWithTwoRowsAndThreeActions(HE_MUONG);
    approve(plan);
    String actionId = plan.actionIds().get(0);

    for (String outsider :
        List.of(
            DemoUsers.reviewerHcm(),
            DemoUsers.principalDinhPhuoc(),
            DemoUsers.principalThanhXuong())) {
      assertEquals(
          HttpStatus.NOT_FOUND,
          outcomeOf(
              () ->
                  recordResult(
                      outsider, actionId, Map.of("result", "NOT_ACHIEVED", "explanation", "x"))));
    }
    assertTrue(actions(DemoUsers.reviewerHcm(), "schoolId=" + HE_MUONG + "&result=NONE").isEmpty());
    assertNull(db.string("SELECT result FROM tracked_action WHERE id = ?", actionId));
    assertUntouched(actionId);
  }

  @Test
  void the_hand_written_queries_of_supervision_and_results_filter_by_tenant() throws Exception {
    Events.PlanFixture plan = aPlanWithTwoRowsAndThreeActions(HE_MUONG);
    approve(plan);
    String actionId = plan.actionIds().get(0);
    fileSupervisionReport(
        DemoUsers.principalHeMuong(),
        HE_MUONG,
        Map.of("schoolYear", "2041-2042", "period", "HK1", "findings", "Nhận xét"));

    assertTrue(supervision.findBySchool(HCM, HE_MUONG, null).isEmpty());
    assertTrue(supervision.findBySchool(HCM, HE_MUONG, "2041-2042").isEmpty());
    assertEquals(1, supervision.findBySchool(DIENBIEN, HE_MUONG, "2041-2042").size());
    assertTrue(
        repository
            .findByTenantIdAndSchoolIdAndSchoolYearAndRemovedAtIsNull(HCM, HE_MUONG, "2026-2027")
            .isEmpty());
    assertEquals(0, repository.recordResult(HCM, actionId, "ACHIEVED", null, "x", Instant.now()));
    // the same school, year and period in another tenant is another report
    assertEquals(
        1,
        supervision.insertIfAbsent(
            java.util.UUID.randomUUID().toString(),
            HCM,
            HE_MUONG,
            "2041-2042",
            "HK1",
            "f",
            null,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            "x",
            Instant.now()));
    assertEquals(1, supervision.findBySchool(DIENBIEN, HE_MUONG, "2041-2042").size());
    assertEquals(
        "Nhận xét",
        supervision.findBySchool(DIENBIEN, HE_MUONG, null).stream()
            .filter(r -> r.schoolYear().equals("2041-2042"))
            .findFirst()
            .orElseThrow()
            .findings());
    assertNull(db.string("SELECT result FROM tracked_action WHERE id = ?", actionId));
    assertUntouched(actionId);
  }

  @Test
  void the_queries_of_plan_amendments_filter_by_tenant() throws Exception {
    Events.PlanFixture plan = aPlanWithTwoRowsAndThreeActions(HE_MUONG);
    approve(plan);
    String actionId = plan.actionIds().get(0);

    assertTrue(repository.findByTenantIdAndPlanId(HCM, plan.planId()).isEmpty());
    assertEquals(0, repository.markRemoved(HCM, actionId, plan.planId(), 999, Instant.now()));
    assertTrue(
        tx.executeWrite(status -> trackedPlans.lockAppliedRevision(HCM, plan.planId())).isEmpty());
    // the same plan id applied in another tenant is another plan
    tx.executeWrite(
        status -> {
          trackedPlans.recordApplied(HCM, plan.planId(), HE_MUONG, "2026-2027", 999, Instant.now());
          return null;
        });
    assertEquals(
        5,
        tx.executeWrite(status -> trackedPlans.lockAppliedRevision(DIENBIEN, plan.planId()))
            .orElseThrow());
    assertEquals(3, repository.findByTenantIdAndPlanId(DIENBIEN, plan.planId()).size());
    assertNull(db.string("SELECT removed_at FROM tracked_action WHERE id = ?", actionId));
    assertUntouched(actionId);
  }

  private void assertUntouched(String actionId) {
    assertEquals(
        DIENBIEN, db.string("SELECT tenant_id FROM tracked_action WHERE id = ?", actionId));
    assertEquals(
        "NOT_STARTED", db.string("SELECT status FROM tracked_action WHERE id = ?", actionId));
    assertEquals("0", db.string("SELECT percent_done FROM tracked_action WHERE id = ?", actionId));
    assertEquals(0, db.count("SELECT COUNT(*) FROM progress_note WHERE action_id = ?", actionId));
    assertEquals(0, db.count("SELECT COUNT(*) FROM outbox_event WHERE aggregate_id = ?", actionId));
  }
}

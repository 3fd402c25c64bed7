package vn.eqip.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.eqip.platform.testing.DemoOrgTree.DIENBIEN;
import static vn.eqip.platform.testing.DemoOrgTree.DIENBIEN_ROOT;
import static vn.eqip.platform.testing.DemoOrgTree.DINH_PHUOC;
import static vn.eqip.platform.testing.DemoOrgTree.HCM;
import static vn.eqip.platform.testing.DemoOrgTree.HE_MUONG;
import static vn.eqip.platform.testing.DemoOrgTree.HE_MUONG_OFFICE;
import static vn.eqip.platform.testing.DemoOrgTree.MN_QUAN10;
import static vn.eqip.platform.testing.DemoOrgTree.THANH_XUONG;
import static vn.eqip.platform.testing.DemoOrgTree.THANH_XUONG_OFFICE;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.eqip.platform.testing.DemoUsers;
import vn.eqip.platform.testing.EventEnvelopes;
import vn.eqip.reporting.attainment.AttainmentQuery;
import vn.eqip.reporting.attainment.AttainmentRow;
import vn.eqip.reporting.heatmap.HeatmapQuery;
import vn.eqip.reporting.progress.ProgressQuery;
import vn.eqip.reporting.progress.ProgressRow;
import vn.eqip.reporting.readmodel.PlanViews;
import vn.eqip.reporting.rollup.RollupQuery;
import vn.eqip.reporting.rollup.RollupRow;
import vn.eqip.reporting.rollup.SchoolYear;
import vn.eqip.reporting.scope.SchoolsOfYear;
import vn.eqip.reporting.submission.SubmissionQuery;
import vn.eqip.reporting.submission.SubmissionRow;
import vn.eqip.reporting.testing.Events;
import vn.eqip.reporting.testing.ReportingTestBase;

/**
 * Two tenants: a user of one never sees the other's schools, plans or assessments, not even when an
 * event of one tenant names an id of the other; the hand-written SQL filters by tenant itself.
 */
@MicronautTest(transactional = false)
class TenantIsolationIT extends ReportingTestBase {

  static final String YEAR = "2026-2027";
  static final String TT17 = "TT17-2018-TH";

  /** Every report endpoint, with the query each needs (orgUnitId is appended). */
  static final List<String> REPORTS =
      List.of(
          "/api/reports/rollup?schoolYear=" + YEAR,
          "/api/reports/attainment?schoolYear=" + YEAR,
          "/api/reports/heatmap?schoolYear=" + YEAR + "&framework=" + TT17,
          "/api/reports/heatmap/criteria/1.1/schools?schoolYear=" + YEAR + "&framework=" + TT17,
          "/api/reports/rollup.xlsx?schoolYear=" + YEAR,
          "/api/reports/attainment.xlsx?schoolYear=" + YEAR,
          "/api/reports/submissions?schoolYear=" + YEAR,
          "/api/reports/progress?schoolYear=" + YEAR,
          "/api/reports/submissions.xlsx?schoolYear=" + YEAR,
          "/api/reports/rollup?format=xlsx&schoolYear=" + YEAR,
          "/api/reports/attainment?format=xlsx&schoolYear=" + YEAR,
          "/api/reports/criteria?format=xlsx&schoolYear=" + YEAR + "&framework=" + TT17,
          "/api/reports/criteria.xlsx?schoolYear=" + YEAR + "&framework=" + TT17,
          "/api/reports/submissions?format=xlsx&schoolYear=" + YEAR,
          "/api/reports/progress?format=xlsx&schoolYear=" + YEAR,
          "/api/reports/progress.xlsx?schoolYear=" + YEAR,
          "/api/reports/year-over-year?from=2025-2026&to=" + YEAR,
          "/api/reports/year-over-year?format=xlsx&from=2025-2026&to=" + YEAR);

  static final String PROGRESS_YEAR = "2027-2028";

  /**
   * The schools tables the queries read: today's (a year not over) and a past year's (school
   * snapshots from the history, here all made after that year: each school's first one).
   */
  static final List<String> SCHOOL_TABLES =
      List.of(
          SchoolsOfYear.table(SchoolYear.parse(YEAR).orElseThrow(), false),
          SchoolsOfYear.table(SchoolYear.parse("2020-2021").orElseThrow(), true));

  @Inject RollupQuery rollupQuery;
  @Inject AttainmentQuery attainmentQuery;
  @Inject HeatmapQuery heatmapQuery;
  @Inject PlanViews planViews;
  @Inject SubmissionQuery submissionQuery;
  @Inject ProgressQuery progressQuery;

  private String heMuongPlan;
  private final String thanhXuongAction = UUID.randomUUID().toString();
  private boolean seeded;

  @BeforeEach
  void seedPlans() throws Exception {
    if (seeded) {
      return;
    }
    heMuongPlan = planThrough(DIENBIEN, HE_MUONG, YEAR, "PlanCreated", "PlanSubmitted");
    planThrough(HCM, DINH_PHUOC, YEAR, "PlanCreated", "PlanSubmitted", "PlanApproved");
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
            Instant.parse("2026-05-20T08:00:00Z"),
            TT17,
            Map.of("1.1", 1, "1.2", 2)));
    // events of tenant hcm that (wrongly or maliciously) name a school id of tenant dienbien
    apply(events.plan("PlanApproved", HCM, UUID.randomUUID().toString(), HE_MUONG, YEAR, 9));
    apply(events.plan("PlanApproved", HCM, heMuongPlan, HE_MUONG, YEAR, 9));
    apply(
        events.assessmentFinished(
            HCM,
            UUID.randomUUID().toString(),
            HE_MUONG,
            YEAR,
            "SELF",
            5,
            new int[][] {{1, 1}, {1, 1}, {1, 1}, {1, 1}},
            4,
            Instant.parse("2026-09-01T00:00:00Z"),
            TT17,
            Map.of("1.1", 3, "9.9", 3)));
    // submission deadline and Thanh Xương's approved plan with progress (other school year),
    // then hcm events naming dienbien's year, plan and action
    apply(events.schoolYear("SchoolYearOpened", DIENBIEN, YEAR, "2026-10-15"));
    String approved = UUID.randomUUID().toString();
    apply(
        events.plan(
            "PlanApproved",
            DIENBIEN,
            approved,
            THANH_XUONG,
            PROGRESS_YEAR,
            3,
            Instant.parse("2027-10-01T00:00:00Z"),
            List.of(Events.row("1.1", Map.of(thanhXuongAction, 1_000_000L)))));
    apply(
        events.progress(
            DIENBIEN,
            thanhXuongAction,
            approved,
            THANH_XUONG,
            "IN_PROGRESS",
            30,
            200_000,
            Instant.parse("2027-11-01T00:00:00Z")));
    apply(events.schoolYear("SchoolYearOpened", HCM, YEAR, "2099-01-01"));
    apply(
        events.plan(
            "PlanApproved",
            HCM,
            approved,
            THANH_XUONG,
            PROGRESS_YEAR,
            9,
            Instant.parse("2027-12-01T00:00:00Z"),
            List.of(Events.row("9.9", Map.of(thanhXuongAction, 9_000_000L)))));
    apply(
        events.progress(
            HCM,
            thanhXuongAction,
            approved,
            THANH_XUONG,
            "DONE",
            100,
            9_000_000,
            Instant.parse("2027-12-02T00:00:00Z")));
    seeded = true;
  }

  @Test
  void a_user_of_another_tenant_sees_none_of_the_tenants_submissions_or_progress() {
    Map<String, Object> submissions = get(DemoUsers.reviewerHcm(), REPORTS.get(6));
    assertEquals(
        List.of(MN_QUAN10, DINH_PHUOC),
        items(submissions).stream().map(i -> i.get("schoolId")).toList());
    assertEquals("2099-01-01", submissions.get("submissionDeadline"));
    assertEquals(0, num(submissions.get("lateCount")));

    Map<String, Object> progress =
        get(DemoUsers.reviewerHcm(), "/api/reports/progress?schoolYear=" + PROGRESS_YEAR);
    assertEquals(
        List.of(MN_QUAN10, DINH_PHUOC),
        list(progress, "schools").stream().map(i -> i.get("schoolId")).toList());
    assertEquals(0, num(map(progress.get("summary")).get("actions")));
    assertTrue(list(progress, "standards").isEmpty());
  }

  @Test
  void events_of_another_tenant_never_change_the_tenants_submissions_or_progress() {
    Map<String, Object> submissions = get(DemoUsers.reviewerDienBien(), REPORTS.get(6));
    assertEquals("2026-10-15", submissions.get("submissionDeadline"));
    Map<String, Object> heMuong = item(submissions, HE_MUONG);
    assertEquals("SUBMITTED", heMuong.get("status"));
    assertTrue(heMuong.get("firstSubmittedAt") != null);
    assertNull(heMuong.get("approvedAt"));

    Map<String, Object> summary =
        map(
            get(DemoUsers.reviewerDienBien(), "/api/reports/progress?schoolYear=" + PROGRESS_YEAR)
                .get("summary"));
    assertEquals(1, num(summary.get("actions")));
    assertEquals(0, num(summary.get("done")));
    assertEquals(1_000_000L, ((Number) summary.get("budgetPlanned")).longValue());
    assertEquals(200_000L, ((Number) summary.get("moneySpent")).longValue());
  }

  @Test
  void the_submission_and_progress_queries_filter_by_tenant_even_with_a_match_all_pattern() {
    for (String schools : SCHOOL_TABLES) {
      submissionAndProgressFilterByTenant(schools);
    }
  }

  private void submissionAndProgressFilterByTenant(String schools) {
    List<SubmissionRow> hcm = submissionQuery.schools(schools, HCM, "%", YEAR);
    assertEquals(
        List.of(MN_QUAN10, DINH_PHUOC), hcm.stream().map(SubmissionRow::schoolId).toList());
    assertEquals("2099-01-01", submissionQuery.deadline(HCM, YEAR).orElseThrow().toString());
    assertEquals("2026-10-15", submissionQuery.deadline(DIENBIEN, YEAR).orElseThrow().toString());
    List<ProgressRow> hcmActions = progressQuery.actions(schools, HCM, "%", PROGRESS_YEAR);
    assertTrue(hcmActions.stream().allMatch(r -> r.actionId() == null));
    List<ProgressRow> dienBien = progressQuery.actions(schools, DIENBIEN, "%", PROGRESS_YEAR);
    ProgressRow action =
        dienBien.stream().filter(r -> thanhXuongAction.equals(r.actionId())).findFirst().get();
    assertEquals("1", action.standardCode());
    assertEquals(30, action.percentDone());
  }

  @Test
  void a_user_of_another_tenant_sees_none_of_the_tenants_schools_plans_or_assessments() {
    Map<String, Object> rollup = rollup(DemoUsers.reviewerHcm(), "schoolYear=" + YEAR);

    assertEquals(
        List.of(MN_QUAN10, DINH_PHUOC),
        items(rollup).stream().map(i -> i.get("schoolId")).toList());
    assertEquals(1, count(rollup, "APPROVED"));
    assertEquals(1, count(rollup, "NONE"));
    assertEquals(0, count(rollup, "SUBMITTED"));
    assertTrue(items(rollup).stream().allMatch(i -> i.get("assessment") == null));
  }

  @Test
  void events_of_another_tenant_naming_a_school_never_change_what_its_own_tenant_sees() {
    Map<String, Object> heMuong =
        item(rollup(DemoUsers.reviewerDienBien(), "schoolYear=" + YEAR), HE_MUONG);

    assertEquals(heMuongPlan, heMuong.get("planId"));
    assertEquals("SUBMITTED", heMuong.get("planStatus"));
    Map<?, ?> assessment = (Map<?, ?>) heMuong.get("assessment");
    assertEquals("2025-2026", assessment.get("schoolYear"));
    assertEquals(2, ((Number) assessment.get("overallLevel")).intValue());
  }

  @Test
  void an_org_unit_of_another_tenant_is_404() {
    for (String unit : List.of(DIENBIEN_ROOT, HE_MUONG_OFFICE, HE_MUONG)) {
      HttpClientResponseException e =
          assertThrows(
              HttpClientResponseException.class,
              () -> rollup(DemoUsers.reviewerHcm(), "schoolYear=" + YEAR + "&orgUnitId=" + unit));
      assertEquals(HttpStatus.NOT_FOUND, e.getStatus(), unit);
      assertEquals(
          "application/problem+json", e.getResponse().getContentType().orElseThrow().toString());
    }
  }

  @Test
  void a_user_of_another_tenant_sees_none_of_the_tenants_attainment_criteria_or_exports()
      throws Exception {
    Map<String, Object> attainment =
        get(DemoUsers.reviewerHcm(), "/api/reports/attainment?schoolYear=" + YEAR);
    assertEquals(
        List.of(MN_QUAN10, DINH_PHUOC),
        items(attainment).stream().map(i -> i.get("schoolId")).toList());
    assertTrue(items(attainment).stream().allMatch(i -> i.get("summaryLine") == null));
    assertEquals(2, num(map(attainment.get("summary")).get("notAssessedCount")));

    Map<String, Object> heatmap = get(DemoUsers.reviewerHcm(), REPORTS.get(2));
    assertEquals(0, num(heatmap.get("assessedSchools")));
    assertTrue(list(heatmap, "criteria").isEmpty());
    assertTrue(list(get(DemoUsers.reviewerHcm(), REPORTS.get(3)), "schools").isEmpty());
    for (String export :
        List.of(
            REPORTS.get(4),
            REPORTS.get(5),
            REPORTS.get(8),
            REPORTS.get(9),
            REPORTS.get(10),
            REPORTS.get(13),
            REPORTS.get(14),
            REPORTS.get(15))) {
      XSSFSheet sheet =
          new XSSFWorkbook(new ByteArrayInputStream(bytes(DemoUsers.reviewerHcm(), export)))
              .getSheetAt(0);
      assertTrue(sheet.getRow(1).getCell(0).getStringCellValue().contains("TP. Hồ Chí Minh"));
      List<String> names = new java.util.ArrayList<>();
      for (int r = 4; r < sheet.getLastRowNum(); r++) {
        names.add(sheet.getRow(r).getCell(2).getStringCellValue());
      }
      assertEquals(List.of("Trường Mầm non Quận 10", "Trường Tiểu học Định Phước"), names, export);
    }
    for (String export : List.of(REPORTS.get(11), REPORTS.get(12))) {
      XSSFSheet sheet =
          new XSSFWorkbook(new ByteArrayInputStream(bytes(DemoUsers.reviewerHcm(), export)))
              .getSheetAt(0);
      assertEquals("Tổng cộng", sheet.getRow(4).getCell(0).getStringCellValue(), "no criteria");
    }
  }

  @Test
  void events_of_another_tenant_never_change_the_tenants_attainment_or_criteria() {
    Map<String, Object> heMuong =
        items(get(DemoUsers.reviewerDienBien(), REPORTS.get(1))).stream()
            .filter(i -> HE_MUONG.equals(i.get("schoolId")))
            .findFirst()
            .orElseThrow();
    assertEquals(2, num(heMuong.get("overallLevel")));
    assertEquals("2025-2026", heMuong.get("assessmentYear"));

    Map<String, Object> heatmap = get(DemoUsers.reviewerDienBien(), REPORTS.get(2));
    assertEquals(
        List.of("1.1", "1.2"), list(heatmap, "criteria").stream().map(c -> c.get("code")).toList());
    List<Map<String, Object>> drill =
        list(get(DemoUsers.reviewerDienBien(), REPORTS.get(3)), "schools");
    assertEquals(List.of(HE_MUONG), drill.stream().map(d -> d.get("schoolId")).toList());
    assertEquals(1, num(drill.get(0).get("criterionLevel")));
    assertEquals(
        2,
        db.count(
            "SELECT COUNT(*) FROM assessment_criterion_view WHERE tenant_id = 'dienbien'"
                + " AND school_id = ?",
            HE_MUONG));
  }

  @Test
  void every_report_of_an_org_unit_of_another_tenant_is_404() {
    for (String report : REPORTS) {
      for (String unit : List.of(DIENBIEN_ROOT, HE_MUONG_OFFICE, HE_MUONG)) {
        HttpClientResponseException e =
            assertThrows(
                HttpClientResponseException.class,
                () -> get(DemoUsers.reviewerHcm(), report + "&orgUnitId=" + unit));
        assertEquals(HttpStatus.NOT_FOUND, e.getStatus(), report + " " + unit);
        assertEquals(
            "application/problem+json", e.getResponse().getContentType().orElseThrow().toString());
      }
    }
  }

  @Test
  void every_report_of_an_org_unit_outside_the_callers_subtree_is_404() {
    for (String report : REPORTS) {
      for (String unit : List.of(DIENBIEN_ROOT, THANH_XUONG_OFFICE, UUID.randomUUID().toString())) {
        HttpClientResponseException e =
            assertThrows(
                HttpClientResponseException.class,
                () -> get(DemoUsers.principalHeMuong(), report + "&orgUnitId=" + unit));
        assertEquals(HttpStatus.NOT_FOUND, e.getStatus(), report + " " + unit);
      }
    }
  }

  @Test
  void a_principal_sees_only_their_school_in_every_report() {
    String other = DemoUsers.principalThanhXuong();
    assertTrue(
        items(get(other, REPORTS.get(1))).stream()
            .noneMatch(i -> HE_MUONG.equals(i.get("schoolId"))));
    assertEquals(0, num(get(other, REPORTS.get(2)).get("assessedSchools")));
    assertTrue(list(get(other, REPORTS.get(3)), "schools").isEmpty());
    assertEquals(1, num(get(DemoUsers.principalHeMuong(), REPORTS.get(2)).get("assessedSchools")));
  }

  @Test
  void the_attainment_and_heatmap_queries_filter_by_tenant_even_with_a_match_all_pattern() {
    for (String schools : SCHOOL_TABLES) {
      attainmentAndHeatmapFilterByTenant(schools);
    }
  }

  private void attainmentAndHeatmapFilterByTenant(String schools) {
    List<AttainmentRow> hcm = attainmentQuery.schools(schools, HCM, "%", YEAR, null, null);
    assertEquals(
        List.of(MN_QUAN10, DINH_PHUOC), hcm.stream().map(AttainmentRow::schoolId).toList());
    assertTrue(hcm.stream().noneMatch(AttainmentRow::assessed));
    assertTrue(attainmentQuery.children(HCM, DIENBIEN_ROOT).isEmpty());
    assertTrue(heatmapQuery.cells(schools, HCM, "%", YEAR, TT17).isEmpty());
    assertEquals(0, heatmapQuery.assessedSchools(schools, HCM, "%", YEAR, TT17));
    assertTrue(heatmapQuery.schools(schools, HCM, "%", YEAR, TT17, "1.1", null).isEmpty());
    assertEquals(
        List.of(new HeatmapQuery.Cell("1.1", 1, 1), new HeatmapQuery.Cell("1.2", 2, 1)),
        heatmapQuery.cells(schools, DIENBIEN, "%", YEAR, TT17).stream()
            .sorted(java.util.Comparator.comparing(HeatmapQuery.Cell::code))
            .toList());
  }

  @Test
  void an_org_unit_of_the_same_tenant_outside_the_callers_subtree_is_404() {
    for (String unit : List.of(DIENBIEN_ROOT, THANH_XUONG_OFFICE, UUID.randomUUID().toString())) {
      HttpClientResponseException e =
          assertThrows(
              HttpClientResponseException.class,
              () ->
                  rollup(
                      DemoUsers.principalHeMuong(), "schoolYear=" + YEAR + "&orgUnitId=" + unit));
      assertEquals(HttpStatus.NOT_FOUND, e.getStatus(), unit);
    }
  }

  @Test
  void a_principal_sees_only_their_school_and_another_schools_principal_sees_none_of_it() {
    Map<String, Object> own = rollup(DemoUsers.principalHeMuong(), "schoolYear=" + YEAR);
    assertEquals(List.of(HE_MUONG), items(own).stream().map(i -> i.get("schoolId")).toList());

    Map<String, Object> other = rollup(DemoUsers.principalThanhXuong(), "schoolYear=" + YEAR);
    assertTrue(items(other).stream().noneMatch(i -> HE_MUONG.equals(i.get("schoolId"))));
    assertEquals(1, ((Number) other.get("schoolCount")).intValue());
    assertEquals(1, count(other, "NONE"));
  }

  @Test
  void the_rollup_query_filters_by_tenant_even_with_a_match_all_pattern() {
    for (String schools : SCHOOL_TABLES) {
      rollupFiltersByTenant(schools);
    }
  }

  private void rollupFiltersByTenant(String schools) {
    List<RollupRow> hcm = rollupQuery.schoolsInSubtree(schools, HCM, "%", YEAR);

    assertEquals(List.of(MN_QUAN10, DINH_PHUOC), hcm.stream().map(RollupRow::schoolId).toList());
    assertTrue(hcm.stream().allMatch(r -> r.assessment() == null));
    List<RollupRow> dienBien = rollupQuery.schoolsInSubtree(schools, DIENBIEN, "%", YEAR);
    RollupRow heMuong =
        dienBien.stream().filter(r -> r.schoolId().equals(HE_MUONG)).findFirst().orElseThrow();
    assertEquals(heMuongPlan, heMuong.planId());
    assertEquals("SUBMITTED", heMuong.planStatus());
    assertEquals("2025-2026", heMuong.assessment().schoolYear());
  }

  @Test
  void a_plan_update_of_another_tenant_never_touches_the_tenants_row() {
    tx.executeWrite(
        status -> {
          planViews.apply(
              HCM,
              new PlanViews.Change(
                  heMuongPlan, HE_MUONG, YEAR, "APPROVED", null, null, null, 1, 99, Instant.now()));
          return null;
        });

    assertEquals(
        "SUBMITTED",
        db.string(
            "SELECT status FROM plan_view WHERE tenant_id = 'dienbien' AND plan_id = ?",
            heMuongPlan));
    assertNull(
        db.string(
            "SELECT status FROM plan_view WHERE tenant_id = 'dienbien' AND school_id = ?"
                + " AND status = 'APPROVED'",
            HE_MUONG));
  }

  @Test
  void an_org_unit_event_of_another_tenant_reusing_an_id_does_not_take_the_unit_over()
      throws Exception {
    String pathBefore = db.string("SELECT path FROM org_unit_view WHERE id = ?", HE_MUONG_OFFICE);
    Map<String, Object> forged = new java.util.LinkedHashMap<>();
    forged.put("id", HE_MUONG_OFFICE);
    forged.put("parentId", null);
    forged.put("kind", "DEPARTMENT");
    forged.put("name", "Chiếm chỗ");
    forged.put("path", "/" + HE_MUONG_OFFICE + "/");

    apply(
        envelopes.envelope(
            EventEnvelopes.newId(), "registry", "OrgUnitRegistered", HCM, HE_MUONG_OFFICE, forged));

    assertEquals(
        pathBefore, db.string("SELECT path FROM org_unit_view WHERE id = ?", HE_MUONG_OFFICE));
    assertEquals(
        DIENBIEN, db.string("SELECT tenant_id FROM org_unit_view WHERE id = ?", HE_MUONG_OFFICE));
  }
}

package vn.eqip.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.eqip.platform.testing.DemoOrgTree.DIENBIEN;
import static vn.eqip.platform.testing.DemoOrgTree.DIENBIEN_ROOT;
import static vn.eqip.platform.testing.DemoOrgTree.HE_MUONG;
import static vn.eqip.platform.testing.DemoOrgTree.HE_MUONG_OFFICE;
import static vn.eqip.platform.testing.DemoOrgTree.MUONG_MUON;
import static vn.eqip.platform.testing.DemoOrgTree.MUONG_MUON_OFFICE;
import static vn.eqip.platform.testing.DemoOrgTree.THANH_XUONG;
import static vn.eqip.platform.testing.DemoOrgTree.THANH_XUONG_OFFICE;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.eqip.platform.testing.DemoUsers;
import vn.eqip.reporting.export.ReportFormat;
import vn.eqip.reporting.testing.Events;
import vn.eqip.reporting.testing.ReportingTestBase;

/**
 * Submission status and progress/budget against a hand-computed fixture (tenant dienbien, school
 * year 2020-2021, submission deadline 2020-10-15, so "today" is long after it).
 *
 * <p>Hẹ Muông: created 20/09, submitted 10/10, returned 12/10, submitted again 20/10, approved
 * 25/10 (delivered approval first, first submission last): APPROVED, first submitted 10/10, on
 * time. Actions: row 1.2 → A1 (10.000.000 đ), A2 (no budget); row 3.1 → A3 (5.000.000 đ). A1 DONE
 * 100% 9.500.000 đ spent (an older report, 50% and 3.000.000 đ, arrives after it); A3 40% 1.000.000
 * đ, reported before the approval arrives. Thanh Xương: submitted at 2020-10-15T18:00Z, which is
 * 16/10 in Vietnam: late; its plan is SUBMITTED. Mường Mươn: no plan, deadline passed: late. Thanh
 * Xương's approved plan of the next year (2021-2022, no deadline): one action, 2.000.000 đ, not
 * started.
 */
@MicronautTest(transactional = false)
class PlanProgressReportsIT extends ReportingTestBase {

  static final String YEAR = "2020-2021";
  static final String NEXT = "2021-2022";

  private final String a1 = UUID.randomUUID().toString();
  private final String a2 = UUID.randomUUID().toString();
  private final String a3 = UUID.randomUUID().toString();
  private String heMuongPlan;
  private boolean seeded;

  @BeforeEach
  void seed() throws Exception {
    if (seeded) {
      return;
    }
    apply(events.schoolYear("SchoolYearOpened", DIENBIEN, YEAR, "2020-10-15"));
    heMuongPlan = UUID.randomUUID().toString();
    List<Map<String, Object>> rows =
        List.of(
            Events.row("1.2", budgets(a1, 10_000_000L, a2, null)),
            Events.row("3.1", budgets(a3, 5_000_000L)));
    apply(
        events.progress(
            DIENBIEN,
            a3,
            heMuongPlan,
            HE_MUONG,
            "IN_PROGRESS",
            40,
            1_000_000,
            at("2020-11-02T02:00:00Z")));
    apply(plan("PlanApproved", heMuongPlan, HE_MUONG, YEAR, 5, "2020-10-25T02:00:00Z", rows));
    apply(plan("PlanSubmitted", heMuongPlan, HE_MUONG, YEAR, 4, "2020-10-20T02:00:00Z", null));
    apply(plan("PlanReturned", heMuongPlan, HE_MUONG, YEAR, 3, "2020-10-12T02:00:00Z", null));
    apply(plan("PlanCreated", heMuongPlan, HE_MUONG, YEAR, 1, "2020-09-20T02:00:00Z", null));
    apply(plan("PlanSubmitted", heMuongPlan, HE_MUONG, YEAR, 2, "2020-10-10T03:00:00Z", null));
    apply(
        events.progress(
            DIENBIEN,
            a1,
            heMuongPlan,
            HE_MUONG,
            "DONE",
            100,
            9_500_000,
            at("2020-12-01T02:00:00Z")));
    apply(
        events.progress(
            DIENBIEN,
            a1,
            heMuongPlan,
            HE_MUONG,
            "IN_PROGRESS",
            50,
            3_000_000,
            at("2020-11-01T02:00:00Z")));

    String thanhXuongPlan = UUID.randomUUID().toString();
    apply(plan("PlanCreated", thanhXuongPlan, THANH_XUONG, YEAR, 1, "2020-10-01T02:00:00Z", null));
    apply(
        plan("PlanSubmitted", thanhXuongPlan, THANH_XUONG, YEAR, 2, "2020-10-15T18:00:00Z", null));

    String nextPlan = UUID.randomUUID().toString();
    apply(
        plan(
            "PlanApproved",
            nextPlan,
            THANH_XUONG,
            NEXT,
            3,
            "2021-10-01T02:00:00Z",
            List.of(Events.row("1.1", budgets(UUID.randomUUID().toString(), 2_000_000L)))));
    seeded = true;
  }

  @Test
  void submission_status_shows_every_school_with_its_dates_and_which_are_late() {
    Map<String, Object> report =
        get(DemoUsers.reviewerDienBien(), "/api/reports/submissions?schoolYear=" + YEAR);

    assertEquals("2020-10-15", report.get("submissionDeadline"));
    assertEquals(3, num(report.get("schoolCount")));
    Map<String, Object> byStatus = map(report.get("byStatus"));
    assertEquals(1, num(byStatus.get("NONE")));
    assertEquals(1, num(byStatus.get("SUBMITTED")));
    assertEquals(1, num(byStatus.get("APPROVED")));
    assertEquals(0, num(byStatus.get("DRAFT")));
    assertEquals(2, num(report.get("lateCount")));

    Map<String, Object> heMuong = item(report, HE_MUONG);
    assertEquals("APPROVED", heMuong.get("status"));
    assertEquals(heMuongPlan, heMuong.get("planId"));
    assertEquals("2020-10-10T03:00:00Z", heMuong.get("firstSubmittedAt"));
    assertEquals("2020-10-25T02:00:00Z", heMuong.get("approvedAt"));
    assertEquals(false, heMuong.get("late"));

    Map<String, Object> thanhXuong = item(report, THANH_XUONG);
    assertEquals("SUBMITTED", thanhXuong.get("status"));
    assertNull(thanhXuong.get("approvedAt"));
    assertEquals(true, thanhXuong.get("late"), "16/10 in Vietnam is after the deadline");

    Map<String, Object> muongMuon = item(report, MUONG_MUON);
    assertEquals("NONE", muongMuon.get("status"));
    assertNull(muongMuon.get("planId"));
    assertNull(muongMuon.get("firstSubmittedAt"));
    assertEquals(true, muongMuon.get("late"));
  }

  @Test
  void submission_status_of_a_commune_office_counts_only_its_schools() {
    Map<String, Object> report =
        get(
            DemoUsers.reviewerDienBien(),
            "/api/reports/submissions?schoolYear=" + YEAR + "&orgUnitId=" + HE_MUONG_OFFICE);

    assertEquals(List.of(HE_MUONG), items(report).stream().map(i -> i.get("schoolId")).toList());
    assertEquals(0, num(report.get("lateCount")));
    assertEquals(1, num(map(report.get("byStatus")).get("APPROVED")));
  }

  @Test
  void without_a_deadline_for_the_year_no_school_is_late() {
    Map<String, Object> report =
        get(DemoUsers.reviewerDienBien(), "/api/reports/submissions?schoolYear=" + NEXT);

    assertNull(report.get("submissionDeadline"));
    assertEquals(0, num(report.get("lateCount")));
    assertEquals(2, num(map(report.get("byStatus")).get("NONE")));
  }

  @Test
  void a_closed_year_stays_closed_whatever_the_order_and_keeps_its_deadline() throws Exception {
    apply(events.schoolYear("SchoolYearClosed", DIENBIEN, "2019-2020", "2019-10-01"));
    apply(events.schoolYear("SchoolYearOpened", DIENBIEN, "2019-2020", "2019-10-01"));

    assertEquals(
        "CLOSED",
        db.string(
            "SELECT status FROM school_year_view WHERE tenant_id = 'dienbien'"
                + " AND school_year = '2019-2020'"));
    assertEquals(
        "2019-10-01",
        db.string(
            "SELECT CAST(submission_deadline AS CHAR) FROM school_year_view"
                + " WHERE tenant_id = 'dienbien' AND school_year = '2019-2020'"));
  }

  @Test
  void the_submission_export_lists_the_same_schools_dates_and_late_count() throws Exception {
    XSSFSheet sheet =
        new XSSFWorkbook(
                new ByteArrayInputStream(
                    bytes(
                        DemoUsers.reviewerDienBien(),
                        "/api/reports/submissions.xlsx?schoolYear=" + YEAR)))
            .getSheetAt(0);

    assertTrue(sheet.getRow(1).getCell(0).getStringCellValue().contains("Hạn nộp: 15/10/2020"));
    assertEquals("Ngày nộp lần đầu", sheet.getRow(3).getCell(6).getStringCellValue());
    Map<String, List<String>> rows = new LinkedHashMap<>();
    for (int r = 4; r < sheet.getLastRowNum(); r++) {
      List<String> cells = new java.util.ArrayList<>();
      for (int c = 5; c <= 8; c++) {
        cells.add(sheet.getRow(r).getCell(c).getStringCellValue());
      }
      rows.put(sheet.getRow(r).getCell(2).getStringCellValue(), cells);
    }
    assertEquals(3, rows.size());
    assertEquals(
        List.of("Đã phê duyệt", "10/10/2020", "25/10/2020", ""),
        rows.get("Trường PTDTBT Tiểu học xã Hẹ Muông"));
    assertEquals(
        List.of("Chưa có kế hoạch", "", "", "Có"), rows.get("Trường Mầm non số 1 Mường Mươn"));
    var totals = sheet.getRow(sheet.getLastRowNum());
    assertEquals("Tổng cộng", totals.getCell(0).getStringCellValue());
    assertEquals(2, (int) totals.getCell(8).getNumericCellValue(), "late schools");
    assertEquals(1, (int) totals.getCell(5).getNumericCellValue(), "approved plans");
  }

  @Test
  void the_submissions_are_exported_on_the_same_path_with_format_xlsx() throws Exception {
    HttpResponse<byte[]> response =
        http.toBlocking()
            .exchange(
                HttpRequest.GET("/api/reports/submissions?format=xlsx&schoolYear=" + YEAR)
                    .bearerAuth(DemoUsers.reviewerDienBien()),
                byte[].class);
    assertEquals(ReportFormat.XLSX, response.getContentType().orElseThrow().toString());
    assertTrue(response.header("Content-Disposition").contains("nop-ke-hoach-2020-2021.xlsx"));
    assertEquals(
        cells(
            bytes(
                DemoUsers.reviewerDienBien(), "/api/reports/submissions.xlsx?schoolYear=" + YEAR)),
        cells(response.body()));
    Map<String, Object> json =
        get(
            DemoUsers.reviewerDienBien(),
            "/api/reports/submissions?format=json&schoolYear=" + YEAR);
    assertEquals(2, num(json.get("lateCount")));
  }

  @Test
  void the_progress_exports_to_excel_with_the_reports_figures_and_totals() throws Exception {
    Map<String, Object> json =
        get(DemoUsers.reviewerDienBien(), "/api/reports/progress?schoolYear=" + YEAR);
    HttpResponse<byte[]> response =
        http.toBlocking()
            .exchange(
                HttpRequest.GET("/api/reports/progress?schoolYear=" + YEAR + "&format=xlsx")
                    .bearerAuth(DemoUsers.reviewerDienBien()),
                byte[].class);
    assertEquals(ReportFormat.XLSX, response.getContentType().orElseThrow().toString());
    assertTrue(response.header("Content-Disposition").contains("tien-do-2020-2021.xlsx"));
    XSSFSheet sheet = sheet(response.body());

    assertEquals(
        "TIẾN ĐỘ THỰC HIỆN VÀ KINH PHÍ KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG",
        sheet.getRow(0).getCell(0).getStringCellValue());
    assertTrue(
        sheet
            .getRow(1)
            .getCell(0)
            .getStringCellValue()
            .startsWith("Đơn vị: Sở GD&ĐT Điện Biên · Năm học: 2020-2021 · Ngày xuất: "));
    assertEquals("Kinh phí kế hoạch (đồng)", sheet.getRow(3).getCell(9).getStringCellValue());
    List<Map<String, Object>> schools = list(json, "schools");
    assertEquals(3, schools.size());
    for (int i = 0; i < schools.size(); i++) {
      var row = sheet.getRow(4 + i);
      Map<String, Object> f = map(schools.get(i).get("figures"));
      assertEquals(schools.get(i).get("name"), row.getCell(2).getStringCellValue());
      assertEquals(num(f.get("actions")), (int) row.getCell(5).getNumericCellValue());
      assertEquals(num(f.get("done")), (int) row.getCell(6).getNumericCellValue());
      assertEquals(
          ((Number) f.get("budgetPlanned")).longValue(),
          (long) row.getCell(9).getNumericCellValue());
      assertEquals(
          ((Number) f.get("moneySpent")).longValue(), (long) row.getCell(11).getNumericCellValue());
    }
    // Hẹ Muông (by name: Mường Mươn, Hẹ Muông, Thanh Xương): 3 actions, 1 done, mean 46.7%
    var heMuong = sheet.getRow(5);
    assertEquals("Trường PTDTBT Tiểu học xã Hẹ Muông", heMuong.getCell(2).getStringCellValue());
    assertEquals(0.467, heMuong.getCell(8).getNumericCellValue(), 1e-9);
    assertEquals(10_500_000 / 15_000_000.0, heMuong.getCell(12).getNumericCellValue(), 1e-9);
    DataFormatter vi = new DataFormatter(java.util.Locale.forLanguageTag("vi-VN"));
    assertEquals("15.000.000", vi.formatCellValue(heMuong.getCell(9)));
    assertEquals("46,7%", vi.formatCellValue(heMuong.getCell(8)));
    assertEquals(CellType.BLANK, sheet.getRow(4).getCell(8).getCellType(), "no actions: no mean");

    Map<String, Object> summary = map(json.get("summary"));
    var totals = sheet.getRow(7);
    assertEquals("Tổng cộng", totals.getCell(0).getStringCellValue());
    assertEquals("SUM(F5:F7)", totals.getCell(5).getCellFormula());
    assertEquals(num(summary.get("actions")), (int) totals.getCell(5).getNumericCellValue());
    assertEquals(num(summary.get("done")), (int) totals.getCell(6).getNumericCellValue());
    assertEquals(
        ((Number) summary.get("budgetPlanned")).longValue(),
        (long) totals.getCell(9).getNumericCellValue());
    assertEquals(num(summary.get("withoutBudget")), (int) totals.getCell(10).getNumericCellValue());
    assertEquals(
        ((Number) summary.get("moneySpent")).longValue(),
        (long) totals.getCell(11).getNumericCellValue());
    assertEquals(
        "IF(SUM(F5:F7)=0,0,SUMPRODUCT(I5:I7,F5:F7)/SUM(F5:F7))",
        totals.getCell(8).getCellFormula());
    assertEquals(
        ((Number) summary.get("percentDone")).doubleValue() / 100,
        totals.getCell(8).getNumericCellValue(),
        1e-9);
    assertEquals(1 / 3.0, totals.getCell(7).getNumericCellValue(), 1e-9);
    assertEquals(10_500_000 / 15_000_000.0, totals.getCell(12).getNumericCellValue(), 1e-9);
    // the cached totals are what Excel computes from the formulas
    var evaluator = sheet.getWorkbook().getCreationHelper().createFormulaEvaluator();
    assertEquals("Hoạt động quá hạn", sheet.getRow(3).getCell(13).getStringCellValue());
    assertEquals("SUM(N5:N7)", totals.getCell(13).getCellFormula());
    assertEquals(num(summary.get("overdue")), (int) totals.getCell(13).getNumericCellValue());
    for (int c : new int[] {5, 6, 7, 8, 9, 10, 11, 12, 13}) {
      assertEquals(
          totals.getCell(c).getNumericCellValue(),
          evaluator.evaluate(totals.getCell(c)).getNumberValue(),
          1e-9,
          "column " + c);
    }
    assertEquals(4, sheet.getPaneInformation().getHorizontalSplitPosition());
    assertEquals("A4:N7", sheet.getCTWorksheet().getAutoFilter().getRef());
    assertEquals(
        cells(bytes(DemoUsers.reviewerDienBien(), "/api/reports/progress.xlsx?schoolYear=" + YEAR)),
        cells(response.body()));
  }

  @Test
  void a_principals_progress_export_has_their_school_only_and_a_bad_format_is_400()
      throws Exception {
    XSSFSheet sheet =
        sheet(
            bytes(
                DemoUsers.principalHeMuong(),
                "/api/reports/progress?format=xlsx&schoolYear=" + YEAR));
    assertEquals(
        "Trường PTDTBT Tiểu học xã Hẹ Muông", sheet.getRow(4).getCell(2).getStringCellValue());
    assertEquals("Tổng cộng", sheet.getRow(5).getCell(0).getStringCellValue());

    for (String path :
        List.of(
            "/api/reports/progress?format=pdf&schoolYear=" + YEAR,
            "/api/reports/submissions?format=csv&schoolYear=" + YEAR,
            "/api/reports/progress?format=xlsx&schoolYear=2020")) {
      HttpClientResponseException e =
          assertThrows(
              HttpClientResponseException.class, () -> bytes(DemoUsers.reviewerDienBien(), path));
      assertEquals(HttpStatus.BAD_REQUEST, e.getStatus(), path);
      assertEquals(
          "application/problem+json", e.getResponse().getContentType().orElseThrow().toString());
    }
    HttpClientResponseException e =
        assertThrows(
            HttpClientResponseException.class,
            () ->
                bytes(
                    DemoUsers.principalHeMuong(),
                    "/api/reports/progress?format=xlsx&schoolYear="
                        + YEAR
                        + "&orgUnitId="
                        + DIENBIEN_ROOT));
    assertEquals(HttpStatus.NOT_FOUND, e.getStatus(), "a unit above the principal's school");
  }

  @Test
  void progress_counts_actions_done_mean_percent_and_budget_against_spending() {
    Map<String, Object> report =
        get(DemoUsers.reviewerDienBien(), "/api/reports/progress?schoolYear=" + YEAR);

    Map<String, Object> summary = map(report.get("summary"));
    assertEquals(3, num(summary.get("actions")));
    assertEquals(1, num(summary.get("done")));
    assertEquals(46.7, ((Number) summary.get("percentDone")).doubleValue(), 1e-9);
    assertEquals(15_000_000L, ((Number) summary.get("budgetPlanned")).longValue());
    assertEquals(1, num(summary.get("withoutBudget")));
    assertEquals(10_500_000L, ((Number) summary.get("moneySpent")).longValue());
  }

  @Test
  void progress_by_org_unit_and_by_standard_drills_down_to_the_schools() {
    Map<String, Object> report =
        get(DemoUsers.reviewerDienBien(), "/api/reports/progress?schoolYear=" + YEAR);

    Map<String, Map<String, Object>> units = new LinkedHashMap<>();
    list(report, "units").forEach(u -> units.put((String) u.get("orgUnitId"), u));
    assertEquals(
        java.util.Set.of(THANH_XUONG_OFFICE, HE_MUONG_OFFICE, MUONG_MUON_OFFICE), units.keySet());
    Map<String, Object> heMuong = units.get(HE_MUONG_OFFICE);
    assertEquals(3, num(map(heMuong.get("figures")).get("actions")));
    assertEquals(List.of(HE_MUONG), heMuong.get("schoolIds"));
    Map<String, Object> muongMuon = map(units.get(MUONG_MUON_OFFICE).get("figures"));
    assertEquals(0, num(muongMuon.get("actions")));
    assertNull(muongMuon.get("percentDone"));
    assertEquals(List.of(MUONG_MUON), units.get(MUONG_MUON_OFFICE).get("schoolIds"));

    List<Map<String, Object>> standards = list(report, "standards");
    assertEquals(List.of("1", "3"), standards.stream().map(s -> s.get("standard")).toList());
    Map<String, Object> one = map(standards.get(0).get("figures"));
    assertEquals(2, num(one.get("actions")));
    assertEquals(50.0, ((Number) one.get("percentDone")).doubleValue(), 1e-9);
    assertEquals(10_000_000L, ((Number) one.get("budgetPlanned")).longValue());
    assertEquals(9_500_000L, ((Number) one.get("moneySpent")).longValue());
    Map<String, Object> three = map(standards.get(1).get("figures"));
    assertEquals(40.0, ((Number) three.get("percentDone")).doubleValue(), 1e-9);
    assertEquals(List.of(HE_MUONG), standards.get(1).get("schoolIds"));

    List<Map<String, Object>> schools = list(report, "schools");
    assertEquals(3, schools.size(), "schools without actions are shown");
    Map<String, Object> thanhXuong =
        schools.stream().filter(s -> THANH_XUONG.equals(s.get("schoolId"))).findFirst().get();
    assertEquals(0, num(map(thanhXuong.get("figures")).get("actions")));
  }

  @Test
  void progress_reported_before_the_approval_and_stale_reports_are_handled() {
    assertEquals(
        "DONE",
        db.string(
            "SELECT status FROM action_view WHERE tenant_id = 'dienbien' AND action_id = ?", a1));
    assertEquals(
        "3.1",
        db.string(
            "SELECT criterion_code FROM action_view WHERE tenant_id = 'dienbien'"
                + " AND action_id = ?",
            a3));
    assertEquals(
        "40",
        db.string(
            "SELECT CAST(percent_done AS CHAR) FROM action_view WHERE tenant_id = 'dienbien'"
                + " AND action_id = ?",
            a3));
  }

  @Test
  void a_later_approval_replaces_the_plans_actions_and_an_older_one_changes_nothing()
      throws Exception {
    String plan = UUID.randomUUID().toString();
    String kept = UUID.randomUUID().toString();
    String dropped = UUID.randomUUID().toString();
    String year = "2022-2023";
    apply(
        plan(
            "PlanApproved",
            plan,
            MUONG_MUON,
            year,
            3,
            "2022-10-01T00:00:00Z",
            List.of(Events.row("2.1", budgets(kept, 1_000L, dropped, 2_000L)))));
    apply(
        plan(
            "PlanApproved",
            plan,
            MUONG_MUON,
            year,
            7,
            "2022-12-01T00:00:00Z",
            List.of(Events.row("2.1", budgets(kept, 4_000L)))));
    apply(
        plan(
            "PlanApproved",
            plan,
            MUONG_MUON,
            year,
            5,
            "2022-11-01T00:00:00Z",
            List.of(Events.row("2.1", budgets(kept, 9_000L, dropped, 9_000L)))));

    Map<String, Object> summary =
        map(
            get(DemoUsers.reviewerDienBien(), "/api/reports/progress?schoolYear=" + year)
                .get("summary"));
    assertEquals(1, num(summary.get("actions")));
    assertEquals(4_000L, ((Number) summary.get("budgetPlanned")).longValue());
  }

  @Test
  void a_principal_sees_only_their_school_and_a_bad_year_is_400() {
    Map<String, Object> own =
        get(DemoUsers.principalThanhXuong(), "/api/reports/progress?schoolYear=" + YEAR);
    assertEquals(
        List.of(THANH_XUONG), list(own, "schools").stream().map(s -> s.get("schoolId")).toList());
    assertEquals(0, num(map(own.get("summary")).get("actions")));
    Map<String, Object> submissions =
        get(DemoUsers.principalThanhXuong(), "/api/reports/submissions?schoolYear=" + YEAR);
    assertEquals(
        List.of(THANH_XUONG), items(submissions).stream().map(s -> s.get("schoolId")).toList());
    assertFalse(items(submissions).isEmpty());

    for (String path : List.of("/api/reports/progress", "/api/reports/submissions")) {
      HttpClientResponseException e =
          assertThrows(
              HttpClientResponseException.class,
              () -> get(DemoUsers.reviewerDienBien(), path + "?schoolYear=2020"));
      assertEquals(HttpStatus.BAD_REQUEST, e.getStatus(), path);
    }
  }

  private byte[] plan(
      String type,
      String planId,
      String schoolId,
      String year,
      int revision,
      String at,
      List<Map<String, Object>> rows) {
    return events.plan(type, DIENBIEN, planId, schoolId, year, revision, at(at), rows);
  }

  private static Instant at(String text) {
    return Instant.parse(text);
  }

  private static Map<String, Long> budgets(Object... idsAndBudgets) {
    Map<String, Long> m = new LinkedHashMap<>();
    for (int i = 0; i < idsAndBudgets.length; i += 2) {
      m.put((String) idsAndBudgets[i], (Long) idsAndBudgets[i + 1]);
    }
    return m;
  }
}

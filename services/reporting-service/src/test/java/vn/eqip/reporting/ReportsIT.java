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
import static vn.eqip.platform.testing.DemoOrgTree.MUONG_MUON_OFFICE;
import static vn.eqip.platform.testing.DemoOrgTree.THANH_XUONG;
import static vn.eqip.platform.testing.DemoOrgTree.THANH_XUONG_OFFICE;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.eqip.platform.testing.DemoUsers;
import vn.eqip.reporting.export.ExportController;
import vn.eqip.reporting.export.ReportFormat;
import vn.eqip.reporting.testing.Events;
import vn.eqip.reporting.testing.ReportingTestBase;

/**
 * Level attainment and the criteria heat map against a hand-computed fixture (school year
 * 2027-2028), and the per-criterion read model (school years 2030 and later, which the fixture's
 * reports never see).
 *
 * <p>Fixture (tenant dienbien): Hẹ Muông, SELF 2027-2028, version 2 (delivered before version 1):
 * 27/27 · 27/27 · 4/19 · 0/5, overall 2, criteria 1.1=3, 1.2=2, 2.1=1, 2.2=0. Thanh Xương, SELF
 * 2026-2027 (its baseline for 2027-2028): 27/27 · 26/27 · 10/19 · 0/5, overall 1, criteria 1.1=2,
 * 1.2=0, 2.1=1, 2.2=1 (framework TT17 too, to have two schools on one heat map). Mường Mươn: only
 * an EXTERNAL assessment, so no baseline.
 */
@MicronautTest(transactional = false)
class ReportsIT extends ReportingTestBase {

  static final String YEAR = "2027-2028";
  static final String TT17 = "TT17-2018-TH";
  static final int[][] THANH_XUONG_PROFILE = {{27, 27}, {26, 27}, {10, 19}, {0, 5}};

  private boolean seeded;

  @BeforeEach
  void seed() throws Exception {
    if (seeded) {
      return;
    }
    String heMuongAssessment = UUID.randomUUID().toString();
    Instant finished = Instant.parse("2028-05-20T08:00:00Z");
    apply(
        events.assessmentFinished(
            DIENBIEN,
            heMuongAssessment,
            HE_MUONG,
            YEAR,
            "SELF",
            2,
            Events.heMuongProfile(),
            2,
            finished.plusSeconds(60),
            TT17,
            criteria("1.1", 3, "1.2", 2, "2.1", 1, "2.2", 0)));
    apply(
        events.assessmentFinished(
            DIENBIEN,
            heMuongAssessment,
            HE_MUONG,
            YEAR,
            "SELF",
            1,
            new int[][] {{27, 27}, {20, 27}, {0, 19}, {0, 5}},
            1,
            finished,
            TT17,
            criteria("1.1", 0, "1.2", 0, "2.1", 0, "2.2", 0)));
    apply(
        events.assessmentFinished(
            DIENBIEN,
            UUID.randomUUID().toString(),
            THANH_XUONG,
            "2026-2027",
            "SELF",
            1,
            THANH_XUONG_PROFILE,
            1,
            Instant.parse("2027-05-20T08:00:00Z"),
            TT17,
            criteria("1.1", 2, "1.2", 0, "2.1", 1, "2.2", 1)));
    apply(
        events.assessmentFinished(
            DIENBIEN,
            UUID.randomUUID().toString(),
            MUONG_MUON,
            YEAR,
            "EXTERNAL",
            1,
            new int[][] {{1, 1}, {1, 1}, {1, 1}, {1, 1}},
            4,
            finished,
            "TT19-2018-MN",
            criteria("1.1", 3)));
    planThrough(DIENBIEN, HE_MUONG, YEAR, "PlanCreated", "PlanSubmitted", "PlanApproved");
    seeded = true;
  }

  static Map<String, Integer> criteria(Object... codeLevel) {
    Map<String, Integer> m = new LinkedHashMap<>();
    for (int i = 0; i < codeLevel.length; i += 2) {
      m.put((String) codeLevel[i], (Integer) codeLevel[i + 1]);
    }
    return m;
  }

  private Map<String, Object> attainment(String token, String query) {
    return get(token, "/api/reports/attainment?schoolYear=" + YEAR + query);
  }

  private Map<String, Object> heatmap(String token, String query) {
    return get(token, "/api/reports/heatmap?schoolYear=" + YEAR + "&framework=" + TT17 + query);
  }

  // --- attainment -------------------------------------------------------------------------

  @Test
  void attainment_counts_schools_per_overall_level_at_level_2_and_by_level_3_met() {
    Map<String, Object> report = attainment(DemoUsers.reviewerDienBien(), "");

    Map<String, Object> summary = map(report.get("summary"));
    assertEquals(3, num(summary.get("schoolCount")));
    assertEquals(2, num(summary.get("assessedCount")));
    assertEquals(1, num(summary.get("notAssessedCount")));
    assertEquals("{0=0, 1=1, 2=1, 3=0, 4=0}", summary.get("byOverallLevel").toString());
    assertEquals(1, num(summary.get("allCriteriaAtLevel2")));
    assertEquals(
        "[{level3Met=4, schools=1}, {level3Met=10, schools=1}]",
        summary.get("level3Distribution").toString());
  }

  @Test
  void attainment_ranks_schools_by_overall_level_then_level_3_and_shows_the_unassessed_last() {
    List<Map<String, Object>> items = items(attainment(DemoUsers.reviewerDienBien(), ""));

    assertEquals(
        List.of(HE_MUONG, THANH_XUONG, MUONG_MUON),
        items.stream().map(i -> i.get("schoolId")).toList());
    assertEquals(1, num(items.get(0).get("rank")));
    assertEquals(2, num(items.get(1).get("rank")));
    assertNull(items.get(2).get("rank"));
    assertFalse((Boolean) items.get(2).get("assessed"));
    assertNull(items.get(2).get("summaryLine"));
    Map<String, Object> heMuong = items.get(0);
    assertEquals(
        "Mức 1: 27/27 · Mức 2: 27/27 · Mức 3: 4/19 · Mức 4: 0/5", heMuong.get("summaryLine"));
    assertEquals(2, num(heMuong.get("overallLevel")));
    assertEquals(YEAR, heMuong.get("assessmentYear"));
    assertTrue((Boolean) heMuong.get("allCriteriaAtLevel2"));
    assertEquals(1, num(heMuong.get("nationalStandardLevel")));
    Map<String, Object> thanhXuong = items.get(1);
    assertEquals("2026-2027", thanhXuong.get("assessmentYear"));
    assertEquals("{met=10, total=19}", map(thanhXuong.get("counts")).get("level3").toString());
    assertFalse((Boolean) thanhXuong.get("allCriteriaAtLevel2"));
  }

  @Test
  void attainment_puts_the_direct_child_units_side_by_side() {
    List<Map<String, Object>> units = list(attainment(DemoUsers.reviewerDienBien(), ""), "units");

    assertEquals(
        List.of(HE_MUONG_OFFICE, MUONG_MUON_OFFICE, THANH_XUONG_OFFICE),
        units.stream().map(u -> u.get("orgUnitId")).toList());
    Map<String, Object> heMuong = map(units.get(0).get("aggregates"));
    assertEquals(1, num(heMuong.get("schoolCount")));
    assertEquals(1, num(map(heMuong.get("byOverallLevel")).get("2")));
    Map<String, Object> muongMuon = map(units.get(1).get("aggregates"));
    assertEquals(1, num(muongMuon.get("notAssessedCount")));
    assertEquals(0, num(muongMuon.get("assessedCount")));
    Map<String, Object> thanhXuong = map(units.get(2).get("aggregates"));
    assertEquals(1, num(map(thanhXuong.get("byOverallLevel")).get("1")));
    assertEquals(0, num(thanhXuong.get("allCriteriaAtLevel2")));
  }

  @Test
  void attainment_narrows_to_a_school_level_and_to_an_org_unit() {
    Map<String, Object> primary = attainment(DemoUsers.reviewerDienBien(), "&level=PRIMARY");
    assertEquals(List.of(HE_MUONG), items(primary).stream().map(i -> i.get("schoolId")).toList());
    assertEquals("PRIMARY", primary.get("level"));
    assertEquals(0, num(map(list(primary, "units").get(2).get("aggregates")).get("schoolCount")));

    assertEquals(3, items(attainment(DemoUsers.reviewerDienBien(), "&type=CONG_LAP")).size());
    assertTrue(items(attainment(DemoUsers.reviewerDienBien(), "&type=TU_THUC")).isEmpty());

    Map<String, Object> office =
        attainment(DemoUsers.reviewerDienBien(), "&orgUnitId=" + THANH_XUONG_OFFICE);
    assertEquals(List.of(THANH_XUONG), items(office).stream().map(i -> i.get("schoolId")).toList());
    assertTrue(list(office, "units").isEmpty());
  }

  @Test
  void a_principal_sees_the_attainment_of_their_school_only() {
    Map<String, Object> report = attainment(DemoUsers.principalHeMuong(), "");

    assertEquals(List.of(HE_MUONG), items(report).stream().map(i -> i.get("schoolId")).toList());
    assertEquals(1, num(map(report.get("summary")).get("schoolCount")));
  }

  @Test
  void attainment_without_a_valid_school_year_is_400() {
    HttpClientResponseException e =
        assertThrows(
            HttpClientResponseException.class,
            () -> get(DemoUsers.reviewerDienBien(), "/api/reports/attainment?schoolYear=2027"));
    assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
  }

  // --- heat map ----------------------------------------------------------------------------

  @Test
  void the_heatmap_counts_schools_per_criterion_and_level_weakest_criteria_first() {
    Map<String, Object> heatmap = heatmap(DemoUsers.reviewerDienBien(), "");

    assertEquals(2, num(heatmap.get("assessedSchools")));
    List<Map<String, Object>> criteria = list(heatmap, "criteria");
    // averages: 2.2 → 0.5, 1.2 → 1.0 (one school at 0), 2.1 → 1.0, 1.1 → 2.5
    assertEquals(
        List.of("2.2", "1.2", "2.1", "1.1"), criteria.stream().map(c -> c.get("code")).toList());
    Map<String, Object> c11 = criteria.get(3);
    assertEquals(2, num(c11.get("schools")));
    List<Map<String, Object>> levels = list(c11, "levels");
    assertEquals(List.of(0, 0, 1, 1), levels.stream().map(l -> num(l.get("schools"))).toList());
    assertEquals(
        List.of(0.0, 0.0, 50.0, 50.0),
        levels.stream().map(l -> ((Number) l.get("share")).doubleValue()).toList());
  }

  @Test
  void the_heatmap_uses_the_latest_version_of_each_baseline_and_only_self_assessments() {
    Map<String, Object> heatmap = heatmap(DemoUsers.principalHeMuong(), "");

    assertEquals(1, num(heatmap.get("assessedSchools")));
    Map<String, Object> c11 =
        list(heatmap, "criteria").stream()
            .filter(c -> "1.1".equals(c.get("code")))
            .findFirst()
            .orElseThrow();
    assertEquals(1, num(list(c11, "levels").get(3).get("schools")));
    assertEquals(100.0, ((Number) list(c11, "levels").get(3).get("share")).doubleValue());

    Map<String, Object> preschool =
        get(
            DemoUsers.reviewerDienBien(),
            "/api/reports/heatmap?schoolYear=" + YEAR + "&framework=TT19-2018-MN");
    assertEquals(0, num(preschool.get("assessedSchools")));
    assertTrue(list(preschool, "criteria").isEmpty());
  }

  @Test
  void the_heatmap_is_also_served_under_the_criteria_path() {
    String query = "?schoolYear=" + YEAR + "&framework=" + TT17;
    assertEquals(
        heatmap(DemoUsers.reviewerDienBien(), ""),
        get(DemoUsers.reviewerDienBien(), "/api/reports/criteria" + query));
    assertEquals(
        get(DemoUsers.reviewerDienBien(), "/api/reports/heatmap/criteria/1.2/schools" + query),
        get(DemoUsers.reviewerDienBien(), "/api/reports/criteria/1.2/schools" + query));
  }

  @Test
  void the_heatmap_drills_down_to_the_schools_behind_a_number() {
    String base =
        "/api/reports/heatmap/criteria/1.2/schools?schoolYear=" + YEAR + "&framework=" + TT17;

    Map<String, Object> atZero = get(DemoUsers.reviewerDienBien(), base + "&level=0");
    assertEquals(
        List.of(THANH_XUONG),
        list(atZero, "schools").stream().map(s -> s.get("schoolId")).toList());
    assertEquals("2026-2027", list(atZero, "schools").get(0).get("assessmentYear"));

    Map<String, Object> all = get(DemoUsers.reviewerDienBien(), base);
    assertEquals(
        List.of(THANH_XUONG, HE_MUONG),
        list(all, "schools").stream().map(s -> s.get("schoolId")).toList());
    assertEquals(
        List.of(0, 2),
        list(all, "schools").stream().map(s -> num(s.get("criterionLevel"))).toList());

    Map<String, Object> office =
        get(DemoUsers.reviewerDienBien(), base + "&orgUnitId=" + HE_MUONG_OFFICE + "&level=0");
    assertTrue(list(office, "schools").isEmpty());
  }

  @Test
  void the_heatmap_needs_a_framework_and_a_level_between_0_and_3() {
    for (String path :
        List.of(
            "/api/reports/heatmap?schoolYear=" + YEAR,
            "/api/reports/heatmap/criteria/1.1/schools?schoolYear="
                + YEAR
                + "&framework="
                + TT17
                + "&level=4")) {
      HttpClientResponseException e =
          assertThrows(
              HttpClientResponseException.class, () -> get(DemoUsers.reviewerDienBien(), path));
      assertEquals(HttpStatus.BAD_REQUEST, e.getStatus(), path);
    }
  }

  // --- Excel ------------------------------------------------------------------------------

  private static String text(XSSFSheet sheet, int row, int column) {
    return sheet.getRow(row).getCell(column).getStringCellValue();
  }

  private static double number(XSSFSheet sheet, int row, int column) {
    return sheet.getRow(row).getCell(column).getNumericCellValue();
  }

  @Test
  void the_rollup_exports_to_excel_with_the_same_schools_and_figures() throws Exception {
    HttpResponse<byte[]> response =
        http.toBlocking()
            .exchange(
                HttpRequest.GET("/api/reports/rollup.xlsx?schoolYear=" + YEAR)
                    .bearerAuth(DemoUsers.reviewerDienBien()),
                byte[].class);
    assertEquals(ExportController.XLSX, response.getContentType().orElseThrow().toString());
    assertTrue(response.header("Content-Disposition").contains("tong-hop-2027-2028.xlsx"));
    XSSFSheet sheet = sheet(response.body());
    Map<String, Object> json = rollup(DemoUsers.reviewerDienBien(), "schoolYear=" + YEAR);

    assertEquals("TỔNG HỢP KẾ HOẠCH VÀ KẾT QUẢ TỰ ĐÁNH GIÁ", text(sheet, 0, 0));
    assertEquals(
        "Đơn vị: Sở GD&ĐT Điện Biên · Năm học: 2027-2028 · Ngày xuất: "
            + LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"))
                .format(DateTimeFormatter.ofPattern("dd/MM/yyyy")),
        text(sheet, 1, 0));
    assertEquals("Tên trường", text(sheet, 3, 2));
    assertEquals("Kế hoạch", text(sheet, 3, 5));
    assertEquals("Tỷ lệ đạt Mức 3", text(sheet, 3, 11));
    List<Map<String, Object>> items = items(json);
    for (int i = 0; i < items.size(); i++) {
      assertEquals(items.get(i).get("name"), text(sheet, 4 + i, 2));
      assertEquals(i + 1, number(sheet, 4 + i, 0));
    }
    int heMuong = 4 + 1; // Mường Mươn, Hẹ Muông, Thanh Xương (by name)
    assertEquals("Tiểu học", text(sheet, heMuong, 3));
    assertEquals("Phòng VH-XH xã Hẹ Muông", text(sheet, heMuong, 4));
    assertEquals("Đã phê duyệt", text(sheet, heMuong, 5));
    assertEquals("Chưa có kế hoạch", text(sheet, heMuong + 1, 5));
    assertEquals(4 / 19.0, number(sheet, heMuong, 11), 1e-9);
    int totals = 4 + items.size();
    assertEquals("Tổng cộng", text(sheet, totals, 0));
    assertEquals("COUNTA(C5:C7)", sheet.getRow(totals).getCell(2).getCellFormula());
    assertEquals(3, number(sheet, totals, 2));
    assertEquals(1, number(sheet, totals, 5));
    assertEquals(14, number(sheet, totals, 9));
    assertEquals(38, number(sheet, totals, 10));
    assertEquals(4, sheet.getPaneInformation().getHorizontalSplitPosition());
    assertEquals("A4:L7", sheet.getCTWorksheet().getAutoFilter().getRef());
  }

  @Test
  void the_criteria_heatmap_exports_to_excel_weakest_first_with_shares_and_totals()
      throws Exception {
    Map<String, Object> json = heatmap(DemoUsers.reviewerDienBien(), "");
    HttpResponse<byte[]> response =
        http.toBlocking()
            .exchange(
                HttpRequest.GET(
                        "/api/reports/criteria?schoolYear="
                            + YEAR
                            + "&framework="
                            + TT17
                            + "&format=xlsx")
                    .bearerAuth(DemoUsers.reviewerDienBien()),
                byte[].class);
    assertEquals(ReportFormat.XLSX, response.getContentType().orElseThrow().toString());
    assertTrue(response.header("Content-Disposition").contains("tieu-chi-2027-2028.xlsx"));
    XSSFSheet sheet = sheet(response.body());

    assertEquals("MỨC ĐẠT THEO TIÊU CHÍ (CÁC TIÊU CHÍ YẾU NHẤT TRƯỚC)", text(sheet, 0, 0));
    assertTrue(text(sheet, 1, 0).startsWith("Đơn vị: Sở GD&ĐT Điện Biên · Năm học: 2027-2028"));
    assertTrue(text(sheet, 1, 0).endsWith("Bộ tiêu chí: TT17-2018-TH · Số trường có kết quả: 2"));
    assertEquals("Mức 3: tỷ lệ", text(sheet, 3, 11));
    List<Map<String, Object>> criteria = list(json, "criteria");
    assertEquals(4, criteria.size());
    int[] sums = new int[5];
    for (int i = 0; i < criteria.size(); i++) {
      Map<String, Object> c = criteria.get(i);
      int row = 4 + i;
      assertEquals(c.get("code"), text(sheet, row, 1));
      assertEquals(num(c.get("schools")), (int) number(sheet, row, 2));
      assertEquals(((Number) c.get("averageLevel")).doubleValue(), number(sheet, row, 3), 1e-9);
      sums[4] += num(c.get("schools"));
      for (Map<String, Object> level : list(c, "levels")) {
        int l = num(level.get("level"));
        assertEquals(num(level.get("schools")), (int) number(sheet, row, 4 + 2 * l));
        assertEquals(
            ((Number) level.get("share")).doubleValue(),
            Math.round(number(sheet, row, 5 + 2 * l) * 1000) / 10.0,
            1e-9,
            c.get("code") + " level " + l);
        sums[l] += num(level.get("schools"));
      }
    }
    // 2.2 first: one school at 0, one at 1 → 50,0% each
    assertEquals("2.2", text(sheet, 4, 1));
    DataFormatter vi = new DataFormatter(java.util.Locale.forLanguageTag("vi-VN"));
    assertEquals("50,0%", vi.formatCellValue(sheet.getRow(4).getCell(5)));
    assertEquals("0,50", vi.formatCellValue(sheet.getRow(4).getCell(3)));
    int totals = 8;
    assertEquals("Tổng cộng", text(sheet, totals, 0));
    assertEquals(4, (int) number(sheet, totals, 1));
    assertEquals(sums[4], (int) number(sheet, totals, 2));
    for (int l = 0; l <= 3; l++) {
      assertEquals(sums[l], (int) number(sheet, totals, 4 + 2 * l));
      assertEquals((double) sums[l] / sums[4], number(sheet, totals, 5 + 2 * l), 1e-9);
    }
    assertEquals(
        "IF(SUM(C5:C8)=0,0,SUMPRODUCT(D5:D8,C5:C8)/SUM(C5:C8))",
        sheet.getRow(totals).getCell(3).getCellFormula());
    assertEquals((0.5 + 1.0 + 1.0 + 2.5) / 4, number(sheet, totals, 3), 1e-9);
    assertEquals(4, sheet.getPaneInformation().getHorizontalSplitPosition());
    assertEquals("A4:L8", sheet.getCTWorksheet().getAutoFilter().getRef());
    assertEquals(
        cells(
            bytes(
                DemoUsers.reviewerDienBien(),
                "/api/reports/criteria.xlsx?schoolYear=" + YEAR + "&framework=" + TT17)),
        cells(response.body()));
  }

  @Test
  void the_rollup_and_attainment_are_exported_on_their_own_paths_with_format_xlsx()
      throws Exception {
    for (String report : List.of("rollup", "attainment")) {
      assertEquals(
          cells(
              bytes(
                  DemoUsers.reviewerDienBien(),
                  "/api/reports/" + report + ".xlsx?schoolYear=" + YEAR)),
          cells(
              bytes(
                  DemoUsers.reviewerDienBien(),
                  "/api/reports/" + report + "?format=xlsx&schoolYear=" + YEAR)),
          report);
    }
    Map<String, Object> json =
        get(DemoUsers.reviewerDienBien(), "/api/reports/rollup?format=json&schoolYear=" + YEAR);
    assertEquals(3, num(json.get("schoolCount")));
    HttpClientResponseException e =
        assertThrows(
            HttpClientResponseException.class,
            () ->
                bytes(
                    DemoUsers.reviewerDienBien(),
                    "/api/reports/criteria?format=docx&schoolYear=" + YEAR + "&framework=" + TT17));
    assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
    e =
        assertThrows(
            HttpClientResponseException.class,
            () ->
                bytes(
                    DemoUsers.reviewerDienBien(),
                    "/api/reports/criteria?format=xlsx&schoolYear=" + YEAR));
    assertEquals(HttpStatus.BAD_REQUEST, e.getStatus(), "no framework");
  }

  @Test
  void the_attainment_exports_to_excel_ranked_with_unassessed_schools_shown() throws Exception {
    XSSFSheet sheet =
        sheet(
            bytes(DemoUsers.reviewerDienBien(), "/api/reports/attainment.xlsx?schoolYear=" + YEAR));

    assertEquals("KẾT QUẢ ĐẠT MỨC CHẤT LƯỢNG CỦA CÁC TRƯỜNG", text(sheet, 0, 0));
    assertEquals("Xếp hạng", text(sheet, 3, 0));
    assertEquals(
        List.of(
            "Trường PTDTBT Tiểu học xã Hẹ Muông",
            "Trường THCS xã Thanh Xương",
            "Trường Mầm non số 1 Mường Mươn"),
        List.of(text(sheet, 4, 2), text(sheet, 5, 2), text(sheet, 6, 2)));
    assertEquals(1, number(sheet, 4, 0));
    assertEquals(2, number(sheet, 5, 0));
    assertEquals(CellType.BLANK, sheet.getRow(6).getCell(0).getCellType());
    assertEquals("Mức 1: 27/27 · Mức 2: 27/27 · Mức 3: 4/19 · Mức 4: 0/5", text(sheet, 4, 6));
    assertEquals("Chưa có kết quả tự đánh giá", text(sheet, 6, 6));
    assertEquals(2, number(sheet, 4, 7));
    assertEquals("Có", text(sheet, 4, 13));
    assertEquals("Không", text(sheet, 5, 13));
    assertEquals(
        "IF(SUM(L5:L7)=0,0,SUM(K5:K7)/SUM(L5:L7))", sheet.getRow(7).getCell(12).getCellFormula());
    assertEquals(14 / 38.0, number(sheet, 7, 12), 1e-9);
    assertEquals(2, number(sheet, 7, 5), "schools with an assessment");
    assertEquals(1, number(sheet, 7, 13), "schools with every level-2 criterion met");
  }

  @Test
  void the_attainment_export_of_a_principal_has_their_school_only() throws Exception {
    XSSFSheet sheet =
        sheet(
            bytes(
                DemoUsers.principalHeMuong(),
                "/api/reports/attainment.xlsx?schoolYear=" + YEAR + "&level=PRIMARY"));

    assertEquals("Trường PTDTBT Tiểu học xã Hẹ Muông", text(sheet, 4, 2));
    assertEquals("Tổng cộng", text(sheet, 5, 0));
    assertTrue(text(sheet, 1, 0).startsWith("Đơn vị: Trường PTDTBT Tiểu học xã Hẹ Muông"));
    assertTrue(text(sheet, 1, 0).endsWith("Cấp học: Tiểu học"));
  }

  // --- per-criterion read model -------------------------------------------------------------

  private long criterionRows(String schoolId, String year) {
    return db.count(
        "SELECT COUNT(*) FROM assessment_criterion_view WHERE tenant_id = ? AND school_id = ?"
            + " AND school_year = ? AND kind = 'SELF'",
        DIENBIEN,
        schoolId,
        year);
  }

  private String criterionLevel(String schoolId, String year, String code) {
    return db.string(
        "SELECT level FROM assessment_criterion_view WHERE tenant_id = ? AND school_id = ?"
            + " AND school_year = ? AND kind = 'SELF' AND code = ?",
        DIENBIEN,
        schoolId,
        year,
        code);
  }

  @Test
  void criterion_levels_are_those_of_the_latest_version_whatever_the_order() throws Exception {
    String year = "2030-2031";
    String id = UUID.randomUUID().toString();
    Instant at = Instant.parse("2031-05-01T00:00:00Z");
    byte[] v1 =
        events.assessmentFinished(
            DIENBIEN,
            id,
            HE_MUONG,
            year,
            "SELF",
            1,
            Events.heMuongProfile(),
            1,
            at,
            TT17,
            criteria("1.1", 1, "1.2", 1));
    byte[] v2 =
        events.assessmentFinished(
            DIENBIEN,
            id,
            HE_MUONG,
            year,
            "SELF",
            2,
            Events.heMuongProfile(),
            2,
            at.plusSeconds(5),
            TT17,
            criteria("1.1", 3, "1.2", 2, "1.3", 2));

    apply(v2);
    apply(v1);
    apply(v2);

    assertEquals(3, criterionRows(HE_MUONG, year));
    assertEquals("3", criterionLevel(HE_MUONG, year, "1.1"));
    assertEquals("2", criterionLevel(HE_MUONG, year, "1.3"));
  }

  @Test
  void a_later_assessment_replaces_the_criteria_as_a_whole_and_an_earlier_one_changes_nothing()
      throws Exception {
    String year = "2031-2032";
    Instant at = Instant.parse("2032-05-01T00:00:00Z");
    apply(
        events.assessmentFinished(
            DIENBIEN,
            UUID.randomUUID().toString(),
            HE_MUONG,
            year,
            "SELF",
            1,
            Events.heMuongProfile(),
            1,
            at,
            TT17,
            criteria("1.1", 1, "1.2", 1, "1.3", 0)));
    apply(
        events.assessmentFinished(
            DIENBIEN,
            UUID.randomUUID().toString(),
            HE_MUONG,
            year,
            "SELF",
            1,
            Events.heMuongProfile(),
            2,
            at.plusSeconds(3600),
            TT17,
            criteria("1.1", 2, "1.2", 3)));
    apply(
        events.assessmentFinished(
            DIENBIEN,
            UUID.randomUUID().toString(),
            HE_MUONG,
            year,
            "SELF",
            7,
            Events.heMuongProfile(),
            0,
            at.minusSeconds(3600),
            TT17,
            criteria("1.1", 0)));

    assertEquals(2, criterionRows(HE_MUONG, year));
    assertEquals("2", criterionLevel(HE_MUONG, year, "1.1"));
    assertEquals("3", criterionLevel(HE_MUONG, year, "1.2"));
    assertNull(criterionLevel(HE_MUONG, year, "1.3"));
  }

  @Test
  void an_assessment_event_without_criteria_is_still_applied() throws Exception {
    String year = "2032-2033";
    apply(
        events.assessmentFinished(
            DIENBIEN,
            UUID.randomUUID().toString(),
            THANH_XUONG,
            year,
            "SELF",
            1,
            THANH_XUONG_PROFILE,
            1,
            Instant.parse("2033-05-01T00:00:00Z")));

    assertEquals(0, criterionRows(THANH_XUONG, year));
    assertEquals(
        1,
        db.count(
            "SELECT COUNT(*) FROM assessment_view WHERE tenant_id = ? AND school_id = ?"
                + " AND school_year = ?",
            DIENBIEN,
            THANH_XUONG,
            year));
  }
}

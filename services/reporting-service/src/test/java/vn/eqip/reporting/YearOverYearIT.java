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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.eqip.platform.testing.DemoUsers;
import vn.eqip.reporting.export.ReportFormat;
import vn.eqip.reporting.testing.Events;
import vn.eqip.reporting.testing.ReportingTestBase;

/**
 * Year over year against a hand-computed fixture (school years 2034-2035 → 2035-2036, which no
 * other report fixture uses).
 *
 * <p>Điện Biên. Hẹ Muông: 2034 overall 1 (27/27 · 20/27 · 2/19 · 0/5); 2035 version 2 overall 2
 * (27/27 · 27/27 · 4/19 · 0/5), its version 1 (overall 3) delivered after it and an EXTERNAL
 * assessment (overall 4) both ignored: UP, level 2 +7, level 3 +2. Thanh Xương: 2034 overall 2
 * (27/27 · 27/27 · 10/19 · 0/5), 2035 overall 1 (27/27 · 26/27 · 10/19 · 0/5): DOWN, level 2 −1.
 * Mường Mươn: 2034 overall 1 (25/25 · 25/25 · 0/15 · 0/4), nothing in 2035: ONLY_FROM, shown. TP.
 * HCM: Định Phước overall 2 both years (SAME), Mầm non Quận 10 never assessed (NEITHER), and an HCM
 * event naming Hẹ Muông's id (overall 4 in 2035) that Điện Biên never sees.
 */
@MicronautTest(transactional = false)
class YearOverYearIT extends ReportingTestBase {

  static final String FROM = "2034-2035";
  static final String TO = "2035-2036";
  static final String QUERY = "/api/reports/year-over-year?from=" + FROM + "&to=" + TO;

  private boolean seeded;

  @BeforeEach
  void seed() throws Exception {
    if (seeded) {
      return;
    }
    assess(DIENBIEN, HE_MUONG, FROM, "SELF", 1, profile(20, 2), 1, "2035-05-01T00:00:00Z");
    String heMuongLater = UUID.randomUUID().toString();
    apply(
        events.assessmentFinished(
            DIENBIEN,
            heMuongLater,
            HE_MUONG,
            TO,
            "SELF",
            2,
            Events.heMuongProfile(),
            2,
            Instant.parse("2036-05-02T00:00:00Z")));
    apply(
        events.assessmentFinished(
            DIENBIEN,
            heMuongLater,
            HE_MUONG,
            TO,
            "SELF",
            1,
            new int[][] {{27, 27}, {27, 27}, {19, 19}, {0, 5}},
            3,
            Instant.parse("2036-05-01T00:00:00Z")));
    assess(DIENBIEN, HE_MUONG, TO, "EXTERNAL", 1, profile(27, 19), 4, "2036-05-03T00:00:00Z");
    assess(DIENBIEN, THANH_XUONG, FROM, "SELF", 1, profile(27, 10), 2, "2035-05-01T00:00:00Z");
    assess(DIENBIEN, THANH_XUONG, TO, "SELF", 1, profile(26, 10), 1, "2036-05-01T00:00:00Z");
    assess(
        DIENBIEN,
        MUONG_MUON,
        FROM,
        "SELF",
        1,
        new int[][] {{25, 25}, {25, 25}, {0, 15}, {0, 4}},
        1,
        "2035-05-01T00:00:00Z");
    assess(HCM, DINH_PHUOC, FROM, "SELF", 1, profile(27, 5), 2, "2035-05-01T00:00:00Z");
    assess(HCM, DINH_PHUOC, TO, "SELF", 1, profile(27, 6), 2, "2036-05-01T00:00:00Z");
    assess(HCM, HE_MUONG, TO, "SELF", 1, profile(27, 19), 4, "2036-05-01T00:00:00Z");
    seeded = true;
  }

  private static int[][] profile(int level2Met, int level3Met) {
    return new int[][] {{27, 27}, {level2Met, 27}, {level3Met, 19}, {0, 5}};
  }

  private void assess(
      String tenant,
      String school,
      String year,
      String kind,
      int version,
      int[][] counts,
      int overall,
      String finishedAt)
      throws Exception {
    apply(
        events.assessmentFinished(
            tenant,
            UUID.randomUUID().toString(),
            school,
            year,
            kind,
            version,
            counts,
            overall,
            Instant.parse(finishedAt)));
  }

  private static Map<String, Object> byId(Map<String, Object> report, String schoolId) {
    return list(report, "items").stream()
        .filter(i -> schoolId.equals(i.get("schoolId")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no school " + schoolId));
  }

  @Test
  void every_school_of_the_province_with_its_movement_and_missing_years_shown() {
    Map<String, Object> report = get(DemoUsers.reviewerDienBien(), QUERY);

    assertEquals(FROM, report.get("from"));
    assertEquals(TO, report.get("to"));
    assertEquals(DIENBIEN_ROOT, report.get("orgUnitId"));
    assertEquals(
        List.of(MUONG_MUON, HE_MUONG, THANH_XUONG),
        list(report, "items").stream().map(i -> i.get("schoolId")).toList(),
        "every school, by name");

    Map<String, Object> heMuong = byId(report, HE_MUONG);
    assertEquals("UP", heMuong.get("movement"));
    assertEquals(1, num(map(heMuong.get("from")).get("overallLevel")));
    assertEquals(2, num(map(heMuong.get("to")).get("overallLevel")), "version 2, SELF only");
    assertEquals(
        "Mức 1: 27/27 · Mức 2: 27/27 · Mức 3: 4/19 · Mức 4: 0/5",
        map(heMuong.get("to")).get("summaryLine"));
    assertEquals(1, num(heMuong.get("overallLevelChange")));
    assertEquals(
        Map.of("level1", 0, "level2", 7, "level3", 2, "level4", 0), heMuong.get("metChange"));

    Map<String, Object> thanhXuong = byId(report, THANH_XUONG);
    assertEquals("DOWN", thanhXuong.get("movement"));
    assertEquals(-1, num(thanhXuong.get("overallLevelChange")));
    assertEquals(-1, num(map(thanhXuong.get("metChange")).get("level2")));
    assertEquals(
        26, num(map(map(map(thanhXuong.get("to")).get("counts")).get("level2")).get("met")));

    Map<String, Object> muongMuon = byId(report, MUONG_MUON);
    assertEquals("ONLY_FROM", muongMuon.get("movement"));
    assertNull(muongMuon.get("to"));
    assertNull(muongMuon.get("overallLevelChange"));
    assertNull(muongMuon.get("metChange"));

    Map<String, Object> summary = map(report.get("summary"));
    assertEquals(3, num(summary.get("schoolCount")));
    assertEquals(
        Map.of("UP", 1, "DOWN", 1, "SAME", 0, "ONLY_FROM", 1, "ONLY_TO", 0, "NEITHER", 0),
        summary.get("byMovement"));
    assertEquals(Map.of("0", 0, "1", 2, "2", 1, "3", 0, "4", 0), summary.get("fromByOverallLevel"));
    assertEquals(Map.of("0", 0, "1", 1, "2", 1, "3", 0, "4", 0), summary.get("toByOverallLevel"));
    assertEquals(20 + 27 + 25, num(map(summary.get("fromCriteriaMet")).get("level2")));
    assertEquals(27 + 26, num(map(summary.get("toCriteriaMet")).get("level2")));
    assertEquals(2 + 10 + 0, num(map(summary.get("fromCriteriaMet")).get("level3")));
    assertEquals(4 + 10, num(map(summary.get("toCriteriaMet")).get("level3")));
  }

  @Test
  void the_org_units_are_side_by_side_and_a_commune_reviewer_sees_only_their_commune() {
    Map<String, Object> report = get(DemoUsers.reviewerDienBien(), QUERY);
    Map<String, Map<String, Object>> units = new LinkedHashMap<>();
    list(report, "units").forEach(u -> units.put((String) u.get("orgUnitId"), u));
    assertEquals(
        java.util.Set.of(THANH_XUONG_OFFICE, HE_MUONG_OFFICE, MUONG_MUON_OFFICE), units.keySet());
    assertEquals(
        1, num(map(map(units.get(HE_MUONG_OFFICE).get("aggregates")).get("byMovement")).get("UP")));
    assertEquals(
        1,
        num(
            map(map(units.get(THANH_XUONG_OFFICE).get("aggregates")).get("byMovement"))
                .get("DOWN")));
    assertEquals(
        1,
        num(
            map(map(units.get(MUONG_MUON_OFFICE).get("aggregates")).get("byMovement"))
                .get("ONLY_FROM")));

    Map<String, Object> commune = get(DemoUsers.reviewerThanhXuongOffice(), QUERY);
    assertEquals(
        List.of(THANH_XUONG), list(commune, "items").stream().map(i -> i.get("schoolId")).toList());
    Map<String, Object> narrowed =
        get(DemoUsers.reviewerDienBien(), QUERY + "&orgUnitId=" + HE_MUONG_OFFICE);
    assertEquals(
        List.of(HE_MUONG), list(narrowed, "items").stream().map(i -> i.get("schoolId")).toList());
    Map<String, Object> principal = get(DemoUsers.principalHeMuong(), QUERY);
    assertEquals(1, list(principal, "items").size());
    HttpClientResponseException e =
        assertThrows(
            HttpClientResponseException.class,
            () ->
                get(DemoUsers.reviewerThanhXuongOffice(), QUERY + "&orgUnitId=" + HE_MUONG_OFFICE));
    assertEquals(HttpStatus.NOT_FOUND, e.getStatus(), "outside the reviewer's subtree");
  }

  @Test
  void another_tenant_sees_only_its_schools_same_and_never_assessed_included() {
    Map<String, Object> hcm = get(DemoUsers.reviewerHcm(), QUERY);
    assertEquals(
        List.of(MN_QUAN10, DINH_PHUOC),
        list(hcm, "items").stream().map(i -> i.get("schoolId")).toList());
    assertEquals("NEITHER", byId(hcm, MN_QUAN10).get("movement"));
    assertEquals("SAME", byId(hcm, DINH_PHUOC).get("movement"));
    assertEquals(1, num(map(byId(hcm, DINH_PHUOC).get("metChange")).get("level3")));
    assertEquals(
        2,
        num(
            map(byId(get(DemoUsers.reviewerDienBien(), QUERY), HE_MUONG).get("to"))
                .get("overallLevel")),
        "the HCM event naming Hẹ Muông changes nothing in Điện Biên");
    for (String path :
        List.of(
            QUERY + "&orgUnitId=" + DIENBIEN_ROOT, QUERY + "&format=xlsx&orgUnitId=" + HE_MUONG)) {
      HttpClientResponseException e =
          assertThrows(
              HttpClientResponseException.class, () -> bytes(DemoUsers.reviewerHcm(), path));
      assertEquals(HttpStatus.NOT_FOUND, e.getStatus(), path);
      assertEquals(
          "application/problem+json", e.getResponse().getContentType().orElseThrow().toString());
    }
  }

  @Test
  void both_years_are_required_valid_and_in_order() {
    for (String query :
        List.of(
            "?to=" + TO,
            "?from=" + FROM,
            "?from=2034&to=" + TO,
            "?from=" + TO + "&to=" + FROM,
            "?from=" + TO + "&to=" + TO,
            "?from=" + FROM + "&to=" + TO + "&format=pdf",
            "?to=" + TO + "&format=xlsx")) {
      HttpClientResponseException e =
          assertThrows(
              HttpClientResponseException.class,
              () -> bytes(DemoUsers.reviewerDienBien(), "/api/reports/year-over-year" + query));
      assertEquals(HttpStatus.BAD_REQUEST, e.getStatus(), query);
      assertEquals(
          "application/problem+json", e.getResponse().getContentType().orElseThrow().toString());
    }
  }

  @Test
  void the_year_over_year_exports_to_excel_with_the_reports_figures() throws Exception {
    Map<String, Object> json = get(DemoUsers.reviewerDienBien(), QUERY);
    HttpResponse<byte[]> response =
        http.toBlocking()
            .exchange(
                HttpRequest.GET(QUERY + "&format=xlsx").bearerAuth(DemoUsers.reviewerDienBien()),
                byte[].class);
    assertEquals(ReportFormat.XLSX, response.getContentType().orElseThrow().toString());
    assertTrue(response.header("Content-Disposition").contains("so-sanh-2034-2035-2035-2036.xlsx"));
    XSSFSheet sheet = sheet(response.body());

    assertEquals(
        "SO SÁNH KẾT QUẢ TỰ ĐÁNH GIÁ GIỮA HAI NĂM HỌC",
        sheet.getRow(0).getCell(0).getStringCellValue());
    String subtitle = sheet.getRow(1).getCell(0).getStringCellValue();
    assertTrue(
        subtitle.startsWith(
            "Đơn vị: Sở GD&ĐT Điện Biên · So sánh năm học 2034-2035 với 2035-2036 · Ngày xuất: "),
        subtitle);
    assertTrue(subtitle.endsWith("Tăng: 1 · Giảm: 1 · Giữ nguyên: 0 · Thiếu kết quả: 1"), subtitle);
    assertEquals("Mức đạt 2034-2035", sheet.getRow(3).getCell(5).getStringCellValue());
    assertEquals(
        "Mức 3: số tiêu chí đạt 2035-2036", sheet.getRow(3).getCell(11).getStringCellValue());
    List<Map<String, Object>> items = list(json, "items");
    for (int i = 0; i < items.size(); i++) {
      assertEquals(items.get(i).get("name"), sheet.getRow(4 + i).getCell(2).getStringCellValue());
    }
    Row muongMuon = sheet.getRow(4);
    assertEquals("Thiếu kết quả năm sau", muongMuon.getCell(7).getStringCellValue());
    assertEquals(1, (int) muongMuon.getCell(5).getNumericCellValue());
    assertEquals(CellType.BLANK, muongMuon.getCell(6).getCellType(), "no 2035 result: empty");
    Row heMuong = sheet.getRow(5);
    assertEquals("Tăng", heMuong.getCell(7).getStringCellValue());
    assertEquals(20, (int) heMuong.getCell(8).getNumericCellValue());
    assertEquals(27, (int) heMuong.getCell(9).getNumericCellValue());
    assertEquals("Giảm", sheet.getRow(6).getCell(7).getStringCellValue());

    Row totals = sheet.getRow(7);
    assertEquals("Tổng cộng", totals.getCell(0).getStringCellValue());
    assertEquals("COUNTA(F5:F7)", totals.getCell(5).getCellFormula());
    assertEquals(3, (int) totals.getCell(5).getNumericCellValue(), "assessed in 2034");
    assertEquals(2, (int) totals.getCell(6).getNumericCellValue(), "assessed in 2035");
    assertEquals("COUNTIF(H5:H7,\"Tăng\")", totals.getCell(7).getCellFormula());
    assertEquals(1, (int) totals.getCell(7).getNumericCellValue());
    Map<String, Object> summary = map(json.get("summary"));
    assertEquals(
        num(map(summary.get("fromCriteriaMet")).get("level2")),
        (int) totals.getCell(8).getNumericCellValue());
    assertEquals(
        num(map(summary.get("toCriteriaMet")).get("level2")),
        (int) totals.getCell(9).getNumericCellValue());
    assertEquals(
        num(map(summary.get("fromCriteriaMet")).get("level3")),
        (int) totals.getCell(10).getNumericCellValue());
    assertEquals(
        num(map(summary.get("toCriteriaMet")).get("level3")),
        (int) totals.getCell(11).getNumericCellValue());
    var evaluator = sheet.getWorkbook().getCreationHelper().createFormulaEvaluator();
    for (int c = 5; c <= 11; c++) {
      assertEquals(
          totals.getCell(c).getNumericCellValue(),
          evaluator.evaluate(totals.getCell(c)).getNumberValue(),
          1e-9,
          "column " + c);
    }
    assertEquals(4, sheet.getPaneInformation().getHorizontalSplitPosition());
    assertEquals("A4:N7", sheet.getCTWorksheet().getAutoFilter().getRef());
  }
}

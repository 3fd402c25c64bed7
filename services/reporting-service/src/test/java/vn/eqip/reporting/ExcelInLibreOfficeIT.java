package vn.eqip.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.eqip.platform.testing.DemoOrgTree.DIENBIEN;
import static vn.eqip.platform.testing.DemoOrgTree.HE_MUONG;
import static vn.eqip.platform.testing.DemoOrgTree.THANH_XUONG;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.eqip.platform.testing.DemoUsers;
import vn.eqip.platform.testing.LibreOffice;
import vn.eqip.reporting.testing.Events;
import vn.eqip.reporting.testing.ReportingTestBase;

/**
 * The roll-up workbook as a department opens it: LibreOffice computes the totals row's formulas
 * itself, and its figures equal the JSON report's.
 */
@MicronautTest(transactional = false)
class ExcelInLibreOfficeIT extends ReportingTestBase {

  @Test
  void libre_office_computes_the_same_totals_as_the_report() throws Exception {
    LibreOffice.assumeInstalled();
    String year = "2033-2034";
    planThrough(DIENBIEN, HE_MUONG, year, "PlanCreated", "PlanSubmitted", "PlanApproved");
    planThrough(DIENBIEN, THANH_XUONG, year, "PlanCreated", "PlanSubmitted");
    apply(
        events.assessmentFinished(
            DIENBIEN,
            UUID.randomUUID().toString(),
            HE_MUONG,
            "2032-2033",
            "SELF",
            1,
            Events.heMuongProfile(),
            2,
            Instant.parse("2033-05-20T08:00:00Z")));
    String query = "/api/reports/rollup?schoolYear=" + year;
    Map<String, Object> json = rollup(DemoUsers.reviewerDienBien(), "schoolYear=" + year);

    List<List<String>> rows =
        LibreOffice.xlsxToRows(bytes(DemoUsers.reviewerDienBien(), query + "&format=xlsx"));

    List<String> header =
        rows.stream().filter(r -> r.contains("Tên trường")).findFirst().orElseThrow();
    List<String> totals =
        rows.stream().filter(r -> r.contains("Tổng cộng")).findFirst().orElseThrow();
    int schools = ((Number) json.get("schoolCount")).intValue();
    Map<?, ?> byStatus = (Map<?, ?>) json.get("plansByStatus");
    assertEquals(3, schools);
    assertEquals(
        String.valueOf(schools), totals.get(header.indexOf("Tên trường")), totals::toString);
    assertEquals(
        String.valueOf(((Number) byStatus.get("APPROVED")).intValue()),
        totals.get(header.indexOf("Kế hoạch")),
        totals::toString);
    // Hẹ Muông alone has an assessment: 4 of its 19 level-3 criteria
    assertEquals("4", totals.get(header.indexOf("Mức 3: số tiêu chí đạt")), totals::toString);
    assertEquals("19", totals.get(header.indexOf("Mức 3: số tiêu chí")), totals::toString);
    String ratio = totals.get(header.indexOf("Tỷ lệ đạt Mức 3"));
    assertTrue(ratio.matches("21[.,]1\\s?%"), ratio);
  }
}

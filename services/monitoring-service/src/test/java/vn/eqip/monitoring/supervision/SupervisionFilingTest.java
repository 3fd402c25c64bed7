package vn.eqip.monitoring.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.eqip.platform.web.Problem;
import vn.eqip.platform.web.ProblemException;

class SupervisionFilingTest {

  private static FileSupervisionReportRequest req(String year, String period) {
    return new FileSupervisionReportRequest(year, period, "Nhận xét", null);
  }

  @Test
  void terms_and_months_of_the_school_year_are_periods() {
    assertEquals("HK1", SupervisionFiling.from(req("2026-2027", "HK1")).period());
    assertEquals("HK2", SupervisionFiling.from(req("2026-2027", " HK2 ")).period());
    assertEquals("2026-08", SupervisionFiling.from(req("2026-2027", "2026-08")).period());
    assertEquals("2027-07", SupervisionFiling.from(req("2026-2027", "2027-07")).period());
  }

  @Test
  void months_outside_the_school_year_and_other_periods_are_refused() {
    for (String period : List.of("2026-07", "2027-08", "HK3", "hk1", "2026-13", "2026-1", "")) {
      assertEquals(List.of("period"), fields(req("2026-2027", period)), period);
    }
  }

  @Test
  void the_school_year_must_be_two_consecutive_years() {
    for (String year : List.of("2026-2028", "2026", "26-27", "2027-2026")) {
      assertEquals(List.of("schoolYear"), fields(req(year, "HK1")), year);
    }
  }

  @Test
  void findings_are_required_recommendations_optional_both_limited() {
    assertEquals(
        List.of("findings"),
        fields(new FileSupervisionReportRequest("2026-2027", "HK1", " ", "Kiến nghị")));
    assertNull(
        SupervisionFiling.from(new FileSupervisionReportRequest("2026-2027", "HK1", "N", " "))
            .recommendations());
    String tooLong = "x".repeat(SupervisionFiling.TEXT_MAX + 1);
    assertEquals(
        List.of("findings", "recommendations"),
        fields(new FileSupervisionReportRequest("2026-2027", "HK1", tooLong, tooLong)));
    assertEquals(List.of("schoolYear", "period", "findings"), fields(null));
  }

  private static List<String> fields(FileSupervisionReportRequest request) {
    ProblemException e =
        assertThrows(ProblemException.class, () -> SupervisionFiling.from(request));
    return e.errors().stream().map(Problem.FieldError::field).toList();
  }
}

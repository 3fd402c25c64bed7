package vn.eqip.reporting.scope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.eqip.reporting.readmodel.SchoolViews;
import vn.eqip.reporting.rollup.SchoolYear;

class SchoolsOfYearTest {

  static final SchoolYear Y2024 = SchoolYear.parse("2024-2025").orElseThrow();

  @Test
  void a_school_year_ends_on_31_august_in_vietnam() {
    // 2025-08-31T16:59Z is 23:59 on 31/08 in Vietnam; a minute later it is 1/09
    assertEquals(2024, SchoolViews.schoolYearStartOf(Instant.parse("2025-08-31T16:59:00Z")));
    assertEquals(2025, SchoolViews.schoolYearStartOf(Instant.parse("2025-08-31T17:00:00Z")));
    assertFalse(SchoolsOfYear.isOver(Y2024, Instant.parse("2025-08-31T16:59:00Z")));
    assertTrue(SchoolsOfYear.isOver(Y2024, Instant.parse("2025-08-31T17:00:00Z")));
  }

  @Test
  void a_year_not_over_reads_today_s_schools_and_a_past_one_the_history_of_that_year() {
    String current = SchoolsOfYear.table(Y2024, false);
    assertEquals(
        "(SELECT v.* FROM school_view v WHERE"
            + " (v.closed_on IS NULL OR v.closed_on >= DATE'2024-09-01'))",
        current,
        "today's schools, less those merged or closed before the year");
    String past = SchoolsOfYear.table(Y2024, true);
    assertTrue(past.contains("x.school_year_start <= 2024"), past);
    assertTrue(past.contains("school_unit_history"), past);
    assertTrue(past.endsWith("v.closed_on >= DATE'2024-09-01'))"), past);
    String sql = "SELECT s.id FROM school_view s WHERE s.tenant_id = ?";
    assertEquals(
        "SELECT s.id FROM " + past + " s WHERE s.tenant_id = ?", SchoolsOfYear.from(sql, past));
  }

  @Test
  void a_past_years_subtree_is_every_path_through_the_unit() {
    ReportScope current = new ReportScope("t", Y2024, "u", "/r/u/", false);
    ReportScope past = new ReportScope("t", Y2024, "u", "/r/u/", true);
    assertEquals("/r/u/%", current.subtreePattern().orElseThrow());
    assertEquals("%/u/%", past.subtreePattern().orElseThrow());
    assertTrue(new ReportScope("t", Y2024, "u", null, true).subtreePattern().isEmpty());
  }
}

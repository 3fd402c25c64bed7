package vn.eqip.reporting.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SchoolYearTest {

  @Test
  void two_consecutive_years_are_a_school_year() {
    assertEquals("2026-2027", SchoolYear.parse(" 2026-2027 ").orElseThrow().toString());
  }

  @Test
  void years_that_are_not_consecutive_or_badly_written_are_refused() {
    for (String bad :
        new String[] {
          "2026-2028", "2027-2026", "2026-2026", "2026/2027", "26-27", "2026–2027", "", "x"
        }) {
      assertTrue(SchoolYear.parse(bad).isEmpty(), bad);
    }
    assertTrue(SchoolYear.parse(null).isEmpty());
  }
}

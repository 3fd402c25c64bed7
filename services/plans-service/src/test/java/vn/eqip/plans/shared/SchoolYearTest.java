package vn.eqip.plans.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SchoolYearTest {

  @ParameterizedTest
  @ValueSource(strings = {"2026-2027", " 2026 - 2027 ", "2026–2027"})
  void accepts_the_ways_people_write_a_school_year(String text) {
    assertEquals("2026-2027", SchoolYear.parse(text).toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"2003-2024", "2024-2023", "2026", "năm học 2026-2027", ""})
  void refuses_years_that_are_not_consecutive_or_not_a_year_pair(String text) {
    assertThrows(InvalidInput.class, () -> SchoolYear.parse(text));
  }
}

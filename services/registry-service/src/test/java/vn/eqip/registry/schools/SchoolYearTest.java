package vn.eqip.registry.schools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micronaut.http.HttpStatus;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import vn.eqip.platform.web.ProblemException;

class SchoolYearTest {

  @Test
  void a_school_year_chooses_its_catalog_on_1_september_of_its_first_year() {
    SchoolYear year = SchoolYear.parse("2025-2026");

    assertEquals(2025, year.startYear());
    assertEquals(LocalDate.of(2025, 9, 1), year.catalogDate());
    assertEquals("2025-2026", year.toString());
  }

  @Test
  void anything_but_two_consecutive_years_is_a_bad_request_naming_the_parameter() {
    for (String text :
        Arrays.asList(null, "", "2026-2025", "2025-2025", "2025-2027", "2025/2026", " 2025-2026")) {
      ProblemException e = assertThrows(ProblemException.class, () -> SchoolYear.parse(text));

      assertEquals(HttpStatus.BAD_REQUEST, e.status(), String.valueOf(text));
      assertEquals("schoolYear", e.errors().get(0).field());
    }
  }
}

package vn.eqip.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DemoCalendarTest {

  @Test
  void a_school_year_starts_in_september() {
    assertEquals("2026-2027", new DemoCalendar(LocalDate.of(2026, 11, 23)).currentSchoolYear());
    assertEquals("2025-2026", new DemoCalendar(LocalDate.of(2026, 11, 23)).previousSchoolYear());
    assertEquals("2025-2026", new DemoCalendar(LocalDate.of(2026, 8, 31)).currentSchoolYear());
    assertEquals("2026-2027", new DemoCalendar(LocalDate.of(2026, 9, 1)).currentSchoolYear());
  }

  @Test
  void last_month_is_offered_only_when_it_belongs_to_the_current_school_year() {
    assertEquals(
        Optional.of("Tháng 10/2026"), new DemoCalendar(LocalDate.of(2026, 11, 23)).lastMonth());
    assertEquals(
        Optional.of("Tháng 12/2026"), new DemoCalendar(LocalDate.of(2027, 1, 5)).lastMonth());
    assertEquals(Optional.empty(), new DemoCalendar(LocalDate.of(2026, 9, 10)).lastMonth());
    assertEquals("Tháng 11/2026", new DemoCalendar(LocalDate.of(2026, 11, 23)).thisMonth());
  }
}

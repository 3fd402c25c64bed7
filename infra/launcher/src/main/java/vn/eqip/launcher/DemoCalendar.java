package vn.eqip.launcher;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * The demo's dates, relative to the day it is loaded, so that a first run at any time of year shows
 * a current plan with finished, running, overdue and soon-due actions. A school year runs from
 * September to August: on 23/11/2026 the current one is 2026-2027 and the previous one 2025-2026.
 */
record DemoCalendar(LocalDate today) {

  /** The first calendar year of the current school year (2026 for 2026-2027). */
  int startYear() {
    return today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
  }

  String currentSchoolYear() {
    return schoolYear(startYear());
  }

  String previousSchoolYear() {
    return schoolYear(startYear() - 1);
  }

  static String schoolYear(int startYear) {
    return startYear + "-" + (startYear + 1);
  }

  /** September of the school year that starts in {@code startYear}: "Tháng 9/2026". */
  static String september(int startYear) {
    return month(YearMonth.of(startYear, 9));
  }

  /** The whole teaching year: "Từ 9/2026 đến 5/2027". */
  static String teachingYear(int startYear) {
    return "Từ 9/" + startYear + " đến 5/" + (startYear + 1);
  }

  /**
   * The month before this one when it lies in the current school year (an action that ended then
   * and is not done is overdue); empty in September, whose previous month belongs to the last year.
   */
  Optional<String> lastMonth() {
    YearMonth last = YearMonth.from(today).minusMonths(1);
    if (last.isBefore(YearMonth.of(startYear(), 9))) {
      return Optional.empty();
    }
    return Optional.of(month(last));
  }

  /** This month ("Tháng 11/2026"): an action ending with it is due within the month. */
  String thisMonth() {
    return month(YearMonth.from(today));
  }

  static String month(YearMonth month) {
    return "Tháng " + month.getMonthValue() + "/" + month.getYear();
  }
}

package vn.eqip.plans.shared;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A school year, "2026-2027": two consecutive years. Accepts "2026 - 2027" and en dashes. */
public record SchoolYear(int startYear) {

  private static final Pattern FORMAT = Pattern.compile("\\s*(\\d{4})\\s*[-–]\\s*(\\d{4})\\s*");

  public SchoolYear {
    if (startYear < 2000 || startYear > 2100) {
      throw new InvalidInput("schoolYear", "Năm học không hợp lệ (invalid school year).");
    }
  }

  public static SchoolYear parse(String text) {
    Matcher m = text == null ? null : FORMAT.matcher(text);
    if (m == null || !m.matches()) {
      throw new InvalidInput(
          "schoolYear",
          "Năm học phải có dạng 2026-2027, nhận được \"" + text + "\" (expected e.g. 2026-2027).");
    }
    int start = Integer.parseInt(m.group(1));
    int end = Integer.parseInt(m.group(2));
    if (end != start + 1) {
      throw new InvalidInput(
          "schoolYear",
          "Năm học phải gồm hai năm liên tiếp, ví dụ 2026-2027; nhận được \""
              + text.trim()
              + "\".");
    }
    return new SchoolYear(start);
  }

  /**
   * The first day of the school year. Assumption (the ministry's yearly calendar varies a little by
   * province): a school year opens on 5 September of its first year (Ngày khai giảng).
   */
  public LocalDate firstDay() {
    return LocalDate.of(startYear, 9, 5);
  }

  /**
   * The last day of the school year. Assumption: a school year ends on 31 May of its second year
   * (the provinces' frameworks end the year's teaching by the end of May).
   */
  public LocalDate lastDay() {
    return LocalDate.of(startYear + 1, 5, 31);
  }

  /** The calendar years the school year touches: 2023-2024 → 2023 and 2024. */
  public boolean touchesCalendarYear(int year) {
    return year == startYear || year == startYear + 1;
  }

  @Override
  public String toString() {
    return startYear + "-" + (startYear + 1);
  }
}

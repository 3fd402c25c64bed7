package vn.eqip.registry.schools;

import io.micronaut.http.HttpStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.eqip.platform.web.Problem;
import vn.eqip.platform.web.ProblemException;

/** A school year, "2025-2026": two consecutive years. */
public record SchoolYear(int startYear) {

  private static final Pattern FORMAT = Pattern.compile("(\\d{4})-(\\d{4})");

  /** Parses "YYYY-YYYY" with consecutive years; anything else is a 400 naming the parameter. */
  public static SchoolYear parse(String text) {
    Matcher m = text == null ? null : FORMAT.matcher(text);
    if (m == null
        || !m.matches()
        || Integer.parseInt(m.group(2)) != Integer.parseInt(m.group(1)) + 1) {
      String message =
          "Năm học phải có dạng 2025-2026 (hai năm liên tiếp), nhận được \""
              + text
              + "\" (schoolYear must look like 2025-2026).";
      throw new ProblemException(
          HttpStatus.BAD_REQUEST,
          "bad-request",
          "Yêu cầu không hợp lệ (Bad request)",
          message,
          List.of(new Problem.FieldError("schoolYear", message)));
    }
    return new SchoolYear(Integer.parseInt(m.group(1)));
  }

  /**
   * The day the school year's catalog is chosen by: 1 September of its first year (the school year
   * starts in September), so a version in force from a later date applies from the next year on.
   */
  public LocalDate catalogDate() {
    return LocalDate.of(startYear, 9, 1);
  }

  @Override
  public String toString() {
    return startYear + "-" + (startYear + 1);
  }
}

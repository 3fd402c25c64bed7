package vn.eqip.reporting.rollup;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A school year (năm học) written as two consecutive years: {@code 2026-2027}. */
public record SchoolYear(int start) {

  private static final Pattern FORMAT = Pattern.compile("(\\d{4})-(\\d{4})");

  public static Optional<SchoolYear> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    Matcher m = FORMAT.matcher(value.trim());
    if (!m.matches()) {
      return Optional.empty();
    }
    int start = Integer.parseInt(m.group(1));
    int end = Integer.parseInt(m.group(2));
    if (end != start + 1 || start < 1945) {
      return Optional.empty();
    }
    return Optional.of(new SchoolYear(start));
  }

  @Override
  public String toString() {
    return start + "-" + (start + 1);
  }
}

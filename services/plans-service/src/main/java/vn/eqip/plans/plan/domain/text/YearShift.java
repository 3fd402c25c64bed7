package vn.eqip.plans.plan.domain.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Moves the years a text names forward, for a plan copied to the next school year: in a timeline
 * every year ("Quý 1/2025" → "Quý 1/2026", "Năm học 2024 – 2025" → "Năm học 2025 – 2026"); in the
 * plan's free texts only school years (two consecutive years), so that "Thông tư 17/2018/TT-BGDĐT"
 * and "giai đoạn 2021-2025" stay as written.
 */
public final class YearShift {

  private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");
  private static final Pattern SCHOOL_YEAR =
      Pattern.compile("(?<![\\d/])((?:19|20)\\d{2})(\\s*[-–—]\\s*)((?:19|20)\\d{2})(?![\\d/])");
  private static final Pattern PERIOD =
      Pattern.compile("(?:giai đoạn|niên khóa|niên khoá|chu kỳ|nhiệm kỳ)\\s*$");

  private YearShift() {}

  /** Every year of a timeline, moved by {@code years}; null stays null. */
  public static String timeline(String text, int years) {
    if (text == null) {
      return null;
    }
    Matcher m = YEAR.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, String.valueOf(Integer.parseInt(m.group(1)) + years));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Only the school years ("2024-2025", "2024 – 2025") of a text, moved by {@code years}. */
  public static String schoolYears(String text, int years) {
    if (text == null) {
      return null;
    }
    Matcher m = SCHOOL_YEAR.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      int first = Integer.parseInt(m.group(1));
      int second = Integer.parseInt(m.group(3));
      String before = text.substring(Math.max(0, m.start() - 14), m.start());
      boolean schoolYear = second == first + 1 && !PERIOD.matcher(before).find();
      m.appendReplacement(
          out,
          Matcher.quoteReplacement(
              schoolYear ? (first + years) + m.group(2) + (second + years) : m.group()));
    }
    m.appendTail(out);
    return out.toString();
  }
}

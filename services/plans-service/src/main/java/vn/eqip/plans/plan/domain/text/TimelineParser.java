package vn.eqip.plans.plan.domain.text;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.eqip.plans.shared.SchoolYear;

/**
 * Reads a timeline as schools write it into a start and an end date where they can be known: "Quý
 * 1/2024", "Tháng 10/2024", "Năm 2024", "Năm học 2024 – 2025", "Từ 8/2023 đến 5/2024", "Tháng
 * 10/2024 đến khi kết thúc năm học 2024 – 2025", "Trong năm học 2025-2026 và các năm tiếp theo"
 * (recurring), "Thực hiện thường xuyên" (recurring, no dates), "Từ năm học 2023-2024" (open end). A
 * school year runs from {@link SchoolYear#firstDay()} to {@link SchoolYear#lastDay()}. Anything
 * else, including a school year that is not two consecutive years ("2013-2024"), is not understood:
 * its dates stay null and the linter reports it.
 */
public final class TimelineParser {

  private static final Pattern RANGE = Pattern.compile("^(?:từ\\s+)?(.+?)\\s+(?:đến|tới)\\s+(.+)$");
  private static final Pattern UNTIL_END =
      Pattern.compile("^(?:khi\\s+)?(?:kết thúc|hết|cuối)\\s+(.+)$");
  private static final Pattern FOLLOWING_YEARS =
      Pattern.compile("\\s*,?\\s*(?:và|&)\\s+(?:các|những)\\s+năm(?:\\s+học)?\\s+tiếp\\s+theo$");
  private static final Pattern QUARTER =
      Pattern.compile("^quý\\s*(iv|i{1,3}|[1-4])\\s*(?:/|-|\\.|\\s+năm\\s+)\\s*(\\d{4})$");
  private static final Pattern DAY =
      Pattern.compile("^(?:ngày\\s*)?(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s*/\\s*(\\d{4})$");
  private static final Pattern MONTH =
      Pattern.compile("^(?:tháng\\s*)?(\\d{1,2})\\s*(?:/|-|\\.|\\s+năm\\s+)\\s*(\\d{4})$");
  private static final Pattern SCHOOL_YEAR =
      Pattern.compile("^(?:năm học|nh)\\s*(\\d{4})\\s*-\\s*(\\d{4})$");
  private static final Pattern YEAR = Pattern.compile("^(?:năm\\s*)?(\\d{4})$");

  private TimelineParser() {}

  public static Timeline parse(String text) {
    String s = Texts.normalise(text);
    if (s.isEmpty()) {
      return new Timeline(text, null, null, false, true);
    }
    boolean recurring = false;
    Matcher following = FOLLOWING_YEARS.matcher(s);
    if (following.find()) {
      recurring = true;
      s = s.substring(0, following.start()).trim();
    }
    String core =
        s.replaceFirst("^thời gian\\s*:?\\s*", "")
            .replaceFirst("^thực hiện\\s+", "")
            .replaceFirst("^(?:trong|suốt)\\s+", "");
    if (core.matches("(?:thường xuyên|xuyên suốt|liên tục|hằng năm|hàng năm)(?: cả năm)?")) {
      return new Timeline(text, null, null, true, true);
    }
    Matcher range = RANGE.matcher(core);
    if (range.matches()) {
      Span from = span(range.group(1));
      String right = range.group(2);
      Matcher untilEnd = UNTIL_END.matcher(right);
      Span to = span(untilEnd.matches() ? untilEnd.group(1) : right);
      if (from == null || to == null) {
        return Timeline.unreadable(text);
      }
      return new Timeline(text, from.start(), to.end(), recurring, true);
    }
    if (core.startsWith("từ ")) {
      Span from = span(core.substring(3).trim());
      return from == null
          ? Timeline.unreadable(text)
          : new Timeline(text, from.start(), null, recurring, true);
    }
    Span span = span(core);
    return span == null
        ? Timeline.unreadable(text)
        : new Timeline(text, span.start(), span.end(), recurring, true);
  }

  /** A point in time people name: a day, a month, a quarter, a year or a school year. */
  private record Span(LocalDate start, LocalDate end) {}

  private static Span span(String written) {
    String s = written.trim().replaceFirst("^(?:trong|suốt)\\s+", "");
    Matcher m;
    if ((m = SCHOOL_YEAR.matcher(s)).matches()) {
      int first = Integer.parseInt(m.group(1));
      int second = Integer.parseInt(m.group(2));
      if (second != first + 1 || !plausible(first)) {
        return null;
      }
      SchoolYear year = new SchoolYear(first);
      return new Span(year.firstDay(), year.lastDay());
    }
    if ((m = QUARTER.matcher(s)).matches()) {
      int quarter = quarter(m.group(1));
      int year = Integer.parseInt(m.group(2));
      if (!plausible(year)) {
        return null;
      }
      YearMonth first = YearMonth.of(year, quarter * 3 - 2);
      return new Span(first.atDay(1), first.plusMonths(2).atEndOfMonth());
    }
    if ((m = DAY.matcher(s)).matches()) {
      int day = Integer.parseInt(m.group(1));
      int month = Integer.parseInt(m.group(2));
      int year = Integer.parseInt(m.group(3));
      if (month < 1 || month > 12 || !plausible(year) || day < 1) {
        return null;
      }
      YearMonth ym = YearMonth.of(year, month);
      if (day > ym.lengthOfMonth()) {
        return null;
      }
      return new Span(ym.atDay(day), ym.atDay(day));
    }
    if ((m = MONTH.matcher(s)).matches()) {
      int month = Integer.parseInt(m.group(1));
      int year = Integer.parseInt(m.group(2));
      if (month < 1 || month > 12 || !plausible(year)) {
        return null;
      }
      YearMonth ym = YearMonth.of(year, month);
      return new Span(ym.atDay(1), ym.atEndOfMonth());
    }
    if ((m = YEAR.matcher(s)).matches()) {
      int year = Integer.parseInt(m.group(1));
      return plausible(year)
          ? new Span(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
          : null;
    }
    return null;
  }

  private static boolean plausible(int year) {
    return year >= 2000 && year <= 2100;
  }

  private static int quarter(String written) {
    return switch (written) {
      case "i", "1" -> 1;
      case "ii", "2" -> 2;
      case "iii", "3" -> 3;
      default -> 4;
    };
  }
}

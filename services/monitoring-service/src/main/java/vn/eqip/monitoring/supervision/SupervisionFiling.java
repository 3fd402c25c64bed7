package vn.eqip.monitoring.supervision;

import io.micronaut.core.annotation.Nullable;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.eqip.platform.web.Problem;
import vn.eqip.platform.web.ProblemException;

/**
 * A valid supervision report: a school year {@code yyyy-yyyy} (consecutive years), a period that is
 * a term (HK1, HK2) or a month {@code yyyy-MM} of that school year (August of the first year to
 * July of the second), findings (required) and optional recommendations, each at most {@link
 * #TEXT_MAX} characters.
 */
public record SupervisionFiling(
    String schoolYear, String period, String findings, @Nullable String recommendations) {

  public static final int TEXT_MAX = 10_000;

  private static final Pattern SCHOOL_YEAR = Pattern.compile("(\\d{4})-(\\d{4})");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

  /** Checks a request; throws a 422 problem naming every invalid field. */
  public static SupervisionFiling from(FileSupervisionReportRequest request) {
    List<Problem.FieldError> errors = new ArrayList<>();
    String schoolYear = trimmed(request == null ? null : request.schoolYear());
    String period = trimmed(request == null ? null : request.period());
    String findings = trimmed(request == null ? null : request.findings());
    String recommendations = trimmed(request == null ? null : request.recommendations());
    Integer firstYear = firstYear(schoolYear);
    if (firstYear == null) {
      errors.add(
          new Problem.FieldError(
              "schoolYear", "Năm học phải có dạng 2026-2027 (school year, yyyy-yyyy)."));
    }
    if (period == null) {
      errors.add(
          new Problem.FieldError(
              "period", "Cần kỳ báo cáo: tháng (2026-10) hoặc học kỳ (HK1, HK2)."));
    } else if (!period.equals("HK1") && !period.equals("HK2")) {
      YearMonth month = month(period);
      if (month == null) {
        errors.add(
            new Problem.FieldError(
                "period", "Kỳ báo cáo phải là tháng (2026-10) hoặc học kỳ (HK1, HK2)."));
      } else if (firstYear != null
          && (month.isBefore(YearMonth.of(firstYear, 8))
              || month.isAfter(YearMonth.of(firstYear + 1, 7)))) {
        errors.add(
            new Problem.FieldError(
                "period",
                "Tháng "
                    + period
                    + " không thuộc năm học "
                    + schoolYear
                    + " (từ tháng 8/"
                    + firstYear
                    + " đến tháng 7/"
                    + (firstYear + 1)
                    + ")."));
      }
    }
    if (findings == null) {
      errors.add(new Problem.FieldError("findings", "Cần nhập nhận xét, phát hiện (findings)."));
    } else if (findings.length() > TEXT_MAX) {
      errors.add(new Problem.FieldError("findings", "Nhận xét tối đa " + TEXT_MAX + " ký tự."));
    }
    if (recommendations != null && recommendations.length() > TEXT_MAX) {
      errors.add(
          new Problem.FieldError("recommendations", "Kiến nghị tối đa " + TEXT_MAX + " ký tự."));
    }
    if (!errors.isEmpty()) {
      throw ProblemException.invalid(
          "Báo cáo giám sát chưa hợp lệ: "
              + String.join(" ", errors.stream().map(Problem.FieldError::message).toList()),
          errors);
    }
    return new SupervisionFiling(schoolYear, period, findings, recommendations);
  }

  /** The first year of a valid school year ({@code 2026-2027} → 2026), else null. */
  static Integer firstYear(String schoolYear) {
    if (schoolYear == null) {
      return null;
    }
    Matcher m = SCHOOL_YEAR.matcher(schoolYear);
    if (!m.matches()) {
      return null;
    }
    int first = Integer.parseInt(m.group(1));
    return Integer.parseInt(m.group(2)) == first + 1 ? first : null;
  }

  private static YearMonth month(String period) {
    if (!MONTH.matcher(period).matches()) {
      return null;
    }
    try {
      return YearMonth.parse(period);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static String trimmed(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}

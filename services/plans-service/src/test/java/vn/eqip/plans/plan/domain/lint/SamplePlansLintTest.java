package vn.eqip.plans.plan.domain.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.eqip.plans.plan.domain.PlanAction;
import vn.eqip.plans.plan.domain.PlanDocument;
import vn.eqip.plans.plan.domain.PlanRow;
import vn.eqip.plans.plan.domain.text.TimelineParser;
import vn.eqip.plans.shared.SchoolYear;

/**
 * The linter over the timelines of the three real plans (../shared/samples, skipped where absent):
 * the year mistakes the domain notes list are found, and their correct timelines raise no error.
 * The extraction breaks cells into lines, so a timeline cell is the longest run (up to seven lines)
 * from a line starting like a timeline that reads as one, or else the shortest run naming a school
 * year.
 */
class SamplePlansLintTest {

  static final Pattern STARTS_LIKE_A_TIMELINE =
      Pattern.compile("(?i)^(quý|tháng|từ|trong|năm|thời gian|thực hiện)\\b.*");
  static final Pattern SCHOOL_YEAR = Pattern.compile("\\d{4}\\s*[-–]\\s*\\d{4}");

  @Test
  void he_muong_2023_2024_its_year_2013_2024_is_found_and_its_correct_timelines_pass()
      throws IOException {
    Map<String, List<String>> found = lint("plan-primary-hemuong-2023.txt", "2023-2024");

    assertEquals(List.of("school-year-invalid"), errorsOf(found, "Từ năm học 2013- 2024"));
    for (String correct : List.of("Quý 1/2024", "Năm 2024", "Từ 8/2023 Đến 5/2024")) {
      assertEquals(List.of(), errorsOf(found, correct), correct);
    }
  }

  @Test
  void quan_10_2023_2024_its_year_2024_2023_is_found_and_its_correct_timelines_pass()
      throws IOException {
    Map<String, List<String>> found = lint("plan-preschool-quan10-2023.txt", "2023-2024");

    assertEquals(
        List.of("school-year-invalid"), errorsOf(found, "Thời gian : trong năm học 2024-2023"));
    assertEquals(List.of(), errorsOf(found, "Trong năm học 2023-2024"));
    assertEquals(List.of(), errorsOf(found, "Từ tháng 8/2023 đến tháng 12/2026"));
  }

  @Test
  void dinh_phuoc_2024_2025_timelines_ending_before_they_start_or_in_2023_are_found()
      throws IOException {
    Map<String, List<String>> found = lint("plan-primary-dinhphuoc-2024.txt", "2024-2025");

    assertEquals(
        List.of("timeline-ends-before-start"),
        errorsOf(found, "Tháng 10/2024 đến hết năm học 2023 - 2024"));
    assertEquals(
        List.of("timeline-ends-before-start"),
        errorsOf(found, "Tháng 9/2025 đến khi kết thúc năm học 2024 – 2025"));
    assertEquals(List.of("timeline-outside-plan"), errorsOf(found, "Tháng 10/2023"));
    for (String correct :
        List.of(
            "Tháng 10/2024 đến khi kết thúc năm học 2024 – 2025",
            "Tháng 9/2024 đến khi kết thúc năm học 2024 - 2025",
            "Tháng 6/2025",
            "Tháng 5/2025")) {
      assertEquals(List.of(), errorsOf(found, correct), correct);
    }
  }

  @Test
  void he_muong_purposes_naming_2003_2024_are_an_error_and_its_period_2020_2025_is_not()
      throws IOException {
    String text = read("plan-primary-hemuong-2023.txt");
    List<String> purposes = section(text, "I. MỤC ĐÍCH YÊU CẦU", "II. CĂN CỨ");
    assumeTrue(!purposes.isEmpty(), "the sample no longer has its purposes");

    LintReport report =
        PlanLinter.lint(
            List.of(),
            document("NĂM HỌC 2023-2024", purposes),
            LintContext.of(SchoolYear.parse("2023-2024"), null));

    assertEquals(List.of("school-year-invalid"), report.codes());
    assertTrue(report.errors().get(0).message().startsWith("Mục đích 1: năm học 2003-2024"));
  }

  @Test
  void quan_10_purposes_naming_last_year_2022_2023_are_a_warning() throws IOException {
    String text = read("plan-preschool-quan10-2023.txt");
    List<String> purposes = section(text, "I. MỤC ĐÍCH, YÊU CẦU", "II. CĂN CỨ");
    assumeTrue(!purposes.isEmpty(), "the sample no longer has its purposes");

    LintReport report =
        PlanLinter.lint(
            List.of(),
            document("Năm học 2023 – 2024", purposes),
            LintContext.of(SchoolYear.parse("2023-2024"), null));

    assertEquals(List.of(), report.errors());
    assertEquals(List.of("school-year-other"), report.codes());
    assertTrue(report.warnings().get(0).message().startsWith("Mục đích 1: ghi năm học 2022-2023"));
  }

  static PlanDocument document(String title, List<String> purposes) {
    return new PlanDocument(
        null, null, null, null, null, title, purposes, List.of(), null, List.of(), List.of(), null,
        null);
  }

  /** The numbered paragraphs ("1. …") between two headings, each joined into one line. */
  static List<String> section(String text, String from, String to) {
    int start = text.indexOf(from);
    int end = start < 0 ? -1 : text.indexOf(to, start);
    if (start < 0 || end < 0) {
      return List.of();
    }
    List<String> items = new ArrayList<>();
    StringBuilder current = null;
    for (String line :
        text.substring(start + from.length(), end).lines().map(String::strip).toList()) {
      if (line.matches("\\d+\\..*")) {
        if (current != null) {
          items.add(current.toString().strip());
        }
        current = new StringBuilder(line.replaceFirst("^\\d+\\.\\s*", ""));
      } else if (current != null && !line.isEmpty()) {
        current.append(' ').append(line);
      }
    }
    if (current != null) {
      items.add(current.toString().strip());
    }
    return items;
  }

  static List<String> errorsOf(Map<String, List<String>> found, String timeline) {
    assertTrue(found.containsKey(timeline), () -> timeline + " not among " + found.keySet());
    return found.get(timeline);
  }

  /** Each timeline cell of the sample, linted as a row of a plan of that year: its error codes. */
  static Map<String, List<String>> lint(String sample, String schoolYear) throws IOException {
    List<String> cells = timelineCells(read(sample));
    List<PlanRow> rows = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      rows.add(
          new PlanRow(
              "r" + i,
              PlanRow.Tier.LEVELS_1_TO_3,
              "1.1",
              null,
              "Duy trì",
              List.of(
                  new PlanAction("a" + i, "Công việc", "Hiệu trưởng", null, cells.get(i), ""))));
    }
    LintReport report = PlanLinter.lint(rows, LintContext.of(SchoolYear.parse(schoolYear), null));
    Map<String, List<String>> errors = new LinkedHashMap<>();
    for (int i = 0; i < cells.size(); i++) {
      String rowId = "r" + i;
      errors.put(
          cells.get(i),
          report.errors().stream()
              .filter(f -> f.rowId().equals(rowId))
              .map(Finding::code)
              .collect(Collectors.toList()));
    }
    return errors;
  }

  static List<String> timelineCells(String text) {
    List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    List<String> cells = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!STARTS_LIKE_A_TIMELINE.matcher(lines.get(i)).matches()) {
        continue;
      }
      String longestRead = null;
      String shortestWithYear = null;
      String joined = "";
      for (int n = 0; n < 7 && i + n < lines.size(); n++) {
        joined = (joined + " " + lines.get(i + n)).strip().replaceAll("\\s+", " ");
        if (TimelineParser.parse(joined).understood()) {
          longestRead = joined;
        } else if (shortestWithYear == null && SCHOOL_YEAR.matcher(joined).find()) {
          shortestWithYear = joined;
        }
      }
      String cell = longestRead != null ? longestRead : shortestWithYear;
      if (cell != null && !cells.contains(cell)) {
        cells.add(cell);
      }
    }
    return cells;
  }

  static String read(String name) throws IOException {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("shared/samples"))) {
      dir = dir.getParent();
    }
    assumeTrue(dir != null, "../shared/samples is absent: sample test skipped");
    Path file = dir.resolve("shared/samples").resolve(name);
    assumeTrue(Files.exists(file), name + " is absent: sample test skipped");
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}

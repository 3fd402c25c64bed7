package vn.eqip.plans.plan.domain.text;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs the parsers over every budget- or timeline-like text of the real plans (../shared/samples,
 * skipped where absent). The extraction breaks table cells into lines, so a "cell" is any run of up
 * to seven consecutive lines; the parsers must never fail on any of them, and the cells we know are
 * there must be read right.
 */
class SampleCellsTest {

  static final Pattern BUDGET_LIKE =
      Pattern.compile("(?i)đồng|triệu|tỷ|kinh phí|ngân sách|^\\s*không\\s*$");
  static final Pattern TIMELINE_LIKE =
      Pattern.compile("(?i)quý|tháng|năm học|năm \\d{4}|\\d{1,2}/\\d{4}|thường\\s+xuyên");

  @Test
  void every_budget_and_timeline_like_text_of_the_samples_parses_without_failing()
      throws IOException {
    Set<String> cells = cells();
    int budgets = 0;
    int timelines = 0;
    for (String cell : cells) {
      if (BUDGET_LIKE.matcher(cell).find()) {
        Budget budget = assertDoesNotThrow(() -> BudgetParser.parse(cell), cell);
        assertEquals(cell, budget.text());
        budgets++;
      }
      if (TIMELINE_LIKE.matcher(cell).find()) {
        Timeline timeline = assertDoesNotThrow(() -> TimelineParser.parse(cell), cell);
        assertEquals(cell, timeline.text());
        assertTrue(timeline.understood() || (timeline.start() == null && timeline.end() == null));
        timelines++;
      }
    }
    assertTrue(budgets > 50 && timelines > 50, budgets + " budgets, " + timelines + " timelines");
  }

  @Test
  void the_budgets_and_timelines_the_samples_contain_are_read() throws IOException {
    Set<String> cells = cells();
    assertTrue(cells.contains("3 tỷ đồng"));
    assertEquals(3_000_000_000L, BudgetParser.parse("3 tỷ đồng").amountVnd());
    assertTrue(cells.contains("350 triệu đồng"));
    assertTrue(cells.contains("35.000.000 đồng"));
    assertTrue(cells.contains("15.000.000 đồng"));
    assertTrue(cells.contains("Kinh phí cá nhân tự lo"));
    assertEquals(Budget.Reading.SOURCE, BudgetParser.parse("Kinh phí cá nhân tự lo").reading());
    for (String source : List.of("Nguồn tài trợ", "Tự bồi dưỡng", "Nguồn ngân sách")) {
      assertTrue(cells.contains(source), source);
      assertEquals(Budget.Reading.SOURCE, BudgetParser.parse(source).reading(), source);
    }
    assertTrue(cells.contains("Quý 1/2024"));
    assertTrue(cells.contains("Tháng 10/2024 đến khi kết thúc năm học 2024 – 2025"));
    assertTrue(
        TimelineParser.parse("Tháng 10/2024 đến khi kết thúc năm học 2024 – 2025").understood());
    assertTrue(cells.contains("Từ 8/2023 Đến 5/2024"));
    assertTrue(cells.contains("Tháng 10/2024 đến hết năm học 2023 - 2024"));
  }

  /** Every line and every run of up to seven consecutive non-empty lines, joined by a space. */
  static Set<String> cells() throws IOException {
    Set<String> cells = new LinkedHashSet<>();
    for (String text : samples()) {
      List<String> lines = new ArrayList<>();
      text.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(lines::add);
      for (int i = 0; i < lines.size(); i++) {
        StringBuilder cell = new StringBuilder();
        for (int n = 0; n < 7 && i + n < lines.size(); n++) {
          if (n > 0) {
            cell.append(' ');
          }
          cell.append(lines.get(i + n));
          cells.add(cell.toString().replaceAll("\\s+", " "));
        }
      }
    }
    return cells;
  }

  static List<String> samples() throws IOException {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("shared/samples"))) {
      dir = dir.getParent();
    }
    org.junit.jupiter.api.Assumptions.assumeTrue(
        dir != null, "../shared/samples is absent: sample test skipped");
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir.resolve("shared/samples"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        texts.add(Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    org.junit.jupiter.api.Assumptions.assumeTrue(!texts.isEmpty(), "no sample plans");
    return texts;
  }
}

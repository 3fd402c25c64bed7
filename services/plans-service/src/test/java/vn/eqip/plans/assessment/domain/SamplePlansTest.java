package vn.eqip.plans.assessment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.eqip.plans.testing.Catalogs;

/**
 * Reproduces what real plans state about their baseline (../shared/samples, skipped where the
 * folder is absent): the counts per level with the denominators of our catalog, the percentages as
 * the school wrote them, and the evaluation level the rules give.
 */
class SamplePlansTest {

  static final Pattern COUNT =
      Pattern.compile("đạt mức (\\d): (\\d+)/(\\d+) tỷ lệ ([\\d,]+%)", Pattern.CASE_INSENSITIVE);
  static final Pattern LEVEL = Pattern.compile("Mức đánh giá của cơ sở giáo dục: Mức (\\d)");

  @Test
  void he_muong_primary_2023_states_27_27_4_19_0_5_and_level_2_and_the_rules_agree()
      throws IOException {
    String text = sample("plan-primary-hemuong-2023.txt");
    Map<Integer, int[]> stated = new LinkedHashMap<>();
    Map<Integer, String> statedPercent = new LinkedHashMap<>();
    Matcher m = COUNT.matcher(text);
    while (m.find()) {
      int level = Integer.parseInt(m.group(1));
      stated.put(level, new int[] {Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))});
      statedPercent.put(level, m.group(4));
    }
    Matcher overall = LEVEL.matcher(text);
    assumeTrue(stated.size() == 4 && overall.find(), "the sample no longer states its baseline");

    Catalog catalog = Catalogs.PRIMARY_2018;
    LevelSummary summary =
        LevelRules.summarise(
            catalog,
            levelsGiving(catalog, stated.get(1)[0], stated.get(2)[0], stated.get(3)[0]),
            Map.of());

    List<LevelCount> counts =
        List.of(summary.level1(), summary.level2(), summary.level3(), summary.level4());
    for (int level = 1; level <= 4; level++) {
      LevelCount ours = counts.get(level - 1);
      assertEquals(stated.get(level)[0], ours.met(), "met at level " + level);
      assertEquals(stated.get(level)[1], ours.total(), "denominator at level " + level);
      assertEquals(
          statedPercent.get(level), LevelSummary.percent(ours), "percentage at level " + level);
    }
    assertEquals(Integer.parseInt(overall.group(1)), summary.overallLevel());
  }

  /**
   * Criterion levels that give these counts: the first criteria at 2, the first level-3 ones at 3.
   */
  static Map<String, Integer> levelsGiving(
      Catalog catalog, int atLevel1, int atLevel2, int atLevel3) {
    Map<String, Integer> levels = new LinkedHashMap<>();
    int index = 0;
    int raised = 0;
    for (Catalog.CatalogCriterion c : catalog.criteria().values()) {
      int level = index < atLevel2 ? 2 : index < atLevel1 ? 1 : 0;
      if (level == 2 && c.hasLevel3() && raised < atLevel3) {
        level = 3;
        raised++;
      }
      levels.put(c.code(), level);
      index++;
    }
    return levels;
  }

  static String sample(String name) throws IOException {
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

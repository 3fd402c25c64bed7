package vn.eqip.plans.assessment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.eqip.plans.testing.AssessmentFixtures.levels;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.eqip.plans.testing.Catalogs;

class LevelRulesTest {

  static final Map<Integer, Boolean> NO_LEVEL4 = Map.of();

  @Test
  void he_muong_primary_school_27_27_4_19_0_5_is_at_level_2_as_its_plan_states() {
    Catalog primary = Catalogs.PRIMARY_2018;

    LevelSummary summary =
        LevelRules.summarise(primary, levels(primary).allAt(2).level3For(4).build(), NO_LEVEL4);

    assertEquals("Mức 1: 27/27 · Mức 2: 27/27 · Mức 3: 4/19 · Mức 4: 0/5", summary.line());
    assertEquals(2, summary.overallLevel());
    assertEquals(
        "Mức 1: 27/27 (100%) · Mức 2: 27/27 (100%) · Mức 3: 4/19 (21,1%) · Mức 4: 0/5 (0%)"
            + " · Mức đánh giá: Mức 2",
        summary.lineWithPercentages());
  }

  static Stream<Arguments> denominators() {
    return Stream.of(
        Arguments.of(Catalogs.PRESCHOOL_2018, 25, 19, 6),
        Arguments.of(Catalogs.PRIMARY_2018, 27, 19, 5),
        Arguments.of(Catalogs.SECONDARY_2018, 28, 20, 6));
  }

  @ParameterizedTest(name = "{0}: {1}/{1}/{2}/{3}")
  @MethodSource("denominators")
  void denominators_come_from_the_catalog(
      Catalog catalog, int criteria, int withLevel3, int level4) {
    LevelSummary summary =
        LevelRules.summarise(catalog, levels(catalog).allAt(1).build(), NO_LEVEL4);

    assertEquals(criteria, summary.level1().total());
    assertEquals(criteria, summary.level2().total());
    assertEquals(withLevel3, summary.level3().total());
    assertEquals(level4, summary.level4().total());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("denominators")
  void one_criterion_short_of_a_level_keeps_the_school_one_level_below(Catalog catalog) {
    String first = catalog.criteria().keySet().iterator().next();

    assertEquals(0, overall(catalog, levels(catalog).allAt(1).with(first, 0).build(), NO_LEVEL4));
    assertEquals(1, overall(catalog, levels(catalog).allAt(1).build(), NO_LEVEL4));
    assertEquals(1, overall(catalog, levels(catalog).allAt(2).with(first, 1).build(), NO_LEVEL4));
    assertEquals(2, overall(catalog, levels(catalog).allAt(2).build(), NO_LEVEL4));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("denominators")
  void level_3_needs_every_criterion_that_has_level_3_and_ignores_those_without(Catalog catalog) {
    int withLevel3 = (int) catalog.criteriaWithLevel3();

    assertEquals(
        2, overall(catalog, levels(catalog).allAt(2).level3For(withLevel3 - 1).build(), NO_LEVEL4));
    assertEquals(3, overall(catalog, levels(catalog).allAtTheirHighest().build(), NO_LEVEL4));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("denominators")
  void level_4_needs_level_3_and_every_level_4_requirement(Catalog catalog) {
    Map<Integer, Boolean> allMet =
        Map.copyOf(
            catalog.level4().stream()
                .collect(java.util.stream.Collectors.toMap(n -> n, n -> true)));
    Map<Integer, Boolean> allButOne = new java.util.HashMap<>(allMet);
    allButOne.put(catalog.level4().iterator().next(), false);

    assertEquals(4, overall(catalog, levels(catalog).allAtTheirHighest().build(), allMet));
    assertEquals(3, overall(catalog, levels(catalog).allAtTheirHighest().build(), allButOne));
    assertEquals(2, overall(catalog, levels(catalog).allAt(2).build(), allMet));
  }

  @Test
  void missing_criteria_count_as_not_reached() {
    Catalog primary = Catalogs.PRIMARY_2018;

    LevelSummary summary =
        LevelRules.summarise(primary, levels(primary).allAt(2).without("5.5").build(), NO_LEVEL4);

    assertEquals(26, summary.level1().met());
    assertEquals(0, summary.overallLevel());
  }

  @Test
  void percentages_use_a_decimal_comma_and_drop_a_trailing_zero() {
    assertEquals("21,1%", LevelSummary.percent(new LevelCount(4, 19)));
    assertEquals("100%", LevelSummary.percent(new LevelCount(27, 27)));
    assertEquals("50%", LevelSummary.percent(new LevelCount(1, 2)));
    assertEquals("33,3%", LevelSummary.percent(new LevelCount(1, 3)));
    assertEquals("0%", LevelSummary.percent(new LevelCount(0, 0)));
    assertEquals("5,3%", LevelSummary.percent(new LevelCount(1, 19)));
  }

  private static int overall(
      Catalog catalog, Map<String, Integer> levels, Map<Integer, Boolean> level4) {
    return LevelRules.summarise(catalog, levels, level4).overallLevel();
  }
}

package vn.eqip.reporting.heatmap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeatmapsTest {

  @Test
  void shares_are_percentages_with_one_decimal_rounded_half_up() {
    assertEquals(new BigDecimal("21.1"), Heatmaps.percent(4, 19));
    assertEquals(new BigDecimal("33.3"), Heatmaps.percent(1, 3));
    assertEquals(new BigDecimal("66.7"), Heatmaps.percent(2, 3));
    assertEquals(new BigDecimal("100.0"), Heatmaps.percent(7, 7));
    assertEquals(new BigDecimal("0.0"), Heatmaps.percent(0, 0));
  }

  @Test
  void criteria_are_sorted_weakest_first_and_count_every_level() {
    List<HeatmapView.Criterion> criteria =
        Heatmaps.criteria(
            List.of(
                new HeatmapQuery.Cell("1.1", 3, 2),
                new HeatmapQuery.Cell("1.1", 1, 1),
                new HeatmapQuery.Cell("1.2", 0, 1),
                new HeatmapQuery.Cell("1.2", 2, 2),
                new HeatmapQuery.Cell("2.1", 1, 3)));

    // averages: 1.1 → 7/3 = 2.33, 1.2 → 4/3 = 1.33, 2.1 → 1.00
    assertEquals(
        List.of("2.1", "1.2", "1.1"), criteria.stream().map(HeatmapView.Criterion::code).toList());
    HeatmapView.Criterion c12 = criteria.get(1);
    assertEquals(3, c12.schools());
    assertEquals(new BigDecimal("1.33"), c12.averageLevel());
    assertEquals(
        List.of(
            new HeatmapView.LevelShare(0, 1, new BigDecimal("33.3")),
            new HeatmapView.LevelShare(1, 0, new BigDecimal("0.0")),
            new HeatmapView.LevelShare(2, 2, new BigDecimal("66.7")),
            new HeatmapView.LevelShare(3, 0, new BigDecimal("0.0"))),
        c12.levels());
  }

  @Test
  void with_equal_averages_the_criterion_with_more_schools_at_level_0_comes_first() {
    List<HeatmapView.Criterion> criteria =
        Heatmaps.criteria(
            List.of(
                new HeatmapQuery.Cell("1.1", 1, 2),
                new HeatmapQuery.Cell("1.2", 0, 1),
                new HeatmapQuery.Cell("1.2", 2, 1)));

    assertEquals(
        List.of("1.2", "1.1"), criteria.stream().map(HeatmapView.Criterion::code).toList());
  }
}

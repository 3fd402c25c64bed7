package vn.eqip.plans.assessment.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The result users read: "Mức 1: 27/27 · Mức 2: 27/27 · Mức 3: 4/19 · Mức 4: 0/5" and the school's
 * evaluation level (0 = not even Mức 1).
 */
public record LevelSummary(
    LevelCount level1, LevelCount level2, LevelCount level3, LevelCount level4, int overallLevel) {

  /** The line as schools and departments write it (counts only). */
  public String line() {
    return "Mức 1: "
        + fraction(level1)
        + " · Mức 2: "
        + fraction(level2)
        + " · Mức 3: "
        + fraction(level3)
        + " · Mức 4: "
        + fraction(level4);
  }

  /** The line with Vietnamese percentages: "Mức 3: 4/19 (21,1%)", and the evaluation level. */
  public String lineWithPercentages() {
    return "Mức 1: "
        + withPercent(level1)
        + " · Mức 2: "
        + withPercent(level2)
        + " · Mức 3: "
        + withPercent(level3)
        + " · Mức 4: "
        + withPercent(level4)
        + " · Mức đánh giá: "
        + (overallLevel == 0 ? "Chưa đạt Mức 1" : "Mức " + overallLevel);
  }

  private static String fraction(LevelCount c) {
    return c.met() + "/" + c.total();
  }

  private static String withPercent(LevelCount c) {
    return fraction(c) + " (" + percent(c) + ")";
  }

  /** One decimal, comma as decimal separator, no trailing ",0": 21,1% · 100% · 0%. */
  static String percent(LevelCount c) {
    if (c.total() == 0) {
      return "0%";
    }
    BigDecimal value =
        BigDecimal.valueOf(c.met() * 100L)
            .divide(BigDecimal.valueOf(c.total()), 1, RoundingMode.HALF_UP)
            .stripTrailingZeros();
    return value.toPlainString().replace('.', ',') + "%";
  }
}

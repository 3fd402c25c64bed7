package vn.eqip.plans.assessment.domain;

import java.util.Map;
import java.util.Set;

/**
 * Điều 6 khoản 2 of each circular: a criterion reaches level k when every indicator of levels 1..k
 * is met. The indicators of level j are lettered a, b, c… up to the catalog's count for that level.
 */
public final class IndicatorRule {

  private IndicatorRule() {}

  /** The level the met indicators give, capped at the criterion's highest level. */
  public static int levelFrom(Catalog.CatalogCriterion criterion, Map<Integer, Set<String>> met) {
    int level = 0;
    for (int k = 1; k <= criterion.maxLevel(); k++) {
      int count = criterion.indicators().of(k);
      if (count == 0
          || met.getOrDefault(k, Set.of()).size() < count
          || !allLettersOf(count, met.get(k))) {
        break;
      }
      level = k;
    }
    return level;
  }

  /** The letters a level has: a..c for three indicators. */
  public static boolean isLetterOf(int count, String letter) {
    return letter != null
        && letter.length() == 1
        && letter.charAt(0) >= 'a'
        && letter.charAt(0) < 'a' + count;
  }

  private static boolean allLettersOf(int count, Set<String> letters) {
    for (int i = 0; i < count; i++) {
      if (!letters.contains(String.valueOf((char) ('a' + i)))) {
        return false;
      }
    }
    return true;
  }
}

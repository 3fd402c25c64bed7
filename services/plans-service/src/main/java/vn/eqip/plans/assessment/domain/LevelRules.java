package vn.eqip.plans.assessment.domain;

import java.util.Map;

/**
 * The circulars' level rules, driven by the catalog (17/2018, 18/2018 and 19/2018, each Điều 6):
 *
 * <ul>
 *   <li>A school is at Mức 1 (resp. Mức 2) when every criterion reaches level 1 (resp. 2).
 *   <li>Mức 3: Mức 2, and every criterion that has level-3 requirements reaches level 3; criteria
 *       without level 3 do not block it.
 *   <li>Mức 4: Mức 3, and every level-4 requirement (Điều 22) is met.
 * </ul>
 *
 * Counts are shown as met/applicable, with the catalog's denominators. Accreditation grades (Điều
 * 34) and national-standard levels (Điều 37) build on this and come with issue 4.
 */
public final class LevelRules {

  private LevelRules() {}

  public static LevelSummary summarise(
      Catalog catalog, Map<String, Integer> criterionLevels, Map<Integer, Boolean> level4Met) {
    int total = catalog.criteria().size();
    int level3Total = (int) catalog.criteriaWithLevel3();
    int atLevel1 = 0;
    int atLevel2 = 0;
    int atLevel3 = 0;
    for (Catalog.CatalogCriterion criterion : catalog.criteria().values()) {
      int level = criterionLevels.getOrDefault(criterion.code(), 0);
      if (level >= 1) {
        atLevel1++;
      }
      if (level >= 2) {
        atLevel2++;
      }
      if (criterion.hasLevel3() && level >= 3) {
        atLevel3++;
      }
    }
    int level4 =
        (int) catalog.level4().stream().filter(no -> level4Met.getOrDefault(no, false)).count();
    LevelCount l1 = new LevelCount(atLevel1, total);
    LevelCount l2 = new LevelCount(atLevel2, total);
    LevelCount l3 = new LevelCount(atLevel3, level3Total);
    LevelCount l4 = new LevelCount(level4, catalog.level4().size());
    return new LevelSummary(l1, l2, l3, l4, overallLevel(l1, l2, l3, l4));
  }

  static int overallLevel(LevelCount l1, LevelCount l2, LevelCount l3, LevelCount l4) {
    if (!l1.all() || l1.total() == 0) {
      return 0;
    }
    if (!l2.all()) {
      return 1;
    }
    if (!l3.all()) {
      return 2;
    }
    if (!l4.all()) {
      return 3;
    }
    return 4;
  }
}

package vn.eqip.plans.testing;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.eqip.plans.assessment.domain.Catalog;

/** Builds criterion levels readably: {@code levels(catalog).allAt(2).level3For(4)}. */
public final class AssessmentFixtures {

  private final Catalog catalog;
  private final Map<String, Integer> levels = new LinkedHashMap<>();

  private AssessmentFixtures(Catalog catalog) {
    this.catalog = catalog;
  }

  public static AssessmentFixtures levels(Catalog catalog) {
    return new AssessmentFixtures(catalog);
  }

  public AssessmentFixtures allAt(int level) {
    catalog.criteria().keySet().forEach(code -> levels.put(code, level));
    return this;
  }

  /** Raises the first {@code n} criteria that have a level 3 to level 3. */
  public AssessmentFixtures level3For(int n) {
    catalog.criteria().values().stream()
        .filter(Catalog.CatalogCriterion::hasLevel3)
        .limit(n)
        .forEach(c -> levels.put(c.code(), 3));
    return this;
  }

  /** Every criterion at the highest level it has. */
  public AssessmentFixtures allAtTheirHighest() {
    catalog.criteria().values().forEach(c -> levels.put(c.code(), c.maxLevel()));
    return this;
  }

  public AssessmentFixtures with(String code, int level) {
    levels.put(code, level);
    return this;
  }

  public AssessmentFixtures without(String code) {
    levels.remove(code);
    return this;
  }

  public Map<String, Integer> build() {
    return Map.copyOf(levels);
  }
}

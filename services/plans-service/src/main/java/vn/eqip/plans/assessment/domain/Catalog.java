package vn.eqip.plans.assessment.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The criteria of one catalog version, as the level rules need them: which criteria exist, which
 * have level-3 requirements, and the level-4 requirement numbers. Data, not code: an amended
 * circular is a new catalog, never a code change.
 */
public record Catalog(
    String frameworkId, Map<String, CatalogCriterion> criteria, Set<Integer> level4) {

  public Catalog {
    criteria = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(criteria));
    level4 = java.util.Collections.unmodifiableSet(new TreeSet<>(level4));
  }

  public static Catalog of(
      String frameworkId, List<CatalogCriterion> criteria, Set<Integer> level4) {
    Map<String, CatalogCriterion> byCode = new LinkedHashMap<>();
    criteria.forEach(c -> byCode.put(c.code(), c));
    return new Catalog(frameworkId, byCode, level4);
  }

  public Optional<CatalogCriterion> criterion(String code) {
    return Optional.ofNullable(criteria.get(code));
  }

  public long criteriaWithLevel3() {
    return criteria.values().stream().filter(CatalogCriterion::hasLevel3).count();
  }

  /** A criterion: its code ("1.1"), title and whether the circular defines a level 3 for it. */
  public record CatalogCriterion(String code, String title, boolean hasLevel3) {

    /** The highest level this criterion can reach: 3 if it has level-3 requirements, else 2. */
    public int maxLevel() {
      return hasLevel3 ? 3 : 2;
    }
  }
}

package vn.eqip.plans.assessment.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The criteria of one catalog version, as the level rules need them: which criteria exist, which
 * have level-3 requirements, their indicator counts, the level-4 requirement numbers and the
 * accreditation precondition. Data, not code: an amended circular is a new catalog, never a code
 * change.
 *
 * @param accreditationPrecondition null when the catalog version does not say (nothing is then
 *     recognised rather than guessed)
 */
public record Catalog(
    String frameworkId,
    Map<String, CatalogCriterion> criteria,
    Set<Integer> level4,
    AccreditationPrecondition accreditationPrecondition,
    Map<Integer, String> standardTitles) {

  public Catalog {
    criteria = Collections.unmodifiableMap(new LinkedHashMap<>(criteria));
    level4 = Collections.unmodifiableSet(new TreeSet<>(level4));
    standardTitles =
        standardTitles == null
            ? Map.of()
            : Collections.unmodifiableMap(new TreeMap<>(standardTitles));
  }

  public static Catalog of(
      String frameworkId,
      List<CatalogCriterion> criteria,
      Set<Integer> level4,
      AccreditationPrecondition accreditationPrecondition) {
    return of(frameworkId, criteria, level4, accreditationPrecondition, Map.of());
  }

  /**
   * With the titles of the standards (tiêu chuẩn) by number, e.g. 1 → "Tổ chức và quản lý nhà
   * trường", for the grouping rows of the plan's table.
   */
  public static Catalog of(
      String frameworkId,
      List<CatalogCriterion> criteria,
      Set<Integer> level4,
      AccreditationPrecondition accreditationPrecondition,
      Map<Integer, String> standardTitles) {
    Map<String, CatalogCriterion> byCode = new LinkedHashMap<>();
    criteria.forEach(c -> byCode.put(c.code(), c));
    return new Catalog(frameworkId, byCode, level4, accreditationPrecondition, standardTitles);
  }

  public Optional<CatalogCriterion> criterion(String code) {
    return Optional.ofNullable(criteria.get(code));
  }

  public long criteriaWithLevel3() {
    return criteria.values().stream().filter(CatalogCriterion::hasLevel3).count();
  }

  /**
   * A criterion: its code ("1.1"), title, whether the circular defines a level 3 for it, and how
   * many indicators (chỉ báo a, b, c…) each level has.
   */
  public record CatalogCriterion(
      String code, String title, boolean hasLevel3, IndicatorCounts indicators) {

    public CatalogCriterion(String code, String title, boolean hasLevel3) {
      this(code, title, hasLevel3, IndicatorCounts.UNKNOWN);
    }

    /** The highest level this criterion can reach: 3 if it has level-3 requirements, else 2. */
    public int maxLevel() {
      return hasLevel3 ? 3 : 2;
    }
  }

  /** Indicators per level; {@link #UNKNOWN} when the catalog version does not say. */
  public record IndicatorCounts(int level1, int level2, int level3) {
    public static final IndicatorCounts UNKNOWN = new IndicatorCounts(0, 0, 0);

    public boolean known() {
      return level1 > 0;
    }

    public int of(int level) {
      return switch (level) {
        case 1 -> level1;
        case 2 -> level2;
        case 3 -> level3;
        default -> 0;
      };
    }
  }
}

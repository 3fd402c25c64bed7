package vn.eqip.registry.catalog;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Looks up catalogs; catalogs change only by loading a new version, so they are cached. */
@Singleton
public class Catalogs {

  private final CatalogRepositories.FrameworkRepository frameworks;
  private final CatalogRepositories.CriterionRepository criteria;
  private final CatalogRepositories.Level4Repository level4;
  private final Map<String, List<Framework>> byLevel = new ConcurrentHashMap<>();
  private final Map<String, CatalogView> views = new ConcurrentHashMap<>();

  Catalogs(
      CatalogRepositories.FrameworkRepository frameworks,
      CatalogRepositories.CriterionRepository criteria,
      CatalogRepositories.Level4Repository level4) {
    this.frameworks = frameworks;
    this.criteria = criteria;
    this.level4 = level4;
  }

  /** The catalog version in force on {@code date} for a catalog school level. */
  public Optional<String> frameworkIdFor(String catalogLevel, LocalDate date) {
    return byLevel
        .computeIfAbsent(catalogLevel, frameworks::findBySchoolLevelOrderByEffectiveFromDesc)
        .stream()
        .filter(f -> !f.effectiveFrom().isAfter(date))
        .map(Framework::id)
        .findFirst();
  }

  /** Every catalog version with its counts, by school level and then newest first. */
  public List<FrameworkSummary> all() {
    List<FrameworkSummary> all = new ArrayList<>();
    for (Framework f : frameworks.findAll()) {
      catalog(f.id()).map(FrameworkSummary::of).ifPresent(all::add);
    }
    all.sort(
        Comparator.comparing(FrameworkSummary::schoolLevel)
            .thenComparing(FrameworkSummary::effectiveFrom, Comparator.reverseOrder()));
    return all;
  }

  public Optional<CatalogView> catalog(String id) {
    CatalogView cached = views.get(id);
    if (cached != null) {
      return Optional.of(cached);
    }
    Optional<CatalogView> loaded =
        frameworks
            .findById(id)
            .map(
                f ->
                    new CatalogView(
                        f.id(),
                        f.schoolLevel(),
                        f.circular(),
                        f.effectiveFrom(),
                        f.accreditationPrecondition(),
                        f.accreditationPreconditionText(),
                        criteria.findByKeyFrameworkIdOrderBySortOrder(id).stream()
                            .map(
                                c ->
                                    new CatalogView.CriterionView(
                                        c.key().code(),
                                        c.standardNo(),
                                        c.standardTitle(),
                                        c.title(),
                                        c.hasLevel3(),
                                        new CatalogView.IndicatorCounts(
                                            c.indicatorsLevel1(),
                                            c.indicatorsLevel2(),
                                            c.indicatorsLevel3())))
                            .toList(),
                        level4.findByKeyFrameworkIdOrderByKeyNo(id).stream()
                            .map(
                                r ->
                                    new CatalogView.Level4View(
                                        r.key().no(), r.summary(), r.verified()))
                            .toList()));
    loaded.ifPresent(view -> views.put(id, view));
    return loaded;
  }

  void forget() {
    byLevel.clear();
    views.clear();
  }
}

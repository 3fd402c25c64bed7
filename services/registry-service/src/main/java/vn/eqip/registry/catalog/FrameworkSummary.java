package vn.eqip.registry.catalog;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/**
 * One catalog version in the list of catalogs, with its denominators: criteria, criteria with
 * level-3 requirements, level-4 requirements (primary 2018: 27, 19, 5).
 */
@Serdeable
public record FrameworkSummary(
    String id,
    String schoolLevel,
    String circular,
    LocalDate effectiveFrom,
    AccreditationPrecondition accreditationPrecondition,
    int criteriaCount,
    int level3CriteriaCount,
    int level4Count) {

  static FrameworkSummary of(CatalogView catalog) {
    return new FrameworkSummary(
        catalog.id(),
        catalog.schoolLevel(),
        catalog.circular(),
        catalog.effectiveFrom(),
        catalog.accreditationPrecondition(),
        catalog.criteria().size(),
        (int) catalog.criteria().stream().filter(CatalogView.CriterionView::hasLevel3).count(),
        catalog.level4Requirements().size());
  }
}

package vn.eqip.plans.plan.domain.lint;

import java.util.Map;
import vn.eqip.plans.assessment.domain.Catalog;
import vn.eqip.plans.shared.SchoolYear;

/**
 * What a plan is checked against: its school year, the school's circular (null when unknown: the
 * catalog checks are then skipped) and the criterion levels of its baseline assessment (empty when
 * the plan has no baseline).
 */
public record LintContext(
    SchoolYear schoolYear,
    Catalog catalog,
    String baselineSchoolYear,
    Map<String, Integer> baselineLevels) {

  public LintContext {
    baselineLevels = baselineLevels == null ? Map.of() : Map.copyOf(baselineLevels);
  }

  public static LintContext of(SchoolYear schoolYear, Catalog catalog) {
    return new LintContext(schoolYear, catalog, null, Map.of());
  }
}

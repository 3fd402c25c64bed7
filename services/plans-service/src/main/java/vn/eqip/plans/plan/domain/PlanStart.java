package vn.eqip.plans.plan.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import vn.eqip.plans.assessment.domain.Catalog;
import vn.eqip.plans.plan.domain.text.YearShift;

/**
 * How a new plan starts: empty, from last year's plan (its document and rows for the next school
 * year), or from the latest finished self-assessment (a row for every criterion below the level the
 * school aims for).
 */
public final class PlanStart {

  public enum From {
    EMPTY,
    LAST_YEAR,
    ASSESSMENT
  }

  private PlanStart() {}

  /**
   * Last year's document for the next school year: the school years named in the title, purposes
   * and orientation move a year; legal bases, roles, recipients and signer are kept; the date of
   * issue is left to be set (the number is the new plan's own, given on submission).
   */
  public static PlanDocument nextYearDocument(PlanDocument last) {
    return new PlanDocument(
        last.superiorBody(),
        last.schoolName(),
        last.abbreviation(),
        last.place(),
        null,
        YearShift.schoolYears(last.title(), 1),
        last.purposes().stream().map(p -> YearShift.schoolYears(p, 1)).toList(),
        last.legalBases(),
        YearShift.schoolYears(last.orientation(), 1),
        last.implementation(),
        last.recipients(),
        last.signerTitle(),
        last.signerName());
  }

  /**
   * Last year's rows as new rows (new ids) with the same targets and actions, each timeline moved a
   * year (its dates follow, being read from the text).
   */
  public static List<PlanRow> nextYearRows(List<PlanRow> last, Supplier<String> ids) {
    return last.stream()
        .map(
            r ->
                new PlanRow(
                    ids.get(),
                    r.tier(),
                    r.criterionCode(),
                    r.level4No(),
                    r.target(),
                    r.actions().stream()
                        .map(
                            a ->
                                new PlanAction(
                                    ids.get(),
                                    a.description(),
                                    a.lead(),
                                    a.partners(),
                                    YearShift.timeline(a.timeline(), 1),
                                    a.budget()))
                        .toList()))
        .toList();
  }

  /**
   * A row, without actions yet, for every criterion of the circular the assessment puts below the
   * aimed level ("Đạt mức 3"; a criterion without level 3 aims at level 2), and for level 4 every
   * requirement not met ("Đạt yêu cầu"). A criterion the assessment has no level for counts as
   * below.
   */
  public static List<PlanRow> rowsBelowTarget(
      Catalog catalog,
      Map<String, Integer> levels,
      Map<Integer, Boolean> level4Met,
      int targetLevel,
      Supplier<String> ids) {
    List<PlanRow> rows = new ArrayList<>();
    for (Catalog.CatalogCriterion c : catalog.criteria().values()) {
      int aim = Math.min(targetLevel, c.maxLevel());
      Integer level = levels.get(c.code());
      if (level == null || level < aim) {
        rows.add(
            new PlanRow(
                ids.get(),
                PlanRow.Tier.LEVELS_1_TO_3,
                c.code(),
                null,
                "Đạt mức " + aim,
                List.of()));
      }
    }
    if (targetLevel >= 4) {
      for (Integer no : catalog.level4()) {
        if (!Boolean.TRUE.equals(level4Met.get(no))) {
          rows.add(
              new PlanRow(ids.get(), PlanRow.Tier.LEVEL_4, null, no, "Đạt yêu cầu", List.of()));
        }
      }
    }
    return rows;
  }
}

package vn.eqip.plans.assessment.domain;

import java.util.Comparator;

/** Criterion codes "standard.number" sort by standard, then number: 1.2 before 1.10. */
public final class CriterionCodes {

  public static final Comparator<String> ORDER =
      Comparator.comparingInt((String code) -> part(code, 0))
          .thenComparingInt(code -> part(code, 1));

  private CriterionCodes() {}

  private static int part(String code, int index) {
    String[] parts = code.split("\\.");
    try {
      return parts.length > index ? Integer.parseInt(parts[index]) : 0;
    } catch (NumberFormatException e) {
      return Integer.MAX_VALUE;
    }
  }
}

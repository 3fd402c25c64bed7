package vn.eqip.plans.assessment.domain;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a school records for one criterion: the level reached (0 = not reached), and optionally
 * which indicators are met per level (letters a, b, c… as the circular numbers them), a short note
 * and references to evidence (minh chứng).
 *
 * @param level the level as entered; null when it is to be derived from the indicators
 * @param indicators met indicator letters by level (1..3); empty when not recorded
 */
public record CriterionResult(
    String code,
    Integer level,
    Map<Integer, Set<String>> indicators,
    String note,
    List<String> evidence) {

  public CriterionResult {
    TreeMap<Integer, Set<String>> copy = new TreeMap<>();
    if (indicators != null) {
      indicators.forEach((lvl, letters) -> copy.put(lvl, Set.copyOf(new TreeSet<>(letters))));
    }
    indicators = java.util.Collections.unmodifiableMap(copy);
    evidence = evidence == null ? List.of() : List.copyOf(evidence);
  }

  public static CriterionResult ofLevel(String code, int level) {
    return new CriterionResult(code, level, Map.of(), null, List.of());
  }

  public boolean hasIndicators() {
    return !indicators.isEmpty();
  }

  CriterionResult withLevel(int resolved) {
    return new CriterionResult(code, resolved, indicators, note, evidence);
  }
}

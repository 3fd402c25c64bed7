package vn.eqip.plans.assessment.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Which criteria rose or fell between two assessments of a school. */
public record Comparison(List<Change> rose, List<Change> fell, int unchanged) {

  public record Change(String code, int from, int to) {}

  /**
   * Criteria in both, in the order of {@code current}; a criterion missing before counts from 0.
   */
  public static Comparison of(Map<String, Integer> previous, Map<String, Integer> current) {
    List<Change> rose = new ArrayList<>();
    List<Change> fell = new ArrayList<>();
    int unchanged = 0;
    for (Map.Entry<String, Integer> e : current.entrySet()) {
      int before = previous.getOrDefault(e.getKey(), 0);
      int now = e.getValue();
      if (now > before) {
        rose.add(new Change(e.getKey(), before, now));
      } else if (now < before) {
        fell.add(new Change(e.getKey(), before, now));
      } else {
        unchanged++;
      }
    }
    return new Comparison(List.copyOf(rose), List.copyOf(fell), unchanged);
  }
}

package vn.eqip.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A demo school's self-assessment: the first {@code level3Count} criteria that have a level 3 (in
 * catalog order) are recorded at level 3, every other criterion at level 2, no level-4 requirement
 * met. For a primary school (27 criteria, 19 with a level 3, 5 level-4 requirements) and 4 that
 * reads "Mức 1: 27/27 · Mức 2: 27/27 · Mức 3: 4/19 · Mức 4: 0/5".
 */
record SelfAssessmentProfile(String username, int level3Count) {

  /** A criterion of a catalog, as {@code GET /api/registry/frameworks/{id}} shows it. */
  record Criterion(String code, boolean hasLevel3) {}

  /** The body of {@code POST /api/plans/assessments}: a finished SELF assessment. */
  Map<String, Object> body(
      String schoolId, String schoolYear, List<Criterion> criteria, List<Integer> level4Numbers) {
    long available = criteria.stream().filter(Criterion::hasLevel3).count();
    if (level3Count > available) {
      throw new IllegalStateException(
          username
              + ": the catalog has only "
              + available
              + " criteria with a level 3, the profile wants "
              + level3Count);
    }
    List<Map<String, Object>> levels = new ArrayList<>();
    int atLevel3 = 0;
    for (Criterion criterion : criteria) {
      boolean three = criterion.hasLevel3() && atLevel3 < level3Count;
      if (three) {
        atLevel3++;
      }
      levels.add(Map.of("code", criterion.code(), "level", three ? 3 : 2));
    }
    List<Map<String, Object>> level4 = new ArrayList<>();
    for (int no : level4Numbers) {
      level4.add(Map.of("no", no, "met", false));
    }
    return Map.of(
        "schoolId", schoolId,
        "schoolYear", schoolYear,
        "kind", "SELF",
        "criteria", levels,
        "level4", level4,
        "finish", true);
  }
}

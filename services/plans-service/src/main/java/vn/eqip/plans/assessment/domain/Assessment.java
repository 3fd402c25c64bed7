package vn.eqip.plans.assessment.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.eqip.plans.shared.InvalidInput;
import vn.eqip.plans.shared.SchoolYear;

/**
 * A school's assessment for a school year: per criterion the level reached (0 = not reached),
 * entered or derived from the indicators met, and whether each level-4 requirement is met. The
 * summary and, for an external evaluation, the recognition are always computed ({@link LevelRules},
 * {@link Recognition}), never typed. A finished assessment is locked; a correction is a new
 * version.
 */
public final class Assessment {

  private final String id;
  private final String tenantId;
  private final String schoolId;
  private final SchoolYear schoolYear;
  private final AssessmentKind kind;
  private final int version;
  private final Catalog catalog;
  private final Map<String, CriterionResult> results;
  private final Map<Integer, Boolean> level4Met;
  private final SchoolFacts facts;
  private final AssessmentStatus status;
  private final String recordedBy;
  private final Instant finishedAt;

  private Assessment(
      Header header,
      Catalog catalog,
      Map<String, CriterionResult> results,
      Map<Integer, Boolean> level4Met,
      SchoolFacts facts,
      AssessmentStatus status,
      String recordedBy,
      Instant finishedAt) {
    this.id = Objects.requireNonNull(header.id());
    this.tenantId = Objects.requireNonNull(header.tenantId());
    this.schoolId = Objects.requireNonNull(header.schoolId());
    this.schoolYear = Objects.requireNonNull(header.schoolYear());
    this.kind = Objects.requireNonNull(header.kind());
    this.version = header.version();
    this.catalog = Objects.requireNonNull(catalog);
    this.results = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(results));
    this.level4Met = Map.copyOf(level4Met);
    this.facts = facts == null ? SchoolFacts.NONE : facts;
    this.status = status;
    this.recordedBy = recordedBy;
    this.finishedAt = finishedAt;
  }

  /** Who and what is assessed: the identity of an assessment version. */
  public record Header(
      String id,
      String tenantId,
      String schoolId,
      SchoolYear schoolYear,
      AssessmentKind kind,
      int version) {}

  /**
   * Records results against the catalog. Rejects, naming each offender: unknown criteria; a level
   * the criterion cannot have (level 3 where the circular defines none); indicators that do not
   * exist or contradict the level entered; unknown level-4 requirements; and, when {@code finish}
   * is asked, any criterion left without a result.
   */
  public static Assessment record(
      Header header,
      Catalog catalog,
      Collection<CriterionResult> entered,
      Map<Integer, Boolean> level4Met,
      SchoolFacts facts,
      boolean finish,
      String recordedBy,
      Instant now) {
    List<InvalidInput.Violation> violations = new ArrayList<>();
    Map<String, CriterionResult> resolved = new LinkedHashMap<>();
    for (CriterionResult result : entered) {
      resolve(catalog, result, violations).ifPresent(r -> resolved.put(r.code(), r));
    }
    level4Met
        .keySet()
        .forEach(
            no -> {
              if (!catalog.level4().contains(no)) {
                violations.add(
                    new InvalidInput.Violation(
                        "level4." + no,
                        "Yêu cầu Mức 4 số "
                            + no
                            + " không có trong "
                            + catalog.frameworkId()
                            + "."));
              }
            });
    if (finish && violations.isEmpty()) {
      List<String> missing =
          catalog.criteria().keySet().stream().filter(c -> !resolved.containsKey(c)).toList();
      if (!missing.isEmpty()) {
        violations.add(
            new InvalidInput.Violation(
                "criteria",
                "Chưa đánh giá "
                    + missing.size()
                    + " tiêu chí: "
                    + String.join(", ", missing)
                    + ". Hoàn thành đánh giá cần đủ mọi tiêu chí (lưu nháp nếu chưa xong)."));
      }
    }
    if (!violations.isEmpty()) {
      throw new InvalidInput(violations);
    }
    Map<String, CriterionResult> ordered = new LinkedHashMap<>();
    catalog.criteria().keySet().stream()
        .filter(resolved::containsKey)
        .forEach(code -> ordered.put(code, resolved.get(code)));
    return new Assessment(
        header,
        catalog,
        ordered,
        level4Met,
        facts,
        finish ? AssessmentStatus.FINISHED : AssessmentStatus.DRAFT,
        recordedBy,
        finish ? now : null);
  }

  private static java.util.Optional<CriterionResult> resolve(
      Catalog catalog, CriterionResult result, List<InvalidInput.Violation> violations) {
    String code = result.code();
    String field = "criteria." + code;
    var found = catalog.criterion(code);
    if (found.isEmpty()) {
      violations.add(
          new InvalidInput.Violation(
              field,
              "Tiêu chí " + code + " không có trong bộ tiêu chí " + catalog.frameworkId() + "."));
      return java.util.Optional.empty();
    }
    Catalog.CatalogCriterion criterion = found.get();
    Integer derived = null;
    if (result.hasIndicators()) {
      if (!criterion.indicators().known()) {
        violations.add(
            new InvalidInput.Violation(
                field,
                "Bộ tiêu chí "
                    + catalog.frameworkId()
                    + " chưa có danh sách chỉ báo của tiêu chí "
                    + code
                    + "."));
        return java.util.Optional.empty();
      }
      for (Map.Entry<Integer, Set<String>> e : result.indicators().entrySet()) {
        int count =
            e.getKey() >= 1 && e.getKey() <= criterion.maxLevel()
                ? criterion.indicators().of(e.getKey())
                : 0;
        for (String letter : e.getValue()) {
          if (!IndicatorRule.isLetterOf(count, letter)) {
            violations.add(
                new InvalidInput.Violation(
                    field,
                    "Tiêu chí "
                        + code
                        + " không có chỉ báo "
                        + letter
                        + " ở Mức "
                        + e.getKey()
                        + "."));
            return java.util.Optional.empty();
          }
        }
      }
      derived = IndicatorRule.levelFrom(criterion, result.indicators());
    }
    Integer level = result.level() != null ? result.level() : derived;
    if (level == null) {
      violations.add(
          new InvalidInput.Violation(
              field, "Tiêu chí " + code + ": thiếu mức đạt hoặc các chỉ báo."));
      return java.util.Optional.empty();
    }
    if (level < 0 || level > criterion.maxLevel()) {
      violations.add(
          new InvalidInput.Violation(
              field,
              criterion.hasLevel3()
                  ? "Tiêu chí "
                      + code
                      + ": mức phải từ 0 (chưa đạt) đến 3, nhận được "
                      + level
                      + "."
                  : "Tiêu chí "
                      + code
                      + " không có Mức 3 trong "
                      + catalog.frameworkId()
                      + ": mức phải từ 0 đến 2, nhận được "
                      + level
                      + "."));
      return java.util.Optional.empty();
    }
    if (derived != null && !derived.equals(level)) {
      violations.add(
          new InvalidInput.Violation(
              field,
              "Tiêu chí "
                  + code
                  + ": mức ghi là "
                  + level
                  + " nhưng các chỉ báo đã đánh dấu cho mức "
                  + derived
                  + " (đạt mức k cần đủ mọi chỉ báo của mức 1 đến k)."));
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(result.withLevel(level));
  }

  public LevelSummary summary() {
    return LevelRules.summarise(catalog, criterionLevels(), level4Met);
  }

  public Recognition recognition() {
    return Recognition.of(
        kind, summary().overallLevel(), catalog.accreditationPrecondition(), facts);
  }

  public Map<String, Integer> criterionLevels() {
    Map<String, Integer> levels = new LinkedHashMap<>();
    results.forEach((code, r) -> levels.put(code, r.level()));
    return levels;
  }

  public boolean isFinished() {
    return status == AssessmentStatus.FINISHED;
  }

  public String id() {
    return id;
  }

  public String tenantId() {
    return tenantId;
  }

  public String schoolId() {
    return schoolId;
  }

  public SchoolYear schoolYear() {
    return schoolYear;
  }

  public AssessmentKind kind() {
    return kind;
  }

  public int version() {
    return version;
  }

  public Catalog catalog() {
    return catalog;
  }

  public Collection<CriterionResult> results() {
    return results.values();
  }

  public Map<Integer, Boolean> level4Met() {
    return level4Met;
  }

  public SchoolFacts facts() {
    return facts;
  }

  public AssessmentStatus status() {
    return status;
  }

  public String recordedBy() {
    return recordedBy;
  }

  public Instant finishedAt() {
    return finishedAt;
  }
}

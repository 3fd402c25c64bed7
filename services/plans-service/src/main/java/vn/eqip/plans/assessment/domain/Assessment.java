package vn.eqip.plans.assessment.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.eqip.plans.shared.InvalidInput;
import vn.eqip.plans.shared.SchoolYear;

/**
 * A school's assessment for a school year: the level reached per criterion (0 = not reached) and
 * whether each level-4 requirement is met. The summary is always computed by {@link LevelRules},
 * never typed. A finished assessment is locked; a correction is a new version.
 */
public final class Assessment {

  private final String id;
  private final String tenantId;
  private final String schoolId;
  private final SchoolYear schoolYear;
  private final AssessmentKind kind;
  private final int version;
  private final Catalog catalog;
  private final Map<String, Integer> criterionLevels;
  private final Map<Integer, Boolean> level4Met;
  private final AssessmentStatus status;
  private final String recordedBy;
  private final Instant finishedAt;

  private Assessment(
      String id,
      String tenantId,
      String schoolId,
      SchoolYear schoolYear,
      AssessmentKind kind,
      int version,
      Catalog catalog,
      Map<String, Integer> criterionLevels,
      Map<Integer, Boolean> level4Met,
      AssessmentStatus status,
      String recordedBy,
      Instant finishedAt) {
    this.id = Objects.requireNonNull(id);
    this.tenantId = Objects.requireNonNull(tenantId);
    this.schoolId = Objects.requireNonNull(schoolId);
    this.schoolYear = Objects.requireNonNull(schoolYear);
    this.kind = Objects.requireNonNull(kind);
    this.version = version;
    this.catalog = Objects.requireNonNull(catalog);
    this.criterionLevels = Map.copyOf(criterionLevels);
    this.level4Met = Map.copyOf(level4Met);
    this.status = status;
    this.recordedBy = recordedBy;
    this.finishedAt = finishedAt;
  }

  /**
   * Records levels against the catalog. Rejects, naming each offender: unknown criteria, a level
   * the criterion cannot have (level 3 where the circular defines none), unknown level-4
   * requirements; and, when {@code finish} is asked, any criterion left without a level.
   */
  public static Assessment record(
      String id,
      String tenantId,
      String schoolId,
      SchoolYear schoolYear,
      AssessmentKind kind,
      int version,
      Catalog catalog,
      Map<String, Integer> criterionLevels,
      Map<Integer, Boolean> level4Met,
      boolean finish,
      String recordedBy,
      Instant now) {
    List<InvalidInput.Violation> violations = new ArrayList<>();
    criterionLevels.forEach(
        (code, level) -> {
          var criterion = catalog.criterion(code);
          if (criterion.isEmpty()) {
            violations.add(
                new InvalidInput.Violation(
                    "criteria." + code,
                    "Tiêu chí "
                        + code
                        + " không có trong bộ tiêu chí "
                        + catalog.frameworkId()
                        + "."));
          } else if (level == null || level < 0 || level > criterion.get().maxLevel()) {
            violations.add(
                new InvalidInput.Violation(
                    "criteria." + code,
                    criterion.get().hasLevel3()
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
          }
        });
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
          catalog.criteria().keySet().stream()
              .filter(c -> !criterionLevels.containsKey(c))
              .toList();
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
    Map<String, Integer> ordered = new LinkedHashMap<>();
    catalog.criteria().keySet().stream()
        .filter(criterionLevels::containsKey)
        .forEach(code -> ordered.put(code, criterionLevels.get(code)));
    return new Assessment(
        id,
        tenantId,
        schoolId,
        schoolYear,
        kind,
        version,
        catalog,
        ordered,
        level4Met,
        finish ? AssessmentStatus.FINISHED : AssessmentStatus.DRAFT,
        recordedBy,
        finish ? now : null);
  }

  /** Rebuilds a stored assessment (no validation: it was validated when recorded). */
  public static Assessment restore(
      String id,
      String tenantId,
      String schoolId,
      SchoolYear schoolYear,
      AssessmentKind kind,
      int version,
      Catalog catalog,
      Map<String, Integer> criterionLevels,
      Map<Integer, Boolean> level4Met,
      AssessmentStatus status,
      String recordedBy,
      Instant finishedAt) {
    return new Assessment(
        id,
        tenantId,
        schoolId,
        schoolYear,
        kind,
        version,
        catalog,
        criterionLevels,
        level4Met,
        status,
        recordedBy,
        finishedAt);
  }

  public LevelSummary summary() {
    return LevelRules.summarise(catalog, criterionLevels, level4Met);
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

  public Map<String, Integer> criterionLevels() {
    return criterionLevels;
  }

  public Map<Integer, Boolean> level4Met() {
    return level4Met;
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

package vn.eqip.reporting.attainment;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;

/**
 * Level attainment of the schools in an org unit's subtree for a school year: aggregates for the
 * unit, the same aggregates for each direct child unit, and every school ranked (schools without an
 * assessment last, unranked).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AttainmentView(
    String schoolYear,
    String orgUnitId,
    @Nullable String level,
    @Nullable String type,
    Aggregates summary,
    List<Unit> units,
    List<Item> items) {

  /**
   * @param byOverallLevel schools per overall level "0".."4" (assessed schools only)
   * @param allCriteriaAtLevel2 schools whose every level-2 criterion is met
   * @param level3Distribution how many schools met how many level-3 criteria (ascending)
   */
  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record Aggregates(
      int schoolCount,
      int assessedCount,
      int notAssessedCount,
      Map<String, Integer> byOverallLevel,
      int allCriteriaAtLevel2,
      List<Level3Bucket> level3Distribution) {}

  @Serdeable
  public record Level3Bucket(int level3Met, int schools) {}

  /** A direct child org unit of the report's unit, with the aggregates of its subtree. */
  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record Unit(String orgUnitId, String name, String kind, Aggregates aggregates) {}

  /**
   * One school. {@code rank} orders by overall level, then level-3 criteria met (equal ones share a
   * rank); null, like the assessment fields, for a school without an assessment.
   */
  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record Item(
      @Nullable Integer rank,
      String schoolId,
      String code,
      String name,
      String level,
      @Nullable String type,
      @Nullable String orgUnitId,
      boolean assessed,
      @Nullable String assessmentYear,
      @Nullable String summaryLine,
      @Nullable Integer overallLevel,
      @Nullable Map<String, LevelCount> counts,
      boolean allCriteriaAtLevel2,
      @Nullable Integer accreditationGrade,
      @Nullable Integer nationalStandardLevel) {}

  @Serdeable
  public record LevelCount(int met, int total) {}
}

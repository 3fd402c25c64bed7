package vn.eqip.reporting.rollup;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;

/**
 * A roll-up of the schools in an org unit's subtree for one school year.
 *
 * @param plansByStatus how many schools' plans are in each status; NONE counts schools without a
 *     plan for the year
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record RollupView(
    String schoolYear,
    String orgUnitId,
    int schoolCount,
    Map<PlanStatus, Integer> plansByStatus,
    List<Item> items) {

  /** One school. {@code assessment} is its baseline (latest SELF assessment up to the year). */
  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record Item(
      String schoolId,
      String code,
      String name,
      String level,
      @Nullable String orgUnitId,
      @Nullable String planId,
      PlanStatus planStatus,
      @Nullable AssessmentSummary assessment) {}

  /** An assessment's result as users read it: "Mức 1: 27/27 · Mức 2: 27/27 · …". */
  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record AssessmentSummary(
      String schoolYear,
      String kind,
      String summaryLine,
      @Nullable Integer overallLevel,
      Map<String, LevelCount> counts) {}

  @Serdeable
  public record LevelCount(int met, int total) {}
}

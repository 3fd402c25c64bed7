package vn.eqip.reporting.yearoveryear;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;

/**
 * How the schools of an org unit's subtree moved between two school years: for the unit and each
 * direct child unit the schools up, down, the same, and those missing an assessment in one or both
 * years; per school both years' overall level and criteria counts and the change.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record YearOverYearView(
    String from,
    String to,
    String orgUnitId,
    @Nullable String level,
    @Nullable String type,
    Aggregates summary,
    List<Unit> units,
    List<Item> items) {

  /**
   * @param byMovement schools per movement (UP, DOWN, SAME, ONLY_FROM, ONLY_TO, NEITHER)
   * @param fromByOverallLevel schools assessed in the earlier year per overall level "0".."4"
   * @param toByOverallLevel the same for the later year
   * @param fromCriteriaMet criteria met per level ("level1".."level4") summed over the schools
   *     assessed in the earlier year
   * @param toCriteriaMet the same for the later year
   */
  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record Aggregates(
      int schoolCount,
      Map<String, Integer> byMovement,
      Map<String, Integer> fromByOverallLevel,
      Map<String, Integer> toByOverallLevel,
      Map<String, Integer> fromCriteriaMet,
      Map<String, Integer> toCriteriaMet) {}

  /** A direct child org unit with the aggregates of its subtree. */
  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record Unit(String orgUnitId, String name, String kind, Aggregates aggregates) {}

  /**
   * One school (every school of the subtree). {@code overallLevelChange} and {@code metChange}
   * (later minus earlier, per level) are null unless it was assessed both years.
   */
  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record Item(
      String schoolId,
      String code,
      String name,
      String level,
      @Nullable String type,
      @Nullable String orgUnitId,
      @Nullable String fromOrgUnitId,
      Movement movement,
      @Nullable Assessment from,
      @Nullable Assessment to,
      @Nullable Integer overallLevelChange,
      @Nullable Map<String, Integer> metChange) {}

  /** A school's assessment of one year. */
  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record Assessment(
      @Nullable Integer overallLevel, String summaryLine, Map<String, LevelCount> counts) {}

  @Serdeable
  public record LevelCount(int met, int total) {}
}

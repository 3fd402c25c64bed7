package vn.eqip.reporting.heatmap;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.List;

/** The criteria heat map and its drill-down. */
public final class HeatmapView {

  private HeatmapView() {}

  /**
   * Per criterion, the schools (whose baseline uses the framework) at each level, weakest criteria
   * first.
   *
   * @param assessedSchools schools of the subtree whose baseline uses the framework
   */
  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record Heatmap(
      String schoolYear,
      String orgUnitId,
      String framework,
      int assessedSchools,
      List<Criterion> criteria) {}

  /**
   * One criterion: {@code schools} assessed on it, how many at level 0..3 and their share in
   * percent with one decimal (of {@code schools}).
   */
  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record Criterion(
      String code, int schools, BigDecimal averageLevel, List<LevelShare> levels) {}

  @Serdeable
  public record LevelShare(int level, int schools, BigDecimal share) {}

  /** The schools behind one number of the heat map. */
  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record Drilldown(
      String schoolYear,
      String orgUnitId,
      String framework,
      String code,
      @Nullable Integer level,
      List<School> schools) {}

  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record School(
      String schoolId,
      String code,
      String name,
      String level,
      @Nullable String orgUnitId,
      String assessmentYear,
      int criterionLevel) {}
}

package vn.eqip.reporting.readmodel;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/** What this service reads of plans.AssessmentFinished.v1. */
@Serdeable
public record AssessmentFinished(
    @Nullable String assessmentId,
    @Nullable String schoolId,
    @Nullable String schoolYear,
    @Nullable String kind,
    @Nullable String framework,
    @Nullable Integer version,
    @Nullable Counts counts,
    @Nullable Integer overallLevel,
    @Nullable String summaryLine,
    @Nullable Instant finishedAt,
    @Nullable Integer accreditationGrade,
    @Nullable Integer nationalStandardLevel,
    @Nullable List<CriterionLevel> criteria) {

  /** The level (0..3) a criterion reached. */
  @Serdeable
  public record CriterionLevel(@Nullable String code, @Nullable Integer level) {}

  /** Criteria met / applicable per level (Mức 1..3: criteria; Mức 4: requirements). */
  @Serdeable
  public record Counts(
      @Nullable Count level1,
      @Nullable Count level2,
      @Nullable Count level3,
      @Nullable Count level4) {}

  @Serdeable
  public record Count(int met, int total) {}

  static int met(Count c) {
    return c == null ? 0 : c.met();
  }

  static int total(Count c) {
    return c == null ? 0 : c.total();
  }
}

package vn.eqip.plans.assessment.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import vn.eqip.plans.assessment.application.AssessmentRecord;
import vn.eqip.plans.assessment.domain.LevelCount;

/**
 * An assessment with its computed summary: "Mức 1: 27/27 · Mức 2: 27/27 · Mức 3: 4/19 · Mức 4: 0/5"
 * ({@code summaryLine}) and the same with percentages and the evaluation level.
 */
@Serdeable
public record AssessmentResponse(
    String id,
    String schoolId,
    String schoolYear,
    String kind,
    int version,
    String status,
    String framework,
    Counts counts,
    int overallLevel,
    String summaryLine,
    String summaryDetail,
    List<Criterion> criteria,
    List<Level4> level4,
    String recordedBy,
    @Nullable Instant finishedAt) {

  @Serdeable
  public record Counts(Count level1, Count level2, Count level3, Count level4) {}

  /** met of total, e.g. 4 of 19 criteria at level 3. */
  @Serdeable
  public record Count(int met, int total) {
    static Count of(LevelCount c) {
      return new Count(c.met(), c.total());
    }
  }

  /** "1.2" before "1.10": criteria codes sort by standard, then by number. */
  static final java.util.Comparator<String> CODE_ORDER =
      java.util.Comparator.comparingInt((String code) -> part(code, 0))
          .thenComparingInt(code -> part(code, 1));

  private static int part(String code, int index) {
    String[] parts = code.split("\\.");
    try {
      return parts.length > index ? Integer.parseInt(parts[index]) : 0;
    } catch (NumberFormatException e) {
      return Integer.MAX_VALUE;
    }
  }

  @Serdeable
  public record Criterion(String code, int level) {}

  @Serdeable
  public record Level4(int no, boolean met) {}

  static AssessmentResponse of(AssessmentRecord r) {
    var s = r.summary();
    return new AssessmentResponse(
        r.id(),
        r.schoolId(),
        r.schoolYear(),
        r.kind().name(),
        r.version(),
        r.status().name(),
        r.frameworkId(),
        new Counts(
            Count.of(s.level1()), Count.of(s.level2()), Count.of(s.level3()), Count.of(s.level4())),
        s.overallLevel(),
        s.line(),
        s.lineWithPercentages(),
        r.criterionLevels().entrySet().stream()
            .sorted(java.util.Map.Entry.comparingByKey(CODE_ORDER))
            .map(e -> new Criterion(e.getKey(), e.getValue()))
            .toList(),
        r.level4Met().entrySet().stream().map(e -> new Level4(e.getKey(), e.getValue())).toList(),
        r.recordedBy(),
        r.finishedAt());
  }

  @Serdeable
  public record Page(List<AssessmentResponse> items) {}
}

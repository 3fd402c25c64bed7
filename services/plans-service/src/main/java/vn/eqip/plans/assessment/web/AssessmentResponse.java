package vn.eqip.plans.assessment.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import vn.eqip.plans.assessment.application.AssessmentRecord;
import vn.eqip.plans.assessment.domain.LevelCount;

/**
 * An assessment with its computed summary: "Mức 1: 27/27 · Mức 2: 27/27 · Mức 3: 4/19 · Mức 4:
 * 0/5" ({@code summaryLine}) and the same with percentages and the evaluation level.
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
  public record Counts(LevelCount level1, LevelCount level2, LevelCount level3, LevelCount level4) {}

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
        new Counts(s.level1(), s.level2(), s.level3(), s.level4()),
        s.overallLevel(),
        s.line(),
        s.lineWithPercentages(),
        r.criterionLevels().entrySet().stream().map(e -> new Criterion(e.getKey(), e.getValue())).toList(),
        r.level4Met().entrySet().stream().map(e -> new Level4(e.getKey(), e.getValue())).toList(),
        r.recordedBy(),
        r.finishedAt());
  }

  @Serdeable
  public record Page(List<AssessmentResponse> items) {}
}

package vn.eqip.plans.assessment.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.eqip.plans.assessment.application.AssessmentRecord;
import vn.eqip.plans.assessment.domain.CriterionResult;
import vn.eqip.plans.assessment.domain.LevelCount;

/**
 * An assessment with everything computed from it: {@code summary} (met/applicable per level),
 * {@code summaryLine} "Mức 1: 27/27 · Mức 2: 27/27 · Mức 3: 4/19 · Mức 4: 0/5", {@code
 * summaryDetail} with percentages and the evaluation level, {@code overallLevel}, and for an
 * external evaluation {@code accreditationGrade} and {@code nationalStandardLevel} with {@code
 * recognition} explaining them.
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
    Summary summary,
    int overallLevel,
    String summaryLine,
    String summaryDetail,
    @Nullable Integer accreditationGrade,
    @Nullable Integer nationalStandardLevel,
    @Nullable String recognition,
    @Nullable SchoolFacts schoolFacts,
    List<Criterion> criteria,
    List<Level4> level4,
    String recordedBy,
    @Nullable Instant finishedAt) {

  @Serdeable
  public record Summary(Count level1, Count level2, Count level3, Count level4) {}

  /** met of applicable, e.g. 4 of 19 criteria at level 3. */
  @Serdeable
  public record Count(int met, int total) {
    static Count of(LevelCount c) {
      return new Count(c.met(), c.total());
    }
  }

  @Serdeable
  public record Criterion(
      String code,
      int level,
      @Nullable Map<String, List<String>> indicators,
      @Nullable String note,
      @Nullable List<String> evidence) {

    static Criterion of(CriterionResult r) {
      Map<String, List<String>> indicators = null;
      if (r.hasIndicators()) {
        indicators = new TreeMap<>();
        for (var e : r.indicators().entrySet()) {
          indicators.put(String.valueOf(e.getKey()), e.getValue().stream().sorted().toList());
        }
      }
      return new Criterion(
          r.code(), r.level(), indicators, r.note(), r.evidence().isEmpty() ? null : r.evidence());
    }
  }

  @Serdeable
  public record Level4(int no, boolean met) {}

  @Serdeable
  public record SchoolFacts(
      @Nullable Boolean cohortCompleted, @Nullable Integer yearsOfOperation) {}

  static AssessmentResponse of(AssessmentRecord r) {
    var s = r.summary();
    var facts = r.facts();
    boolean external = r.kind() == vn.eqip.plans.assessment.domain.AssessmentKind.EXTERNAL;
    return new AssessmentResponse(
        r.id(),
        r.schoolId(),
        r.schoolYear(),
        r.kind().name(),
        r.version(),
        r.status().name(),
        r.frameworkId(),
        new Summary(
            Count.of(s.level1()), Count.of(s.level2()), Count.of(s.level3()), Count.of(s.level4())),
        s.overallLevel(),
        s.line(),
        s.lineWithPercentages(),
        r.recognition().accreditationGrade(),
        r.recognition().nationalStandardLevel(),
        external ? r.recognition().explanation() : null,
        external ? new SchoolFacts(facts.cohortCompleted(), facts.yearsOfOperation()) : null,
        r.criteria().stream().map(Criterion::of).toList(),
        r.level4Met().entrySet().stream().map(e -> new Level4(e.getKey(), e.getValue())).toList(),
        r.recordedBy(),
        r.finishedAt());
  }

  @Serdeable
  public record Page(List<AssessmentResponse> items) {}

  /** The assessment beside the previous one: which criteria rose, which fell. */
  @Serdeable
  public record ComparisonResponse(
      String assessmentId,
      String schoolYear,
      String summaryLine,
      @Nullable Previous previous,
      List<Change> rose,
      List<Change> fell,
      int unchanged) {}

  @Serdeable
  public record Previous(String assessmentId, String schoolYear, int version, String summaryLine) {}

  @Serdeable
  public record Change(String code, int from, int to) {}
}

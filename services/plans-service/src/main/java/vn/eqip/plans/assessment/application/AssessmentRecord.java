package vn.eqip.plans.assessment.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.eqip.plans.assessment.domain.AssessmentKind;
import vn.eqip.plans.assessment.domain.AssessmentStatus;
import vn.eqip.plans.assessment.domain.CriterionResult;
import vn.eqip.plans.assessment.domain.LevelSummary;
import vn.eqip.plans.assessment.domain.Recognition;
import vn.eqip.plans.assessment.domain.SchoolFacts;

/**
 * A stored assessment as read back: the results as recorded and what was computed from them when it
 * was recorded (the summary, and for an external evaluation the recognition).
 */
public record AssessmentRecord(
    String id,
    String schoolId,
    String schoolYear,
    AssessmentKind kind,
    int version,
    AssessmentStatus status,
    String frameworkId,
    LevelSummary summary,
    Recognition recognition,
    SchoolFacts facts,
    List<CriterionResult> criteria,
    Map<Integer, Boolean> level4Met,
    String recordedBy,
    Instant finishedAt) {

  public AssessmentRecord withDetails(List<CriterionResult> results, Map<Integer, Boolean> level4) {
    return new AssessmentRecord(
        id,
        schoolId,
        schoolYear,
        kind,
        version,
        status,
        frameworkId,
        summary,
        recognition,
        facts,
        results,
        level4,
        recordedBy,
        finishedAt);
  }
}

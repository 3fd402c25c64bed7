package vn.eqip.plans.assessment.application;

import java.time.Instant;
import java.util.Map;
import vn.eqip.plans.assessment.domain.AssessmentKind;
import vn.eqip.plans.assessment.domain.AssessmentStatus;
import vn.eqip.plans.assessment.domain.LevelSummary;

/** A stored assessment as read back: the levels as recorded and the summary computed then. */
public record AssessmentRecord(
    String id,
    String schoolId,
    String schoolYear,
    AssessmentKind kind,
    int version,
    AssessmentStatus status,
    String frameworkId,
    LevelSummary summary,
    Map<String, Integer> criterionLevels,
    Map<Integer, Boolean> level4Met,
    String recordedBy,
    Instant finishedAt) {}

package vn.eqip.plans.assessment.application;

import java.util.Map;
import vn.eqip.plans.assessment.domain.AssessmentKind;

/** Record (or continue) an assessment; {@code finish} locks it. */
public record RecordAssessment(
    String schoolId,
    String schoolYear,
    AssessmentKind kind,
    Map<String, Integer> criterionLevels,
    Map<Integer, Boolean> level4Met,
    boolean finish) {}

package vn.eqip.plans.assessment.application;

import java.util.List;
import java.util.Map;
import vn.eqip.plans.assessment.domain.AssessmentKind;
import vn.eqip.plans.assessment.domain.CriterionResult;
import vn.eqip.plans.assessment.domain.SchoolFacts;

/** Record (or continue) an assessment; {@code finish} locks it. */
public record RecordAssessment(
    String schoolId,
    String schoolYear,
    AssessmentKind kind,
    List<CriterionResult> criteria,
    Map<Integer, Boolean> level4Met,
    SchoolFacts facts,
    boolean finish) {}

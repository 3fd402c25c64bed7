package vn.eqip.plans.assessment.application;

import java.util.List;
import java.util.Optional;
import vn.eqip.plans.assessment.domain.Assessment;
import vn.eqip.plans.assessment.domain.AssessmentKind;
import vn.eqip.plans.assessment.domain.AssessmentStatus;

/** The port to stored assessments; every method is scoped by tenant. */
public interface Assessments {

  /** The newest version recorded for the school, year and kind. */
  Optional<Version> latest(
      String tenantId, String schoolId, String schoolYear, AssessmentKind kind);

  /** Stores a new version, or replaces the draft it continues ({@code replacesDraftId}). */
  void save(Assessment assessment, String replacesDraftId);

  /** Every version for a school, newest school year and version first; year may be null. */
  List<AssessmentRecord> list(String tenantId, String schoolId, String schoolYear);

  Optional<AssessmentRecord> find(String tenantId, String assessmentId);

  record Version(String id, int version, AssessmentStatus status) {}
}

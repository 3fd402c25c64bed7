package vn.eqip.plans.assessment.application;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.eqip.plans.assessment.domain.Assessment;
import vn.eqip.plans.assessment.domain.AssessmentKind;
import vn.eqip.plans.assessment.domain.AssessmentStatus;
import vn.eqip.plans.assessment.domain.Catalog;
import vn.eqip.plans.assessment.domain.Comparison;
import vn.eqip.plans.assessment.domain.CriterionResult;
import vn.eqip.plans.integration.OutboxEventPublisher;
import vn.eqip.plans.integration.SchoolRegistryOperations;
import vn.eqip.plans.integration.SchoolRegistryOperations.SchoolInfo;
import vn.eqip.plans.shared.Access;
import vn.eqip.plans.shared.SchoolYear;
import vn.eqip.platform.tenancy.Caller;
import vn.eqip.platform.tenancy.Roles;
import vn.eqip.platform.web.ProblemException;

/**
 * Records and reads assessments. The school and the catalog version in force for the school year
 * come from the registry (outside the database transaction); the new version and its
 * AssessmentFinished event are written in one transaction.
 */
@Singleton
public class AssessmentRecording {

  private final Assessments assessments;
  private final SchoolRegistryOperations registry;
  private final OutboxEventPublisher events;
  private final TransactionOperations<Connection> tx;
  private final Clock clock;

  public AssessmentRecording(
      Assessments assessments,
      SchoolRegistryOperations registry,
      OutboxEventPublisher events,
      TransactionOperations<Connection> tx,
      Clock clock) {
    this.assessments = assessments;
    this.registry = registry;
    this.events = events;
    this.tx = tx;
    this.clock = clock;
  }

  public AssessmentRecord record(Caller caller, String authorization, RecordAssessment command) {
    if (command.kind() == AssessmentKind.SELF) {
      Access.requirePrincipal(caller, "ghi kết quả tự đánh giá");
    } else if (!caller.hasAnyRole(Roles.REVIEWER, Roles.DEPT_ADMIN)) {
      throw ProblemException.forbidden("Chỉ Sở/Phòng GD&ĐT được ghi kết quả đánh giá ngoài.");
    }
    SchoolYear year = SchoolYear.parse(command.schoolYear());
    SchoolInfo school = visibleSchool(authorization, command.schoolId(), year);
    if (school.framework() == null) {
      throw ProblemException.conflict(
          "no-framework",
          "Chưa có bộ tiêu chí áp dụng cho cấp học của "
              + school.name()
              + " trong năm học "
              + year
              + ".");
    }
    Catalog catalog = registry.catalog(authorization, school.framework());
    return tx.executeWrite(
        status -> {
          var latest =
              assessments.latest(caller.tenantId(), school.id(), year.toString(), command.kind());
          boolean continuesDraft =
              latest.isPresent() && latest.get().status() == AssessmentStatus.DRAFT;
          int version = latest.map(v -> continuesDraft ? v.version() : v.version() + 1).orElse(1);
          Assessment assessment =
              Assessment.record(
                  new Assessment.Header(
                      UUID.randomUUID().toString(),
                      caller.tenantId(),
                      school.id(),
                      year,
                      command.kind(),
                      version),
                  catalog,
                  command.criteria(),
                  command.level4Met(),
                  command.facts(),
                  command.finish(),
                  caller.username(),
                  clock.instant());
          assessments.save(assessment, continuesDraft ? latest.get().id() : null);
          if (assessment.isFinished()) {
            events.publishFinished(assessment);
          }
          return assessments.find(caller.tenantId(), assessment.id()).orElseThrow();
        });
  }

  /** Every assessment of a school the caller may see, newest school year first. */
  public List<AssessmentRecord> list(
      Caller caller, String authorization, String schoolId, String schoolYear) {
    String year = schoolYear == null ? null : SchoolYear.parse(schoolYear).toString();
    SchoolInfo school = visibleSchool(authorization, schoolId, null);
    return tx.executeRead(status -> assessments.list(caller.tenantId(), school.id(), year));
  }

  public AssessmentRecord get(Caller caller, String authorization, String assessmentId) {
    AssessmentRecord record =
        tx.executeRead(status -> assessments.find(caller.tenantId(), assessmentId))
            .orElseThrow(() -> ProblemException.notFound("đánh giá " + assessmentId));
    visibleSchool(authorization, record.schoolId(), null);
    return record;
  }

  /**
   * The assessment beside the previous finished one of the same kind (an earlier school year, or an
   * earlier version of the same year): which criteria rose and which fell.
   */
  public ComparisonResult compare(Caller caller, String authorization, String assessmentId) {
    AssessmentRecord current = get(caller, authorization, assessmentId);
    AssessmentRecord previous =
        tx
            .executeRead(status -> assessments.list(caller.tenantId(), current.schoolId(), null))
            .stream()
            .filter(a -> a.kind() == current.kind() && a.status() == AssessmentStatus.FINISHED)
            .filter(a -> isBefore(a, current))
            .findFirst()
            .orElse(null);
    Comparison comparison =
        previous == null
            ? null
            : Comparison.of(levels(previous.criteria()), levels(current.criteria()));
    return new ComparisonResult(current, previous, comparison);
  }

  public record ComparisonResult(
      AssessmentRecord current, AssessmentRecord previous, Comparison comparison) {}

  /** list() sorts newest school year first, then newest version: the first earlier one wins. */
  private static boolean isBefore(AssessmentRecord candidate, AssessmentRecord current) {
    int byYear = candidate.schoolYear().compareTo(current.schoolYear());
    return byYear < 0 || (byYear == 0 && candidate.version() < current.version());
  }

  private static Map<String, Integer> levels(List<CriterionResult> results) {
    return results.stream()
        .collect(
            Collectors.toMap(
                CriterionResult::code,
                CriterionResult::level,
                (a, b) -> a,
                java.util.LinkedHashMap::new));
  }

  private SchoolInfo visibleSchool(String authorization, String schoolId, SchoolYear year) {
    if (schoolId == null || schoolId.isBlank()) {
      throw ProblemException.badRequest("Thiếu mã trường (schoolId).");
    }
    return registry
        .visibleSchool(authorization, schoolId, year == null ? null : year.toString())
        .orElseThrow(() -> ProblemException.notFound("trường " + schoolId));
  }
}

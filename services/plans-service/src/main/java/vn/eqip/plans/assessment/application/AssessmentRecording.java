package vn.eqip.plans.assessment.application;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import vn.eqip.plans.assessment.domain.Assessment;
import vn.eqip.plans.assessment.domain.AssessmentKind;
import vn.eqip.plans.assessment.domain.AssessmentStatus;
import vn.eqip.plans.assessment.domain.Catalog;
import vn.eqip.plans.integration.OutboxEventPublisher;
import vn.eqip.plans.integration.SchoolRegistryOperations;
import vn.eqip.plans.integration.SchoolRegistryOperations.SchoolInfo;
import vn.eqip.plans.shared.Access;
import vn.eqip.plans.shared.SchoolYear;
import vn.eqip.platform.tenancy.Caller;
import vn.eqip.platform.tenancy.Roles;
import vn.eqip.platform.web.ProblemException;

/**
 * Records assessments. The school and its catalog come from the registry (outside the database
 * transaction); the new version and its AssessmentFinished event are written in one transaction.
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
    SchoolInfo school = visibleSchool(caller, authorization, command.schoolId());
    if (school.framework() == null) {
      throw ProblemException.conflict(
          "no-framework",
          "Chưa có bộ tiêu chí áp dụng cho cấp học của trường " + school.name() + ".");
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
                  UUID.randomUUID().toString(),
                  caller.tenantId(),
                  school.id(),
                  year,
                  command.kind(),
                  version,
                  catalog,
                  command.criterionLevels(),
                  command.level4Met(),
                  command.finish(),
                  caller.username(),
                  clock.instant());
          assessments.save(assessment, continuesDraft ? latest.get().id() : null);
          if (assessment.isFinished()) {
            events.publishFinished(assessment);
          }
          return assessments.list(caller.tenantId(), school.id(), year.toString()).stream()
              .filter(r -> r.id().equals(assessment.id()))
              .findFirst()
              .orElseThrow();
        });
  }

  public List<AssessmentRecord> list(
      Caller caller, String authorization, String schoolId, String schoolYear) {
    SchoolInfo school = visibleSchool(caller, authorization, schoolId);
    String year = schoolYear == null ? null : SchoolYear.parse(schoolYear).toString();
    return tx.executeRead(status -> assessments.list(caller.tenantId(), school.id(), year));
  }

  private SchoolInfo visibleSchool(Caller caller, String authorization, String schoolId) {
    if (schoolId == null || schoolId.isBlank()) {
      throw ProblemException.badRequest("Thiếu mã trường (schoolId).");
    }
    return registry
        .visibleSchool(authorization, schoolId)
        .orElseThrow(() -> ProblemException.notFound("trường " + schoolId));
  }
}

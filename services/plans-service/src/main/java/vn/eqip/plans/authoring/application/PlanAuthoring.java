package vn.eqip.plans.authoring.application;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import vn.eqip.plans.assessment.application.Assessments;
import vn.eqip.plans.assessment.domain.AssessmentKind;
import vn.eqip.plans.assessment.domain.AssessmentStatus;
import vn.eqip.plans.assessment.domain.Catalog;
import vn.eqip.plans.integration.OutboxEventPublisher;
import vn.eqip.plans.integration.SchoolRegistryOperations;
import vn.eqip.plans.integration.SchoolRegistryOperations.SchoolInfo;
import vn.eqip.plans.plan.application.PlanChanges;
import vn.eqip.plans.plan.application.Plans;
import vn.eqip.plans.plan.application.VisiblePlan;
import vn.eqip.plans.plan.domain.Actor;
import vn.eqip.plans.plan.domain.Baseline;
import vn.eqip.plans.plan.domain.Plan;
import vn.eqip.plans.plan.domain.PlanAction;
import vn.eqip.plans.plan.domain.PlanRow;
import vn.eqip.plans.shared.Access;
import vn.eqip.plans.shared.InvalidInput;
import vn.eqip.plans.shared.SchoolYear;
import vn.eqip.platform.tenancy.Caller;
import vn.eqip.platform.web.ProblemException;

/** Writing a plan: start a draft, add rows. The principal of the school writes it. */
@Singleton
public class PlanAuthoring {

  private final Plans plans;
  private final Assessments assessments;
  private final PlanChanges changes;
  private final SchoolRegistryOperations registry;
  private final OutboxEventPublisher events;
  private final TransactionOperations<Connection> tx;
  private final Clock clock;

  public PlanAuthoring(
      Plans plans,
      Assessments assessments,
      PlanChanges changes,
      SchoolRegistryOperations registry,
      OutboxEventPublisher events,
      TransactionOperations<Connection> tx,
      Clock clock) {
    this.plans = plans;
    this.assessments = assessments;
    this.changes = changes;
    this.registry = registry;
    this.events = events;
    this.tx = tx;
    this.clock = clock;
  }

  public Plan create(Caller caller, String authorization, CreatePlan command) {
    Access.requirePrincipal(caller, "lập kế hoạch cải tiến chất lượng");
    SchoolYear year = SchoolYear.parse(command.schoolYear());
    if (command.schoolId() == null || command.schoolId().isBlank()) {
      throw new InvalidInput("schoolId", "Thiếu mã trường (schoolId).");
    }
    SchoolInfo school =
        registry
            .visibleSchool(authorization, command.schoolId())
            .orElseThrow(() -> ProblemException.notFound("trường " + command.schoolId()));
    Plan plan =
        Plan.draft(
            UUID.randomUUID().toString(),
            caller.tenantId(),
            school.id(),
            year,
            actor(caller),
            baseline(caller, school, year),
            clock.instant());
    try {
      return tx.executeWrite(
          status -> {
            if (plans.existsForSchoolYear(caller.tenantId(), school.id(), year.toString())) {
              throw duplicate(school, year);
            }
            plans.add(plan);
            plan.newEvents().forEach(events::publish);
            return plan;
          });
    } catch (io.micronaut.data.exceptions.DataAccessException | IllegalStateException e) {
      if (String.valueOf(e.getMessage()).contains("uq_plan_school_year")) {
        throw duplicate(school, year);
      }
      throw e;
    }
  }

  /** The latest finished self-assessment of the school up to the plan's school year. */
  private Baseline baseline(Caller caller, SchoolInfo school, SchoolYear year) {
    return tx.executeRead(status -> assessments.list(caller.tenantId(), school.id(), null)).stream()
        .filter(a -> a.kind() == AssessmentKind.SELF && a.status() == AssessmentStatus.FINISHED)
        .filter(a -> a.schoolYear().compareTo(year.toString()) <= 0)
        .findFirst()
        .map(a -> new Baseline(a.id(), a.schoolYear(), a.summary().line()))
        .orElse(null);
  }

  public Plan addRow(Caller caller, String authorization, String planId, AddPlanRow command) {
    Access.requirePrincipal(caller, "soạn kế hoạch");
    VisiblePlan visible = changes.visiblePlan(caller, authorization, planId);
    if (visible.school().framework() == null) {
      throw ProblemException.conflict(
          "no-framework",
          "Chưa có bộ tiêu chí áp dụng cho "
              + visible.school().name()
              + " trong năm học "
              + visible.plan().schoolYear()
              + ".");
    }
    Catalog catalog = registry.catalog(authorization, visible.school().framework());
    PlanRow row = newRow(catalog, command);
    return changes.change(caller, visible, plan -> plan.addRow(row));
  }

  /** Changes the header, title, sections, recipients or signer; only in DRAFT or RETURNED. */
  public Plan editDocument(
      Caller caller, String authorization, String planId, EditPlanDocument command) {
    Access.requirePrincipal(caller, "soạn kế hoạch");
    return changes.change(
        caller, authorization, planId, plan -> plan.editDocument(command.applyTo(plan.document())));
  }

  public Plan removeRow(Caller caller, String authorization, String planId, String rowId) {
    Access.requirePrincipal(caller, "soạn kế hoạch");
    return changes.change(
        caller,
        authorization,
        planId,
        plan -> {
          if (!plan.removeRow(rowId)) {
            throw ProblemException.notFound("dòng " + rowId + " của kế hoạch");
          }
        });
  }

  public Plan moveRow(
      Caller caller, String authorization, String planId, String rowId, int position) {
    Access.requirePrincipal(caller, "soạn kế hoạch");
    return changes.change(
        caller,
        authorization,
        planId,
        plan -> {
          if (!plan.moveRow(rowId, position)) {
            throw ProblemException.notFound("dòng " + rowId + " của kế hoạch");
          }
        });
  }

  public Plan get(Caller caller, String authorization, String planId) {
    return changes.visiblePlan(caller, authorization, planId).plan();
  }

  /** Reviewers' comments on rows; read after {@link #get} checked the caller may see the plan. */
  public List<vn.eqip.plans.plan.domain.RowComment> rowComments(Caller caller, String planId) {
    return tx.executeRead(status -> plans.rowComments(caller.tenantId(), planId));
  }

  public List<vn.eqip.plans.plan.domain.PlanTransition> history(Caller caller, String planId) {
    return tx.executeRead(status -> plans.history(caller.tenantId(), planId));
  }

  static PlanRow newRow(Catalog catalog, AddPlanRow command) {
    boolean byCriterion = command.criterionCode() != null && !command.criterionCode().isBlank();
    boolean byLevel4 = command.level4No() != null;
    if (byCriterion == byLevel4) {
      throw new InvalidInput(
          "criterionCode",
          "Mỗi dòng kế hoạch gắn với đúng một tiêu chí (criterionCode) hoặc một yêu cầu Mức 4 (level4No).");
    }
    if (byCriterion && catalog.criterion(command.criterionCode().trim()).isEmpty()) {
      throw new InvalidInput(
          "criterionCode",
          "Tiêu chí "
              + command.criterionCode()
              + " không có trong bộ tiêu chí "
              + catalog.frameworkId()
              + ".");
    }
    if (byLevel4 && !catalog.level4().contains(command.level4No())) {
      throw new InvalidInput(
          "level4No",
          "Yêu cầu Mức 4 số "
              + command.level4No()
              + " không có trong "
              + catalog.frameworkId()
              + ".");
    }
    List<PlanAction> actions =
        command.actions() == null
            ? List.of()
            : command.actions().stream()
                .map(
                    a ->
                        new PlanAction(
                            UUID.randomUUID().toString(),
                            a.description().trim(),
                            a.lead().trim(),
                            a.partners(),
                            a.timeline(),
                            a.budget()))
                .toList();
    return new PlanRow(
        UUID.randomUUID().toString(),
        byCriterion ? PlanRow.Tier.LEVELS_1_TO_3 : PlanRow.Tier.LEVEL_4,
        byCriterion ? command.criterionCode().trim() : null,
        byLevel4 ? command.level4No() : null,
        command.target().trim(),
        actions);
  }

  private static ProblemException duplicate(SchoolInfo school, SchoolYear year) {
    return ProblemException.conflict(
        "plan-exists",
        school.name() + " đã có kế hoạch năm học " + year + ". Mở kế hoạch đó để chỉnh sửa.");
  }

  static Actor actor(Caller caller) {
    return new Actor(caller.userId(), caller.username());
  }
}

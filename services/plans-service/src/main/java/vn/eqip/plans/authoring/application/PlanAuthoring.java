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
import vn.eqip.plans.plan.domain.PlanDocument;
import vn.eqip.plans.plan.domain.PlanRow;
import vn.eqip.plans.plan.domain.PlanStart;
import vn.eqip.plans.plan.domain.PlanVersion;
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
            .visibleSchool(authorization, command.schoolId(), year.toString())
            .orElseThrow(() -> ProblemException.notFound("trường " + command.schoolId()));
    PlanStart.From from = command.startFrom() == null ? PlanStart.From.EMPTY : command.startFrom();
    Baseline baseline = baseline(caller, school, year);
    Plan plan =
        Plan.draft(
            UUID.randomUUID().toString(),
            caller.tenantId(),
            school.id(),
            year,
            actor(caller),
            baseline,
            clock.instant());
    if (from == PlanStart.From.LAST_YEAR) {
      startFromLastYear(caller, school, year, plan);
    } else if (from == PlanStart.From.ASSESSMENT) {
      startFromAssessment(
          caller, authorization, school, year, baseline, command.targetLevel(), plan);
    }
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

  /** Copies last year's plan (document and rows, a year later) into the new draft. */
  private void startFromLastYear(Caller caller, SchoolInfo school, SchoolYear year, Plan plan) {
    SchoolYear previous = new SchoolYear(year.startYear() - 1);
    Plan last =
        tx.executeRead(
                status ->
                    plans.findForSchoolYear(caller.tenantId(), school.id(), previous.toString()))
            .orElseThrow(
                () ->
                    ProblemException.conflict(
                        "no-previous-plan",
                        school.name()
                            + " chưa có kế hoạch năm học "
                            + previous
                            + " để sao chép. Chọn bắt đầu từ kết quả tự đánh giá"
                            + " (\"startFrom\": \"ASSESSMENT\") hoặc kế hoạch trống (\"EMPTY\")."));
    // the version in force: an amendment still being written is not what the school promised
    PlanDocument document = last.document();
    List<PlanRow> rows = last.rows();
    if (last.isAmending()) {
      PlanVersion inForce =
          tx.executeRead(status -> plans.versions(caller.tenantId(), last.id())).stream()
              .filter(v -> v.number() == last.approvedVersion())
              .findFirst()
              .orElseThrow();
      document = inForce.document();
      rows = inForce.rows();
    }
    plan.editDocument(PlanStart.nextYearDocument(document));
    PlanStart.nextYearRows(rows, () -> UUID.randomUUID().toString()).forEach(plan::addRow);
  }

  /** A row for every criterion the latest finished self-assessment puts below the target. */
  private void startFromAssessment(
      Caller caller,
      String authorization,
      SchoolInfo school,
      SchoolYear year,
      Baseline baseline,
      Integer targetLevel,
      Plan plan) {
    if (targetLevel == null || targetLevel < 1 || targetLevel > 4) {
      throw new InvalidInput(
          "targetLevel",
          "Cần mức trường hướng tới (targetLevel) từ 1 đến 4 khi bắt đầu từ kết quả tự đánh giá,"
              + " ví dụ {\"startFrom\": \"ASSESSMENT\", \"targetLevel\": 3}.");
    }
    if (baseline == null) {
      throw ProblemException.conflict(
          "no-finished-assessment",
          school.name()
              + " chưa có bản tự đánh giá nào đã hoàn thành đến năm học "
              + year
              + ". Hoàn thành tự đánh giá trước, hoặc bắt đầu từ kế hoạch trống (\"EMPTY\").");
    }
    if (school.framework() == null) {
      throw ProblemException.conflict(
          "no-framework",
          "Chưa có bộ tiêu chí áp dụng cho " + school.name() + " trong năm học " + year + ".");
    }
    var assessment =
        tx.executeRead(status -> assessments.find(caller.tenantId(), baseline.assessmentId()))
            .orElseThrow();
    java.util.Map<String, Integer> levels = new java.util.HashMap<>();
    assessment.criteria().stream()
        .filter(c -> c.level() != null)
        .forEach(c -> levels.put(c.code(), c.level()));
    PlanStart.rowsBelowTarget(
            registry.catalog(authorization, school.framework()),
            levels,
            assessment.level4Met() == null ? java.util.Map.of() : assessment.level4Met(),
            targetLevel,
            () -> UUID.randomUUID().toString())
        .forEach(plan::addRow);
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

  public Plan addRow(
      Caller caller,
      String authorization,
      String planId,
      Integer expectedRevision,
      AddPlanRow command) {
    Access.requirePrincipal(caller, "soạn kế hoạch");
    VisiblePlan visible = changes.visiblePlan(caller, authorization, planId);
    Catalog catalog = registry.catalog(authorization, requireFramework(visible));
    PlanRow row = newRow(catalog, command);
    return changes.change(caller, visible, expectedRevision, plan -> plan.addRow(row));
  }

  /**
   * Replaces a row's criterion, target and actions (an action that names the id of one of the row's
   * actions keeps it, so that the versions' diff shows it as changed); only while editable.
   */
  public Plan replaceRow(
      Caller caller,
      String authorization,
      String planId,
      Integer expectedRevision,
      String rowId,
      AddPlanRow command) {
    Access.requirePrincipal(caller, "soạn kế hoạch");
    VisiblePlan visible = changes.visiblePlan(caller, authorization, planId);
    Catalog catalog = registry.catalog(authorization, requireFramework(visible));
    PlanRow fresh = newRow(catalog, command);
    return changes.change(
        caller,
        visible,
        expectedRevision,
        plan -> {
          PlanRow old =
              plan.rows().stream()
                  .filter(r -> r.rowId().equals(rowId))
                  .findFirst()
                  .orElseThrow(() -> ProblemException.notFound("dòng " + rowId + " của kế hoạch"));
          java.util.Set<String> oldActions =
              old.actions().stream()
                  .map(PlanAction::actionId)
                  .collect(java.util.stream.Collectors.toSet());
          List<PlanAction> actions = new java.util.ArrayList<>();
          for (int i = 0; i < fresh.actions().size(); i++) {
            PlanAction a = fresh.actions().get(i);
            String wanted = command.actions().get(i).id();
            actions.add(
                wanted != null && oldActions.contains(wanted)
                    ? new PlanAction(
                        wanted, a.description(), a.lead(), a.partners(), a.timeline(), a.budget())
                    : a);
          }
          plan.replaceRow(
              new PlanRow(
                  rowId,
                  fresh.tier(),
                  fresh.criterionCode(),
                  fresh.level4No(),
                  fresh.target(),
                  actions));
        });
  }

  private static String requireFramework(VisiblePlan visible) {
    if (visible.school().framework() == null) {
      throw ProblemException.conflict(
          "no-framework",
          "Chưa có bộ tiêu chí áp dụng cho "
              + visible.school().name()
              + " trong năm học "
              + visible.plan().schoolYear()
              + ".");
    }
    return visible.school().framework();
  }

  /** Changes the header, title, sections, recipients or signer; only in DRAFT or RETURNED. */
  public Plan editDocument(
      Caller caller,
      String authorization,
      String planId,
      Integer expectedRevision,
      EditPlanDocument command) {
    Access.requirePrincipal(caller, "soạn kế hoạch");
    return changes.change(
        caller,
        authorization,
        planId,
        expectedRevision,
        plan -> plan.editDocument(command.applyTo(plan.document())));
  }

  public Plan removeRow(
      Caller caller, String authorization, String planId, Integer expectedRevision, String rowId) {
    Access.requirePrincipal(caller, "soạn kế hoạch");
    return changes.change(
        caller,
        authorization,
        planId,
        expectedRevision,
        plan -> {
          if (!plan.removeRow(rowId)) {
            throw ProblemException.notFound("dòng " + rowId + " của kế hoạch");
          }
        });
  }

  public Plan moveRow(
      Caller caller,
      String authorization,
      String planId,
      Integer expectedRevision,
      String rowId,
      int position) {
    Access.requirePrincipal(caller, "soạn kế hoạch");
    return changes.change(
        caller,
        authorization,
        planId,
        expectedRevision,
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

package vn.eqip.plans.review.application;

import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.eqip.plans.plan.application.PlanChanges;
import vn.eqip.plans.plan.application.PlanLinting;
import vn.eqip.plans.plan.application.Plans;
import vn.eqip.plans.plan.application.VisiblePlan;
import vn.eqip.plans.plan.domain.Abbreviations;
import vn.eqip.plans.plan.domain.Actor;
import vn.eqip.plans.plan.domain.ApprovalChain;
import vn.eqip.plans.plan.domain.BusinessRule;
import vn.eqip.plans.plan.domain.DocumentNumber;
import vn.eqip.plans.plan.domain.Plan;
import vn.eqip.plans.plan.domain.PlanDiff;
import vn.eqip.plans.plan.domain.PlanRow;
import vn.eqip.plans.plan.domain.PlanTransition;
import vn.eqip.plans.plan.domain.PlanVersion;
import vn.eqip.plans.plan.domain.Review;
import vn.eqip.plans.plan.domain.lint.Finding;
import vn.eqip.plans.plan.domain.lint.LintContext;
import vn.eqip.plans.plan.domain.lint.LintReport;
import vn.eqip.plans.plan.domain.lint.PlanLinter;
import vn.eqip.plans.plan.domain.rules.OnlySubmittedPlansCanBeReviewedRule;
import vn.eqip.plans.shared.Access;
import vn.eqip.plans.shared.InvalidInput;
import vn.eqip.platform.tenancy.Caller;
import vn.eqip.platform.web.Problem;
import vn.eqip.platform.web.ProblemException;

/**
 * The review workflow: the school submits; a reviewer whose org unit covers the school approves or
 * returns it with a comment. The rules themselves live in {@link Plan}.
 */
@Singleton
public class PlanReview {

  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private final PlanChanges changes;
  private final PlanLinting linting;
  private final Plans plans;
  private final Clock clock;
  private final TransactionOperations<Connection> tx;
  private final Reviews reviews;
  private final ApprovalChains chains;

  public PlanReview(
      PlanChanges changes,
      PlanLinting linting,
      Plans plans,
      Clock clock,
      TransactionOperations<Connection> tx,
      Reviews reviews,
      ApprovalChains chains) {
    this.reviews = reviews;
    this.chains = chains;
    this.changes = changes;
    this.linting = linting;
    this.plans = plans;
    this.clock = clock;
    this.tx = tx;
  }

  /**
   * Submits the plan: refused with 409 {@code plan-has-errors}, listing them, while the linter
   * finds errors; the first submission gives the plan its number and symbol.
   */
  public Plan submit(Caller caller, String authorization, String planId, Integer expectedRevision) {
    Access.requirePrincipal(caller, "gửi kế hoạch đi duyệt");
    VisiblePlan visible = changes.visiblePlan(caller, authorization, planId);
    LintContext context = linting.context(caller, authorization, visible);
    String schoolName = visible.school().name();
    ApprovalChain chain = chains.forSchool(caller.tenantId(), visible.plan().schoolId());
    return changes.change(
        caller,
        visible,
        expectedRevision,
        plan -> {
          if (plan.status().isEditable()) {
            LintReport report = PlanLinter.lint(plan.rows(), plan.document(), context);
            if (report.blocksSubmission()) {
              throw blocked(report);
            }
          }
          plan.submit(actor(caller), chain, clock.instant());
          if (plan.needsDocumentNumber()) {
            // taken in this transaction: a refused or conflicting submission uses no number
            int year = clock.instant().atZone(VIETNAM).getYear();
            plan.assignDocumentNumber(
                new DocumentNumber(
                    plans.nextDocumentNumber(caller.tenantId(), plan.schoolId(), year),
                    year,
                    abbreviation(plan, schoolName)));
          }
        });
  }

  /** The school's own abbreviation from the header, or one formed from the school's name. */
  private static String abbreviation(Plan plan, String schoolName) {
    String own = plan.document().abbreviation();
    return own != null && !own.isBlank() ? own.trim() : Abbreviations.of(schoolName);
  }

  private static ProblemException blocked(LintReport report) {
    return new ProblemException(
        HttpStatus.CONFLICT,
        "plan-has-errors",
        "Kế hoạch còn lỗi cần sửa (Plan has blocking errors)",
        "Kế hoạch còn "
            + report.errors().size()
            + " lỗi phải sửa trước khi gửi duyệt: "
            + report.errors().stream().map(Finding::message).collect(Collectors.joining(" ")),
        report.errors().stream()
            .map(
                f ->
                    new Problem.FieldError(f.rowId() == null ? "document" : f.rowId(), f.message()))
            .toList());
  }

  /** Returns the plan with a comment, and comments on some rows (by row id). */
  public Plan returnForChanges(
      Caller caller,
      String authorization,
      String planId,
      Integer expectedRevision,
      String comment,
      Map<String, String> rowComments) {
    return returnForChanges(
        caller, authorization, planId, expectedRevision, comment, rowComments, Set.of(), false);
  }

  /**
   * Returns the plan: with a reason, comments on rows, and when {@code returnedRows} names some
   * rows only those (the others stay accepted). {@code useDraft}: what the request leaves out comes
   * from the caller's saved review of this submission (its reason, row comments and the rows marked
   * "cần chỉnh sửa").
   */
  public Plan returnForChanges(
      Caller caller,
      String authorization,
      String planId,
      Integer expectedRevision,
      String comment,
      Map<String, String> rowComments,
      Set<String> returnedRows,
      boolean useDraft) {
    Access.requireReviewer(caller, "trả lại kế hoạch");
    VisiblePlan visible = changes.visiblePlan(caller, authorization, planId);
    String reason = comment;
    Map<String, String> comments = new LinkedHashMap<>(rowComments);
    Set<String> rows = new LinkedHashSet<>(returnedRows);
    if (useDraft) {
      Review draft =
          tx.executeRead(
                  status ->
                      reviews.draft(
                          caller.tenantId(), planId, caller.userId(), visible.plan().revision()))
              .orElseThrow(
                  () ->
                      ProblemException.conflict(
                          "no-review-draft",
                          "Chưa có bản nhận xét nháp cho lần gửi này của kế hoạch: lưu nhận xét"
                              + " (PUT /api/plans/plans/"
                              + planId
                              + "/review) hoặc gửi lý do trả lại (comment)."))
              .review();
      if (reason == null || reason.isBlank()) {
        reason = draft.returnReason();
      }
      draft.rowComments().forEach(comments::putIfAbsent);
      if (rows.isEmpty()) {
        rows.addAll(draft.returnedRows());
      }
    }
    String because = reason;
    return changes.change(
        caller,
        visible,
        expectedRevision,
        plan -> {
          plan.returnForChanges(
              actor(caller), caller.orgUnitId(), because, comments, rows, clock.instant());
          reviews.markDecided(caller.tenantId(), planId, caller.userId(), plan.loadedRevision());
        });
  }

  /**
   * Saves the caller's review of the plan's current submission as a draft (replacing the previous
   * draft): sections and rows marked "đạt" / "cần chỉnh sửa", comments. Only while the plan waits
   * for review.
   */
  public Reviews.StoredReview saveReview(
      Caller caller, String authorization, String planId, Review review) {
    Access.requireReviewer(caller, "nhận xét kế hoạch");
    Plan plan = changes.visiblePlan(caller, authorization, planId).plan();
    BusinessRule.check(new OnlySubmittedPlansCanBeReviewedRule(plan.status()));
    Set<String> rowIds = plan.rows().stream().map(PlanRow::rowId).collect(Collectors.toSet());
    List<InvalidInput.Violation> unknown =
        review.rows().stream()
            .filter(r -> !rowIds.contains(r.rowId()))
            .map(
                r ->
                    new InvalidInput.Violation(
                        "rows",
                        "Kế hoạch không có dòng "
                            + r.rowId()
                            + ": chỉ nhận xét các dòng của lần gửi hiện tại (xem GET kế hoạch)."))
            .toList();
    if (!unknown.isEmpty()) {
      throw new InvalidInput(unknown);
    }
    Reviews.StoredReview stored =
        new Reviews.StoredReview(
            planId,
            plan.revision(),
            caller.userId(),
            caller.username(),
            Reviews.Status.DRAFT,
            review,
            clock.instant());
    tx.executeWrite(
        status -> {
          reviews.saveDraft(caller.tenantId(), stored);
          return null;
        });
    return stored;
  }

  /**
   * A reviewer reads their own draft of the current submission; the school (and anyone else who may
   * see the plan) the latest review a reviewer decided with.
   */
  public Reviews.StoredReview review(Caller caller, String authorization, String planId) {
    Plan plan = changes.visiblePlan(caller, authorization, planId).plan();
    if (caller.hasRole(vn.eqip.platform.tenancy.Roles.REVIEWER)) {
      Optional<Reviews.StoredReview> draft =
          tx.executeRead(
              status -> reviews.draft(caller.tenantId(), planId, caller.userId(), plan.revision()));
      if (draft.isPresent()) {
        return draft.get();
      }
    }
    return tx.executeRead(status -> reviews.latestDecided(caller.tenantId(), planId))
        .orElseThrow(
            () ->
                ProblemException.notFound(
                    "nhận xét của cán bộ thẩm định cho kế hoạch này (chưa có bản nào được lưu)"));
  }

  /** Every submitted version of a plan the caller may see, oldest first. */
  public List<PlanVersion> versions(Caller caller, String authorization, String planId) {
    changes.visiblePlan(caller, authorization, planId);
    return tx.executeRead(status -> plans.versions(caller.tenantId(), planId));
  }

  public Plan approve(
      Caller caller, String authorization, String planId, Integer expectedRevision) {
    Access.requireReviewer(caller, "phê duyệt kế hoạch");
    return changes.change(
        caller,
        authorization,
        planId,
        expectedRevision,
        plan -> {
          plan.approve(actor(caller), caller.orgUnitId(), clock.instant());
          reviews.markDecided(caller.tenantId(), planId, caller.userId(), plan.loadedRevision());
        });
  }

  /** The school takes its submitted plan back before a decision (PlanWithdrawn). */
  public Plan withdraw(
      Caller caller,
      String authorization,
      String planId,
      Integer expectedRevision,
      String comment) {
    Access.requirePrincipal(caller, "rút kế hoạch về");
    return changes.change(
        caller,
        authorization,
        planId,
        expectedRevision,
        plan -> plan.withdraw(actor(caller), comment, clock.instant()));
  }

  /**
   * The principal opens an amendment of the school's approved plan (PlanAmendmentStarted): the plan
   * is edited as a draft and approved through a new submission; the approved version stays in force
   * meanwhile.
   */
  public Plan startAmendment(
      Caller caller, String authorization, String planId, Integer expectedRevision, String reason) {
    Access.requirePrincipal(caller, "điều chỉnh kế hoạch đã phê duyệt");
    return changes.change(
        caller,
        authorization,
        planId,
        expectedRevision,
        plan -> plan.startAmendment(actor(caller), reason, clock.instant()));
  }

  /**
   * The principal abandons the amendment being edited: the plan is its approved version again
   * (PlanAmendmentDiscarded).
   */
  public Plan discardAmendment(
      Caller caller, String authorization, String planId, Integer expectedRevision) {
    Access.requirePrincipal(caller, "hủy điều chỉnh kế hoạch");
    return changes.change(
        caller,
        authorization,
        planId,
        expectedRevision,
        plan -> {
          PlanVersion approved =
              plan.approvedVersion() == null
                  ? null
                  : plans.versions(caller.tenantId(), planId).stream()
                      .filter(v -> v.number() == plan.approvedVersion())
                      .findFirst()
                      .orElseThrow();
          plan.discardAmendment(actor(caller), approved, clock.instant());
        });
  }

  /**
   * What changed from version {@code against} (default: the one before; for version 1, nothing) to
   * version {@code number} of a plan the caller may see.
   */
  public PlanDiff diff(
      Caller caller, String authorization, String planId, int number, Integer against) {
    changes.visiblePlan(caller, authorization, planId);
    List<PlanVersion> versions =
        tx.executeRead(status -> plans.versions(caller.tenantId(), planId));
    PlanVersion newer = version(versions, number, "version");
    int base = against == null ? number - 1 : against;
    PlanVersion older = base == 0 && against == null ? null : version(versions, base, "against");
    return PlanDiff.between(older, newer);
  }

  private static PlanVersion version(List<PlanVersion> versions, int number, String field) {
    return versions.stream()
        .filter(v -> v.number() == number)
        .findFirst()
        .orElseThrow(
            () ->
                versions.isEmpty()
                    ? ProblemException.notFound(
                        "phiên bản " + number + " (kế hoạch chưa được gửi duyệt lần nào)")
                    : new vn.eqip.plans.shared.InvalidInput(
                        field,
                        "Kế hoạch không có phiên bản "
                            + number
                            + ": các phiên bản là 1 đến "
                            + versions.get(versions.size() - 1).number()
                            + "."));
  }

  /** Every transition of a plan the caller may see (the school and its reviewers), oldest first. */
  public List<PlanTransition> audit(Caller caller, String authorization, String planId) {
    changes.visiblePlan(caller, authorization, planId);
    return tx.executeRead(status -> plans.history(caller.tenantId(), planId));
  }

  private static Actor actor(Caller caller) {
    return new Actor(caller.userId(), caller.username());
  }
}

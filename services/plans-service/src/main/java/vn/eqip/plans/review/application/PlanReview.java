package vn.eqip.plans.review.application;

import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.eqip.plans.plan.application.PlanChanges;
import vn.eqip.plans.plan.application.PlanLinting;
import vn.eqip.plans.plan.application.Plans;
import vn.eqip.plans.plan.application.VisiblePlan;
import vn.eqip.plans.plan.domain.Abbreviations;
import vn.eqip.plans.plan.domain.Actor;
import vn.eqip.plans.plan.domain.DocumentNumber;
import vn.eqip.plans.plan.domain.Plan;
import vn.eqip.plans.plan.domain.PlanVersion;
import vn.eqip.plans.plan.domain.lint.Finding;
import vn.eqip.plans.plan.domain.lint.LintContext;
import vn.eqip.plans.plan.domain.lint.LintReport;
import vn.eqip.plans.plan.domain.lint.PlanLinter;
import vn.eqip.plans.shared.Access;
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

  public PlanReview(
      PlanChanges changes,
      PlanLinting linting,
      Plans plans,
      Clock clock,
      TransactionOperations<Connection> tx) {
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
  public Plan submit(Caller caller, String authorization, String planId) {
    Access.requirePrincipal(caller, "gửi kế hoạch đi duyệt");
    VisiblePlan visible = changes.visiblePlan(caller, authorization, planId);
    LintContext context = linting.context(caller, authorization, visible);
    String schoolName = visible.school().name();
    return changes.change(
        caller,
        visible,
        plan -> {
          if (plan.status().isEditable()) {
            LintReport report = PlanLinter.lint(plan.rows(), plan.document(), context);
            if (report.blocksSubmission()) {
              throw blocked(report);
            }
          }
          plan.submit(actor(caller), clock.instant());
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

  public Plan returnForChanges(Caller caller, String authorization, String planId, String comment) {
    return returnForChanges(caller, authorization, planId, comment, Map.of());
  }

  /** Returns the plan with a comment, and comments on some rows (by row id). */
  public Plan returnForChanges(
      Caller caller,
      String authorization,
      String planId,
      String comment,
      Map<String, String> rowComments) {
    Access.requireReviewer(caller, "trả lại kế hoạch");
    return changes.change(
        caller,
        authorization,
        planId,
        plan -> plan.returnForChanges(actor(caller), comment, rowComments, clock.instant()));
  }

  /** Every submitted version of a plan the caller may see, oldest first. */
  public List<PlanVersion> versions(Caller caller, String authorization, String planId) {
    changes.visiblePlan(caller, authorization, planId);
    return tx.executeRead(status -> plans.versions(caller.tenantId(), planId));
  }

  public Plan approve(Caller caller, String authorization, String planId) {
    Access.requireReviewer(caller, "phê duyệt kế hoạch");
    return changes.change(
        caller, authorization, planId, plan -> plan.approve(actor(caller), clock.instant()));
  }

  private static Actor actor(Caller caller) {
    return new Actor(caller.userId(), caller.username());
  }
}

package vn.eqip.plans.authoring.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import vn.eqip.plans.plan.domain.Plan;
import vn.eqip.plans.plan.domain.PlanAction;
import vn.eqip.plans.plan.domain.PlanDocument;
import vn.eqip.plans.plan.domain.PlanRow;
import vn.eqip.plans.plan.domain.PlanTransition;
import vn.eqip.plans.plan.domain.RowComment;
import vn.eqip.plans.plan.domain.text.Budget;
import vn.eqip.plans.plan.domain.text.Timeline;

@Serdeable
public record PlanResponse(
    String id,
    String schoolId,
    String schoolYear,
    String status,
    int revision,
    String author,
    @Nullable Baseline baseline,
    List<Row> rows,
    @Nullable List<Transition> history,
    @Nullable String documentNumber,
    Document document,
    @Nullable LintResponse lint,
    Workflow workflow,
    @Nullable Deadlines deadlines) {

  /** The same plan with the linter's findings (a plan started from last year or an assessment). */
  public PlanResponse withLint(LintResponse findings) {
    return new PlanResponse(
        id,
        schoolId,
        schoolYear,
        status,
        revision,
        author,
        baseline,
        rows,
        history,
        documentNumber,
        document,
        findings,
        workflow,
        deadlines);
  }

  /** The same plan with its deadline and late flags (GET of one plan). */
  public PlanResponse withDeadlines(@Nullable Deadlines judged) {
    return new PlanResponse(
        id,
        schoolId,
        schoolYear,
        status,
        revision,
        author,
        baseline,
        rows,
        history,
        documentNumber,
        document,
        lint,
        workflow,
        judged);
  }

  /**
   * As in the plan list: the school year's submission deadline, {@code lateSubmission} (submitted
   * after it, or not submitted although it passed), {@code reviewDueAt} and {@code reviewOverdue}
   * (undecided past the tenant's review period).
   */
  @Serdeable
  public record Deadlines(
      @Nullable String submissionDeadline,
      boolean lateSubmission,
      @Nullable Instant reviewDueAt,
      boolean reviewOverdue) {

    public static Deadlines of(vn.eqip.plans.listing.application.PlanSummary s) {
      return new Deadlines(
          s.submissionDeadline() == null ? null : s.submissionDeadline().toString(),
          s.lateSubmission(),
          s.reviewDueAt(),
          s.reviewOverdue());
    }
  }

  /**
   * Where the plan is in its workflow (issue 5). {@code latestVersion}: submitted versions so far;
   * {@code approvedVersion}: the version in force (null if never approved); {@code amending}: an
   * amendment of the approved plan is in progress (the approved version stays in force); {@code
   * approvalLevels}: who decides, level by level (one unnamed level: any reviewer whose scope has
   * the school); {@code approvalsGiven}: levels that approved the current submission; {@code
   * awaiting}: who decides next while SUBMITTED.
   */
  @Serdeable
  public record Workflow(
      int latestVersion,
      @Nullable Integer approvedVersion,
      boolean amending,
      List<String> approvalLevels,
      int approvalsGiven,
      @Nullable String awaiting) {

    static Workflow of(Plan plan) {
      var chain = plan.approvalChain();
      return new Workflow(
          plan.latestVersion(),
          plan.approvedVersion(),
          plan.isAmending(),
          chain.steps().stream().map(s -> s.name()).toList(),
          plan.approvalsGiven(),
          plan.status() == vn.eqip.plans.plan.domain.PlanStatus.SUBMITTED
              ? chain.awaiting(plan.approvalsGiven())
              : null);
    }
  }

  /**
   * The document around the table. {@code documentNumber} (on the plan) is the number and symbol
   * "56/KH-THĐP", assigned on the first submission.
   */
  @Serdeable
  public record Document(
      @Nullable String superiorBody,
      @Nullable String schoolName,
      @Nullable String abbreviation,
      @Nullable String place,
      @Nullable String issuedOn,
      @Nullable String title,
      List<String> purposes,
      List<String> legalBases,
      @Nullable String orientation,
      List<Role> implementation,
      List<String> recipients,
      @Nullable String signerTitle,
      @Nullable String signerName) {

    public static Document of(PlanDocument d) {
      return new Document(
          d.superiorBody(),
          d.schoolName(),
          d.abbreviation(),
          d.place(),
          d.issuedOn() == null ? null : d.issuedOn().toString(),
          d.title(),
          d.purposes(),
          d.legalBases(),
          d.orientation(),
          d.implementation().stream().map(r -> new Role(r.role(), r.duties())).toList(),
          d.recipients(),
          d.signerTitle(),
          d.signerName());
    }
  }

  @Serdeable
  public record Role(String role, @Nullable String duties) {}

  /**
   * The assessment the plan starts from, e.g. "Mức 1: 27/27 · Mức 2: 27/27 · Mức 3: 4/19 · Mức 4:
   * 0/5".
   */
  @Serdeable
  public record Baseline(String assessmentId, String schoolYear, String summaryLine) {}

  @Serdeable
  public record Row(
      String id,
      int no,
      String tier,
      @Nullable String criterionCode,
      @Nullable Integer level4No,
      String label,
      String target,
      List<Action> actions,
      @Nullable List<Comment> comments,
      boolean accepted) {}

  /** A reviewer's comment on the row, given when the plan was returned. */
  @Serdeable
  public record Comment(String comment, String by, Instant at) {}

  @Serdeable
  public record Action(
      String id,
      String description,
      String lead,
      @Nullable String partners,
      @Nullable String timeline,
      @Nullable String budget,
      @Nullable Long budgetVnd,
      @Nullable String budgetSource,
      @Nullable String timelineStart,
      @Nullable String timelineEnd,
      boolean recurring) {

    /** The texts as written, and beside them what they were read as (ISO dates). */
    static Action of(PlanAction a) {
      Budget budget = a.parsedBudget();
      Timeline timeline = a.parsedTimeline();
      return new Action(
          a.actionId(),
          a.description(),
          a.lead(),
          a.partners(),
          a.timeline(),
          a.budget(),
          budget.amountVnd(),
          budget.source(),
          timeline.start() == null ? null : timeline.start().toString(),
          timeline.end() == null ? null : timeline.end().toString(),
          timeline.recurring());
    }
  }

  @Serdeable
  public record Transition(
      @Nullable String from, String to, String actor, Instant at, @Nullable String comment) {}

  public static PlanResponse of(Plan plan, @Nullable List<PlanTransition> history) {
    return of(plan, history, null);
  }

  /** With the reviewers' comments on each row when {@code rowComments} is given. */
  public static PlanResponse of(
      Plan plan, @Nullable List<PlanTransition> history, @Nullable List<RowComment> rowComments) {
    List<PlanRow> rows = plan.rows();
    return new PlanResponse(
        plan.id(),
        plan.schoolId(),
        plan.schoolYear().toString(),
        plan.status().name(),
        plan.revision(),
        plan.author().name(),
        plan.baseline() == null
            ? null
            : new Baseline(
                plan.baseline().assessmentId(),
                plan.baseline().schoolYear(),
                plan.baseline().summaryLine()),
        java.util.stream.IntStream.range(0, rows.size())
            .mapToObj(
                i ->
                    row(
                        i + 1,
                        rows.get(i),
                        rowComments,
                        plan.acceptedRows().contains(rows.get(i).rowId())))
            .toList(),
        history == null
            ? null
            : history.stream()
                .map(
                    t ->
                        new Transition(
                            t.from() == null ? null : t.from().name(),
                            t.to().name(),
                            t.actorName(),
                            t.at(),
                            t.comment()))
                .toList(),
        plan.documentNumber() == null ? null : plan.documentNumber().symbol(),
        Document.of(plan.document()),
        null,
        Workflow.of(plan),
        null);
  }

  public static Row row(int no, PlanRow r, @Nullable List<RowComment> rowComments) {
    return row(no, r, rowComments, false);
  }

  /** {@code accepted}: a reviewer accepted the row when returning others; it is not reopened. */
  public static Row row(
      int no, PlanRow r, @Nullable List<RowComment> rowComments, boolean accepted) {
    return new Row(
        r.rowId(),
        no,
        r.tier().name(),
        r.criterionCode(),
        r.level4No(),
        r.label(),
        r.target(),
        r.actions().stream().map(Action::of).toList(),
        rowComments == null
            ? null
            : rowComments.stream()
                .filter(c -> c.rowId().equals(r.rowId()))
                .map(c -> new Comment(c.comment(), c.actorName(), c.at()))
                .toList(),
        accepted);
  }
}

package vn.eqip.plans.plan.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import vn.eqip.plans.plan.domain.rules.AcceptedRowsAreNotReopenedRule;
import vn.eqip.plans.plan.domain.rules.DecisionFollowsTheApprovalChainRule;
import vn.eqip.plans.plan.domain.rules.OnlyAmendmentsInProgressCanBeDiscardedRule;
import vn.eqip.plans.plan.domain.rules.OnlyApprovedPlansCanBeAmendedRule;
import vn.eqip.plans.plan.domain.rules.OnlySubmittedPlansCanBeReviewedRule;
import vn.eqip.plans.plan.domain.rules.OnlySubmittedPlansCanBeWithdrawnRule;
import vn.eqip.plans.plan.domain.rules.PlanIsEditableRule;
import vn.eqip.plans.plan.domain.rules.PlanMustHaveRowsRule;
import vn.eqip.plans.plan.domain.rules.ReturnNeedsCommentRule;
import vn.eqip.plans.plan.domain.rules.ReviewerIsNotAuthorRule;
import vn.eqip.plans.plan.domain.rules.RowCommentsNameRowsOfThePlanRule;
import vn.eqip.plans.shared.SchoolYear;

/**
 * A school's quality improvement plan for a school year, and its review workflow. Every change goes
 * through a method that checks the named rules, moves the status, bumps the revision and records an
 * event and a transition; the application saves the plan and publishes the events together.
 */
public final class Plan {

  private final String id;
  private final String tenantId;
  private final String schoolId;
  private final SchoolYear schoolYear;
  private final Actor author;
  private final Instant createdAt;
  private final Baseline baseline;
  private final List<PlanRow> rows;
  private final List<PlanTransition> newTransitions = new ArrayList<>();
  private final List<PlanEvent> newEvents = new ArrayList<>();
  private final List<RowComment> newRowComments = new ArrayList<>();
  private final Set<String> acceptedRows = new java.util.LinkedHashSet<>();
  private PlanStatus status;
  private int revision;
  private final int loadedRevision;
  private Actor submitter;
  private PlanDocument document = PlanDocument.EMPTY;
  private DocumentNumber documentNumber;
  private int latestVersion;
  private Integer approvedVersion;
  private ApprovalChain approvalChain = ApprovalChain.ANY_REVIEWER_IN_SCOPE;
  private int approvalsGiven;

  private Plan(
      String id,
      String tenantId,
      String schoolId,
      SchoolYear schoolYear,
      Actor author,
      Instant createdAt,
      Baseline baseline,
      PlanStatus status,
      int revision,
      Actor submitter,
      List<PlanRow> rows) {
    this.baseline = baseline;
    this.id = Objects.requireNonNull(id);
    this.tenantId = Objects.requireNonNull(tenantId);
    this.schoolId = Objects.requireNonNull(schoolId);
    this.schoolYear = Objects.requireNonNull(schoolYear);
    this.author = Objects.requireNonNull(author);
    this.createdAt = createdAt;
    this.status = status;
    this.revision = revision;
    this.loadedRevision = revision;
    this.submitter = submitter;
    this.rows = new ArrayList<>(rows);
  }

  /** Starts an empty draft. */
  public static Plan draft(
      String id,
      String tenantId,
      String schoolId,
      SchoolYear schoolYear,
      Actor author,
      Baseline baseline,
      Instant now) {
    Plan plan =
        new Plan(
            id,
            tenantId,
            schoolId,
            schoolYear,
            author,
            now,
            baseline,
            PlanStatus.DRAFT,
            0,
            null,
            List.of());
    plan.newTransitions.add(
        new PlanTransition(null, PlanStatus.DRAFT, author.id(), author.name(), now, null));
    plan.newEvents.add(new PlanEvent.PlanCreated(plan, now, author));
    return plan;
  }

  public static Plan restore(
      String id,
      String tenantId,
      String schoolId,
      SchoolYear schoolYear,
      Actor author,
      Instant createdAt,
      Baseline baseline,
      PlanStatus status,
      int revision,
      Actor submitter,
      List<PlanRow> rows) {
    return new Plan(
        id,
        tenantId,
        schoolId,
        schoolYear,
        author,
        createdAt,
        baseline,
        status,
        revision,
        submitter,
        rows);
  }

  /** Restores a stored plan with its document fields and number (null until first submitted). */
  public static Plan restore(
      String id,
      String tenantId,
      String schoolId,
      SchoolYear schoolYear,
      Actor author,
      Instant createdAt,
      Baseline baseline,
      PlanStatus status,
      int revision,
      Actor submitter,
      List<PlanRow> rows,
      PlanDocument document,
      DocumentNumber documentNumber) {
    Plan plan =
        restore(
            id,
            tenantId,
            schoolId,
            schoolYear,
            author,
            createdAt,
            baseline,
            status,
            revision,
            submitter,
            rows);
    plan.document = document == null ? PlanDocument.EMPTY : document;
    plan.documentNumber = documentNumber;
    return plan;
  }

  /** Replaces the document fields around the table; only while the plan is editable. */
  public void editDocument(PlanDocument changed) {
    BusinessRule.check(new PlanIsEditableRule(status));
    document = Objects.requireNonNull(changed);
    revision++;
  }

  /** Whether the plan still needs its number and symbol (assigned on first submission). */
  public boolean needsDocumentNumber() {
    return documentNumber == null;
  }

  /** Gives the plan its number once; a resubmitted plan keeps the number it was given. */
  public void assignDocumentNumber(DocumentNumber number) {
    if (documentNumber == null) {
      documentNumber = Objects.requireNonNull(number);
    }
  }

  /** Adds a row at the end; row validity against the catalog is checked by the caller. */
  public void addRow(PlanRow row) {
    BusinessRule.check(new PlanIsEditableRule(status));
    rows.add(row);
    revision++;
  }

  /**
   * Replaces a row's content (criterion, target, actions), keeping its id and place. False if the
   * row is absent.
   */
  public boolean replaceRow(PlanRow changed) {
    BusinessRule.check(new PlanIsEditableRule(status));
    checkNotAccepted(changed.rowId());
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).rowId().equals(changed.rowId())) {
        rows.set(i, changed);
        revision++;
        return true;
      }
    }
    return false;
  }

  /** Removes a row; the rows after it move up (the TT numbering follows). False if absent. */
  public boolean removeRow(String rowId) {
    BusinessRule.check(new PlanIsEditableRule(status));
    checkNotAccepted(rowId);
    boolean removed = rows.removeIf(r -> r.rowId().equals(rowId));
    if (removed) {
      revision++;
    }
    return removed;
  }

  /**
   * Moves a row to a 1-based position (clamped to the table); the TT numbering follows. False if
   * the row is absent.
   */
  public boolean moveRow(String rowId, int position) {
    BusinessRule.check(new PlanIsEditableRule(status));
    int from = -1;
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).rowId().equals(rowId)) {
        from = i;
      }
    }
    if (from < 0) {
      return false;
    }
    PlanRow row = rows.remove(from);
    int to = Math.max(0, Math.min(rows.size(), position - 1));
    rows.add(to, row);
    revision++;
    return true;
  }

  public void submit(Actor actor, Instant now) {
    submit(actor, ApprovalChain.ANY_REVIEWER_IN_SCOPE, now);
  }

  /**
   * Submits the plan as a new version, to be decided by {@code chain} (the tenant's approval chain
   * for this school, fixed for this submission).
   */
  public void submit(Actor actor, ApprovalChain chain, Instant now) {
    BusinessRule.check(new PlanIsEditableRule(status));
    BusinessRule.check(new PlanMustHaveRowsRule(rows.size()));
    submitter = actor;
    approvalChain = Objects.requireNonNull(chain);
    approvalsGiven = 0;
    latestVersion++;
    move(PlanStatus.SUBMITTED, actor, now, null);
    newEvents.add(new PlanEvent.PlanSubmitted(this, now, actor));
  }

  public void returnForChanges(Actor reviewer, String comment, Instant now) {
    returnForChanges(reviewer, comment, Map.of(), now);
  }

  /** Returns the plan with a comment on the plan and, optionally, comments on some rows. */
  public void returnForChanges(
      Actor reviewer, String comment, Map<String, String> rowComments, Instant now) {
    returnForChanges(reviewer, null, comment, rowComments, Set.of(), now);
  }

  /** Returns some rows of a plan decided in one level by any reviewer in scope. */
  public void returnForChanges(
      Actor reviewer,
      String comment,
      Map<String, String> rowComments,
      Set<String> returnedRows,
      Instant now) {
    returnForChanges(reviewer, null, comment, rowComments, returnedRows, now);
  }

  /**
   * Returns the plan with a reason, comments on rows, and, when {@code returnedRows} names some
   * rows, only those: the other rows are accepted and are not reopened in later rounds. The
   * reviewer of {@code reviewerOrgUnitId} must be the level of the approval chain whose turn it is.
   */
  public void returnForChanges(
      Actor reviewer,
      String reviewerOrgUnitId,
      String comment,
      Map<String, String> rowComments,
      Set<String> returnedRows,
      Instant now) {
    BusinessRule.check(new OnlySubmittedPlansCanBeReviewedRule(status));
    BusinessRule.check(new ReviewerIsNotAuthorRule(submitterId(), reviewer.id()));
    BusinessRule.check(
        new DecisionFollowsTheApprovalChainRule(approvalChain, approvalsGiven, reviewerOrgUnitId));
    BusinessRule.check(new ReturnNeedsCommentRule(comment));
    Set<String> rowIds = rows.stream().map(PlanRow::rowId).collect(Collectors.toSet());
    rowComments.forEach(
        (rowId, text) ->
            BusinessRule.check(new RowCommentsNameRowsOfThePlanRule(rowIds, rowId, text)));
    returnedRows.forEach(
        rowId -> BusinessRule.check(new RowCommentsNameRowsOfThePlanRule(rowIds, rowId, "-")));
    if (!returnedRows.isEmpty()) {
      rowIds.stream().filter(id -> !returnedRows.contains(id)).forEach(acceptedRows::add);
    }
    rowComments.forEach(
        (rowId, text) ->
            newRowComments.add(
                new RowComment(rowId, text.trim(), reviewer.id(), reviewer.name(), now)));
    move(PlanStatus.RETURNED, reviewer, now, comment.trim());
    newEvents.add(new PlanEvent.PlanReturned(this, now, reviewer, comment.trim()));
  }

  public void approve(Actor reviewer, Instant now) {
    approve(reviewer, null, now);
  }

  /**
   * Approves the plan at the level whose turn it is; below the last level of the chain the plan
   * stays SUBMITTED for the next level (PlanApprovalStepPassed), at the last it is APPROVED and
   * this version becomes the one in force.
   */
  public void approve(Actor reviewer, String reviewerOrgUnitId, Instant now) {
    BusinessRule.check(new OnlySubmittedPlansCanBeReviewedRule(status));
    BusinessRule.check(new ReviewerIsNotAuthorRule(submitterId(), reviewer.id()));
    BusinessRule.check(new ReviewerIsNotAuthorRule(author.id(), reviewer.id()));
    BusinessRule.check(
        new DecisionFollowsTheApprovalChainRule(approvalChain, approvalsGiven, reviewerOrgUnitId));
    approvalsGiven++;
    if (approvalsGiven < approvalChain.levels()) {
      String passed =
          approvalChain.nameOf(approvalsGiven - 1)
              + " đã phê duyệt (cấp "
              + approvalsGiven
              + "/"
              + approvalChain.levels()
              + "); chờ "
              + approvalChain.nameOf(approvalsGiven)
              + ".";
      newTransitions.add(
          new PlanTransition(status, status, reviewer.id(), reviewer.name(), now, passed));
      revision++;
      newEvents.add(new PlanEvent.PlanApprovalStepPassed(this, now, reviewer, passed));
      return;
    }
    approvedVersion = latestVersion;
    move(PlanStatus.APPROVED, reviewer, now, null);
    newEvents.add(new PlanEvent.PlanApproved(this, now, reviewer, List.copyOf(rows)));
  }

  /**
   * The school opens an amendment of its approved plan: the plan becomes an editable DRAFT again
   * and is approved through a new submission; until then the approved version stays in force
   * (nothing is published as approved, the version stays {@link #approvedVersion()}).
   */
  public void startAmendment(Actor actor, String reason, Instant now) {
    BusinessRule.check(new OnlyApprovedPlansCanBeAmendedRule(status, isAmending()));
    acceptedRows.clear();
    String why = reason == null || reason.isBlank() ? null : reason.trim();
    move(PlanStatus.DRAFT, actor, now, why);
    newEvents.add(new PlanEvent.PlanAmendmentStarted(this, now, actor, why));
  }

  /**
   * The school abandons the amendment it is editing: the plan goes back to its approved version
   * (rows and document as approved), APPROVED again.
   */
  public void discardAmendment(Actor actor, PlanVersion approved, Instant now) {
    BusinessRule.check(new OnlyAmendmentsInProgressCanBeDiscardedRule(status, isAmending()));
    if (approved.number() != approvedVersion) {
      throw new IllegalArgumentException(
          "Version " + approved.number() + " is not the approved version " + approvedVersion);
    }
    rows.clear();
    rows.addAll(approved.rows());
    document = approved.document();
    acceptedRows.clear();
    move(
        PlanStatus.APPROVED,
        actor,
        now,
        "Hủy điều chỉnh: kế hoạch trở lại bản đã phê duyệt (phiên bản " + approvedVersion + ").");
    newEvents.add(new PlanEvent.PlanAmendmentDiscarded(this, now, actor, List.copyOf(rows)));
  }

  /**
   * The school takes its submitted plan back before a decision (to correct it): the plan becomes
   * WITHDRAWN, editable, and is submitted again as a new version.
   */
  public void withdraw(Actor actor, String comment, Instant now) {
    BusinessRule.check(new OnlySubmittedPlansCanBeWithdrawnRule(status));
    String reason = comment == null || comment.isBlank() ? null : comment.trim();
    move(PlanStatus.WITHDRAWN, actor, now, reason);
    newEvents.add(new PlanEvent.PlanWithdrawn(this, now, actor, reason));
  }

  private void checkNotAccepted(String rowId) {
    rows.stream()
        .filter(r -> r.rowId().equals(rowId))
        .findFirst()
        .ifPresent(
            r ->
                BusinessRule.check(
                    new AcceptedRowsAreNotReopenedRule(acceptedRows, rowId, r.label())));
  }

  /** Rows a reviewer accepted when returning only others: they are not reopened. */
  public Set<String> acceptedRows() {
    return Set.copyOf(acceptedRows);
  }

  /** For the repository: the accepted rows of a stored plan. */
  public void restoreAcceptedRows(java.util.Collection<String> rowIds) {
    acceptedRows.addAll(rowIds);
  }

  private String submitterId() {
    return submitter == null ? author.id() : submitter.id();
  }

  private void move(PlanStatus to, Actor actor, Instant now, String comment) {
    newTransitions.add(new PlanTransition(status, to, actor.id(), actor.name(), now, comment));
    status = to;
    revision++;
  }

  /** Events raised since the plan was loaded, in order; the application publishes them. */
  public List<PlanEvent> newEvents() {
    return List.copyOf(newEvents);
  }

  public List<PlanTransition> newTransitions() {
    return List.copyOf(newTransitions);
  }

  /** Row comments given since the plan was loaded (when it was returned). */
  public List<RowComment> newRowComments() {
    return List.copyOf(newRowComments);
  }

  /** True when the plan was submitted since it was loaded: a new version is to be kept. */
  public boolean submittedSinceLoaded() {
    return newTransitions.stream().anyMatch(PlanTransition::isSubmission);
  }

  /** For the repository: the workflow state of a stored plan. */
  public void restoreWorkflow(
      int latestVersion, Integer approvedVersion, ApprovalChain chain, int approvalsGiven) {
    this.latestVersion = latestVersion;
    this.approvedVersion = approvedVersion;
    this.approvalChain = chain == null ? ApprovalChain.ANY_REVIEWER_IN_SCOPE : chain;
    this.approvalsGiven = approvalsGiven;
  }

  /** The number of submitted versions (the last one's number); 0 before the first submission. */
  public int latestVersion() {
    return latestVersion;
  }

  /** The number of the version in force (the last approved); null if never approved. */
  public Integer approvedVersion() {
    return approvedVersion;
  }

  /**
   * An amendment of an approved plan is in progress: the approved version stays in force until the
   * amendment is approved.
   */
  public boolean isAmending() {
    return approvedVersion != null && status != PlanStatus.APPROVED;
  }

  /** Who decides the current (or last) submission, level by level. */
  public ApprovalChain approvalChain() {
    return approvalChain;
  }

  /** How many levels of the chain approved the current submission. */
  public int approvalsGiven() {
    return approvalsGiven;
  }

  public String id() {
    return id;
  }

  public String tenantId() {
    return tenantId;
  }

  public String schoolId() {
    return schoolId;
  }

  public SchoolYear schoolYear() {
    return schoolYear;
  }

  public Actor author() {
    return author;
  }

  public Actor submitter() {
    return submitter;
  }

  /** The assessment the plan started from; null when the school had none finished. */
  public Baseline baseline() {
    return baseline;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public PlanStatus status() {
    return status;
  }

  /** Grows with every change; consumers use it to ignore stale events. */
  public int revision() {
    return revision;
  }

  /** The revision when loaded: the optimistic-lock check when saving. */
  public int loadedRevision() {
    return loadedRevision;
  }

  public List<PlanRow> rows() {
    return List.copyOf(rows);
  }

  public PlanDocument document() {
    return document;
  }

  /** Null until the plan is first submitted. */
  public DocumentNumber documentNumber() {
    return documentNumber;
  }
}

package vn.eqip.plans.plan.persistence;

import static vn.eqip.plans.shared.jdbc.Sql.bind;
import static vn.eqip.plans.shared.jdbc.Sql.instant;
import static vn.eqip.plans.shared.jdbc.Sql.unchecked;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.eqip.plans.plan.application.Plans;
import vn.eqip.plans.plan.domain.Actor;
import vn.eqip.plans.plan.domain.ApprovalChain;
import vn.eqip.plans.plan.domain.Baseline;
import vn.eqip.plans.plan.domain.DocumentNumber;
import vn.eqip.plans.plan.domain.Plan;
import vn.eqip.plans.plan.domain.PlanAction;
import vn.eqip.plans.plan.domain.PlanDocument;
import vn.eqip.plans.plan.domain.PlanRow;
import vn.eqip.plans.plan.domain.PlanStatus;
import vn.eqip.plans.plan.domain.PlanTransition;
import vn.eqip.plans.plan.domain.PlanVersion;
import vn.eqip.plans.plan.domain.RowComment;
import vn.eqip.plans.plan.domain.text.Budget;
import vn.eqip.plans.plan.domain.text.Timeline;
import vn.eqip.plans.shared.SchoolYear;

/**
 * Plans in MySQL, by hand-written SQL in which every statement names tenant_id (a hand-written
 * query is never filtered for us; TenantIsolationIT checks them). Runs inside the caller's
 * transaction.
 */
@Singleton
public class JdbcPlans implements Plans {

  private final JdbcOperations jdbc;
  private final JsonMapper json;

  public JdbcPlans(JdbcOperations jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  @Override
  public Optional<Plan> find(String tenantId, String planId) {
    return jdbc.prepareStatement(
        "SELECT id, tenant_id, school_id, school_year, status, revision, author_id, author_name,"
            + " submitter_id, submitter_name, created_at, baseline_assessment_id, baseline_school_year,"
            + " baseline_summary, document_json, document_no, document_year, document_abbreviation,"
            + " latest_version, approved_version, approval_chain_json, approvals_given"
            + " FROM plan WHERE tenant_id = ? AND id = ?",
        statement ->
            unchecked(
                () -> {
                  bind(statement, tenantId, planId);
                  try (ResultSet rs = statement.executeQuery()) {
                    if (!rs.next()) {
                      return Optional.<Plan>empty();
                    }
                    String submitterId = rs.getString("submitter_id");
                    Optional<Plan> plan =
                        Optional.of(
                            Plan.restore(
                                rs.getString("id"),
                                rs.getString("tenant_id"),
                                rs.getString("school_id"),
                                SchoolYear.parse(rs.getString("school_year")),
                                new Actor(rs.getString("author_id"), rs.getString("author_name")),
                                instant(rs.getTimestamp("created_at")),
                                baseline(rs),
                                PlanStatus.valueOf(rs.getString("status")),
                                rs.getInt("revision"),
                                submitterId == null
                                    ? null
                                    : new Actor(submitterId, rs.getString("submitter_name")),
                                rows(tenantId, planId),
                                document(rs.getString("document_json")),
                                documentNumber(rs)));
                    plan.get().restoreAcceptedRows(acceptedRows(tenantId, planId));
                    int approved = rs.getInt("approved_version");
                    Integer approvedVersion = rs.wasNull() ? null : approved;
                    plan.get()
                        .restoreWorkflow(
                            rs.getInt("latest_version"),
                            approvedVersion,
                            chain(rs.getString("approval_chain_json")),
                            rs.getInt("approvals_given"));
                    return plan;
                  }
                }));
  }

  @Override
  public boolean existsForSchoolYear(String tenantId, String schoolId, String schoolYear) {
    return jdbc.prepareStatement(
        "SELECT 1 FROM plan WHERE tenant_id = ? AND school_id = ? AND school_year = ?",
        statement ->
            unchecked(
                () -> {
                  bind(statement, tenantId, schoolId, schoolYear);
                  try (ResultSet rs = statement.executeQuery()) {
                    return rs.next();
                  }
                }));
  }

  @Override
  public Optional<Plan> findForSchoolYear(String tenantId, String schoolId, String schoolYear) {
    String id =
        jdbc.prepareStatement(
            "SELECT id FROM plan WHERE tenant_id = ? AND school_id = ? AND school_year = ?",
            statement ->
                unchecked(
                    () -> {
                      bind(statement, tenantId, schoolId, schoolYear);
                      try (ResultSet rs = statement.executeQuery()) {
                        return rs.next() ? rs.getString(1) : null;
                      }
                    }));
    return id == null ? Optional.empty() : find(tenantId, id);
  }

  @Override
  public void add(Plan plan) {
    Instant now = Instant.now();
    execute(
        "INSERT INTO plan (id, tenant_id, school_id, school_year, status, revision, author_id,"
            + " author_name, submitter_id, submitter_name, created_at, updated_at,"
            + " baseline_assessment_id, baseline_school_year, baseline_summary, document_json)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        plan.id(),
        plan.tenantId(),
        plan.schoolId(),
        plan.schoolYear().toString(),
        plan.status().name(),
        plan.revision(),
        plan.author().id(),
        plan.author().name(),
        plan.submitter() == null ? null : plan.submitter().id(),
        plan.submitter() == null ? null : plan.submitter().name(),
        plan.createdAt(),
        now,
        plan.baseline() == null ? null : plan.baseline().assessmentId(),
        plan.baseline() == null ? null : plan.baseline().schoolYear(),
        plan.baseline() == null ? null : plan.baseline().summaryLine(),
        documentJson(plan.document()));
    writeRows(plan);
    writeTransitions(plan);
  }

  @Override
  public void update(Plan plan) {
    int updated =
        execute(
            "UPDATE plan SET status = ?, revision = ?, submitter_id = ?, submitter_name = ?,"
                + " updated_at = ?, document_json = ?, document_no = ?, document_year = ?,"
                + " document_abbreviation = ?, first_submitted_at = COALESCE(first_submitted_at, ?),"
                + " submitted_at = COALESCE(?, submitted_at), decided_at = COALESCE(?, decided_at),"
                + " latest_version = ?, approved_version = ?, approval_chain_json = ?,"
                + " approvals_given = ?"
                + " WHERE tenant_id = ? AND id = ? AND revision = ?",
            plan.status().name(),
            plan.revision(),
            plan.submitter() == null ? null : plan.submitter().id(),
            plan.submitter() == null ? null : plan.submitter().name(),
            Instant.now(),
            documentJson(plan.document()),
            plan.documentNumber() == null ? null : plan.documentNumber().number(),
            plan.documentNumber() == null ? null : plan.documentNumber().year(),
            plan.documentNumber() == null ? null : plan.documentNumber().abbreviation(),
            lastTransitionTo(plan, PlanStatus.SUBMITTED),
            lastTransitionTo(plan, PlanStatus.SUBMITTED),
            lastTransitionTo(plan, PlanStatus.APPROVED, PlanStatus.RETURNED),
            plan.latestVersion(),
            plan.approvedVersion(),
            toJson(ApprovalChainJson.of(plan.approvalChain())),
            plan.approvalsGiven(),
            plan.tenantId(),
            plan.id(),
            plan.loadedRevision());
    if (updated != 1) {
      throw new ConcurrentPlanChange(plan.id());
    }
    execute("DELETE FROM plan_row WHERE tenant_id = ? AND plan_id = ?", plan.tenantId(), plan.id());
    writeRows(plan);
    writeTransitions(plan);
    writeRowComments(plan);
    if (plan.submittedSinceLoaded()) {
      writeVersion(plan);
    }
  }

  /**
   * When the plan last moved to one of these statuses since it was loaded (a level of the approval
   * chain passing it on is not a move); null if it did not.
   */
  private static Instant lastTransitionTo(Plan plan, PlanStatus... statuses) {
    Instant last = null;
    for (PlanTransition t : plan.newTransitions()) {
      for (PlanStatus status : statuses) {
        if (t.to() == status && t.from() != t.to()) {
          last = t.at();
        }
      }
    }
    return last;
  }

  /** A new immutable version: the next number, the snapshot as submitted. */
  private void writeVersion(Plan plan) {
    int next = plan.latestVersion();
    execute(
        "INSERT INTO plan_version (tenant_id, plan_id, version_no, revision, submitted_by,"
            + " submitted_at, snapshot_json) VALUES (?, ?, ?, ?, ?, ?, ?)",
        plan.tenantId(),
        plan.id(),
        next,
        plan.revision(),
        plan.submitter().name(),
        Instant.now(),
        toJson(SnapshotJson.of(plan)));
  }

  private void writeRowComments(Plan plan) {
    for (RowComment c : plan.newRowComments()) {
      execute(
          "INSERT INTO plan_row_comment (tenant_id, plan_id, row_id, comment, actor_id, actor_name,"
              + " at) VALUES (?, ?, ?, ?, ?, ?, ?)",
          plan.tenantId(),
          plan.id(),
          c.rowId(),
          c.comment(),
          c.actorId(),
          c.actorName(),
          c.at());
    }
  }

  @Override
  public List<PlanVersion> versions(String tenantId, String planId) {
    return jdbc.prepareStatement(
        "SELECT version_no, revision, submitted_by, submitted_at, snapshot_json FROM plan_version"
            + " WHERE tenant_id = ? AND plan_id = ? ORDER BY version_no",
        statement ->
            unchecked(
                () -> {
                  bind(statement, tenantId, planId);
                  List<PlanVersion> versions = new ArrayList<>();
                  try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                      SnapshotJson snapshot = fromJson(rs.getString("snapshot_json"));
                      versions.add(
                          new PlanVersion(
                              rs.getInt("version_no"),
                              rs.getInt("revision"),
                              rs.getString("submitted_by"),
                              instant(rs.getTimestamp("submitted_at")),
                              snapshot.documentNumber(),
                              snapshot.document().toDomain(),
                              snapshot.domainRows()));
                    }
                  }
                  return versions;
                }));
  }

  @Override
  public List<RowComment> rowComments(String tenantId, String planId) {
    return jdbc.prepareStatement(
        "SELECT row_id, comment, actor_id, actor_name, at FROM plan_row_comment"
            + " WHERE tenant_id = ? AND plan_id = ? ORDER BY id",
        statement ->
            unchecked(
                () -> {
                  bind(statement, tenantId, planId);
                  List<RowComment> comments = new ArrayList<>();
                  try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                      comments.add(
                          new RowComment(
                              rs.getString("row_id"),
                              rs.getString("comment"),
                              rs.getString("actor_id"),
                              rs.getString("actor_name"),
                              instant(rs.getTimestamp("at"))));
                    }
                  }
                  return comments;
                }));
  }

  private String toJson(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private SnapshotJson fromJson(String stored) {
    try {
      return json.readValue(stored, SnapshotJson.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public List<PlanTransition> history(String tenantId, String planId) {
    return jdbc.prepareStatement(
        "SELECT from_status, to_status, actor_id, actor_name, at, comment FROM plan_transition"
            + " WHERE tenant_id = ? AND plan_id = ? ORDER BY id",
        statement ->
            unchecked(
                () -> {
                  bind(statement, tenantId, planId);
                  List<PlanTransition> history = new ArrayList<>();
                  try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                      String from = rs.getString("from_status");
                      history.add(
                          new PlanTransition(
                              from == null ? null : PlanStatus.valueOf(from),
                              PlanStatus.valueOf(rs.getString("to_status")),
                              rs.getString("actor_id"),
                              rs.getString("actor_name"),
                              instant(rs.getTimestamp("at")),
                              rs.getString("comment")));
                    }
                  }
                  return history;
                }));
  }

  @Override
  public int nextDocumentNumber(String tenantId, String schoolId, int year) {
    execute(
        "INSERT INTO plan_document_sequence (tenant_id, school_id, year, last_no) VALUES (?, ?, ?, 1)"
            + " ON DUPLICATE KEY UPDATE last_no = last_no + 1",
        tenantId,
        schoolId,
        year);
    return jdbc.prepareStatement(
        "SELECT last_no FROM plan_document_sequence WHERE tenant_id = ? AND school_id = ? AND year = ?",
        statement ->
            unchecked(
                () -> {
                  bind(statement, tenantId, schoolId, year);
                  try (ResultSet rs = statement.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                  }
                }));
  }

  private String documentJson(PlanDocument document) {
    try {
      return json.writeValueAsString(DocumentJson.of(document));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ApprovalChain chain(String stored) {
    return ApprovalChainJson.read(json, stored);
  }

  private PlanDocument document(String stored) {
    if (stored == null) {
      return PlanDocument.EMPTY;
    }
    try {
      return json.readValue(stored, DocumentJson.class).toDomain();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static DocumentNumber documentNumber(ResultSet rs) throws java.sql.SQLException {
    int number = rs.getInt("document_no");
    return rs.wasNull()
        ? null
        : new DocumentNumber(
            number, rs.getInt("document_year"), rs.getString("document_abbreviation"));
  }

  private static Baseline baseline(ResultSet rs) throws java.sql.SQLException {
    String id = rs.getString("baseline_assessment_id");
    return id == null
        ? null
        : new Baseline(id, rs.getString("baseline_school_year"), rs.getString("baseline_summary"));
  }

  private List<String> acceptedRows(String tenantId, String planId) {
    return jdbc.prepareStatement(
        "SELECT id FROM plan_row WHERE tenant_id = ? AND plan_id = ? AND accepted = 1",
        statement ->
            unchecked(
                () -> {
                  bind(statement, tenantId, planId);
                  List<String> ids = new ArrayList<>();
                  try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                      ids.add(rs.getString(1));
                    }
                  }
                  return ids;
                }));
  }

  private List<PlanRow> rows(String tenantId, String planId) {
    return jdbc.prepareStatement(
        "SELECT r.id AS row_id, r.tier, r.criterion_code, r.level4_no, r.target, a.id AS action_id,"
            + " a.description, a.lead_name, a.partners, a.timeline_text, a.budget_text"
            + " FROM plan_row r LEFT JOIN plan_action a ON a.row_id = r.id AND a.tenant_id = r.tenant_id"
            + " WHERE r.tenant_id = ? AND r.plan_id = ? ORDER BY r.position, a.position",
        statement ->
            unchecked(
                () -> {
                  bind(statement, tenantId, planId);
                  Map<String, PlanRow> rows = new LinkedHashMap<>();
                  Map<String, List<PlanAction>> actions = new LinkedHashMap<>();
                  try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                      String rowId = rs.getString("row_id");
                      if (!rows.containsKey(rowId)) {
                        int level4 = rs.getInt("level4_no");
                        // read at once: wasNull() answers for the last column read
                        Integer level4No = rs.wasNull() ? null : level4;
                        rows.put(
                            rowId,
                            new PlanRow(
                                rowId,
                                PlanRow.Tier.valueOf(rs.getString("tier")),
                                rs.getString("criterion_code"),
                                level4No,
                                rs.getString("target"),
                                List.of()));
                        actions.put(rowId, new ArrayList<>());
                      }
                      String actionId = rs.getString("action_id");
                      if (actionId != null) {
                        actions
                            .get(rowId)
                            .add(
                                new PlanAction(
                                    actionId,
                                    rs.getString("description"),
                                    rs.getString("lead_name"),
                                    rs.getString("partners"),
                                    rs.getString("timeline_text"),
                                    rs.getString("budget_text")));
                      }
                    }
                  }
                  return rows.values().stream()
                      .map(
                          r ->
                              new PlanRow(
                                  r.rowId(),
                                  r.tier(),
                                  r.criterionCode(),
                                  r.level4No(),
                                  r.target(),
                                  actions.get(r.rowId())))
                      .toList();
                }));
  }

  private void writeRows(Plan plan) {
    int rowPosition = 0;
    for (PlanRow row : plan.rows()) {
      execute(
          "INSERT INTO plan_row (id, tenant_id, plan_id, position, tier, criterion_code, level4_no,"
              + " target, accepted) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
          row.rowId(),
          plan.tenantId(),
          plan.id(),
          rowPosition++,
          row.tier().name(),
          row.criterionCode(),
          row.level4No(),
          row.target(),
          plan.acceptedRows().contains(row.rowId()));
      int actionPosition = 0;
      for (PlanAction action : row.actions()) {
        Budget budget = action.parsedBudget();
        Timeline timeline = action.parsedTimeline();
        execute(
            "INSERT INTO plan_action (id, tenant_id, row_id, position, description, lead_name,"
                + " partners, timeline_text, budget_text, budget_vnd, budget_source,"
                + " budget_reading, timeline_start, timeline_end, timeline_recurring,"
                + " timeline_understood) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            action.actionId(),
            plan.tenantId(),
            row.rowId(),
            actionPosition++,
            action.description(),
            action.lead(),
            action.partners(),
            action.timeline(),
            action.budget(),
            budget.amountVnd(),
            budget.source(),
            budget.reading().name(),
            timeline.start(),
            timeline.end(),
            timeline.recurring(),
            timeline.understood());
      }
    }
  }

  private void writeTransitions(Plan plan) {
    for (PlanTransition t : plan.newTransitions()) {
      execute(
          "INSERT INTO plan_transition (tenant_id, plan_id, from_status, to_status, actor_id,"
              + " actor_name, comment, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
          plan.tenantId(),
          plan.id(),
          t.from() == null ? null : t.from().name(),
          t.to().name(),
          t.actorId(),
          t.actorName(),
          t.comment(),
          t.at());
    }
  }

  private int execute(String sql, Object... values) {
    return jdbc.prepareStatement(
        sql,
        statement ->
            unchecked(
                () -> {
                  bind(statement, values);
                  return statement.executeUpdate();
                }));
  }
}

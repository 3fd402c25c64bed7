package vn.eqip.plans.plan.persistence;

import static vn.eqip.plans.shared.jdbc.Sql.bind;
import static vn.eqip.plans.shared.jdbc.Sql.instant;
import static vn.eqip.plans.shared.jdbc.Sql.unchecked;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.eqip.plans.plan.application.Plans;
import vn.eqip.plans.plan.domain.Actor;
import vn.eqip.plans.plan.domain.Baseline;
import vn.eqip.plans.plan.domain.Plan;
import vn.eqip.plans.plan.domain.PlanAction;
import vn.eqip.plans.plan.domain.PlanRow;
import vn.eqip.plans.plan.domain.PlanStatus;
import vn.eqip.plans.plan.domain.PlanTransition;
import vn.eqip.plans.shared.SchoolYear;

/**
 * Plans in MySQL, by hand-written SQL in which every statement names tenant_id (a hand-written
 * query is never filtered for us; TenantIsolationIT checks them). Runs inside the caller's
 * transaction.
 */
@Singleton
public class JdbcPlans implements Plans {

  private final JdbcOperations jdbc;

  public JdbcPlans(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<Plan> find(String tenantId, String planId) {
    return jdbc.prepareStatement(
        "SELECT id, tenant_id, school_id, school_year, status, revision, author_id, author_name,"
            + " submitter_id, submitter_name, created_at, baseline_assessment_id, baseline_school_year,"
            + " baseline_summary FROM plan WHERE tenant_id = ? AND id = ?",
        statement ->
            unchecked(
                () -> {
                  bind(statement, tenantId, planId);
                  try (ResultSet rs = statement.executeQuery()) {
                    if (!rs.next()) {
                      return Optional.<Plan>empty();
                    }
                    String submitterId = rs.getString("submitter_id");
                    return Optional.of(
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
                            rows(tenantId, planId)));
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
  public void add(Plan plan) {
    Instant now = Instant.now();
    execute(
        "INSERT INTO plan (id, tenant_id, school_id, school_year, status, revision, author_id,"
            + " author_name, submitter_id, submitter_name, created_at, updated_at,"
            + " baseline_assessment_id, baseline_school_year, baseline_summary)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
        plan.baseline() == null ? null : plan.baseline().summaryLine());
    writeRows(plan);
    writeTransitions(plan);
  }

  @Override
  public void update(Plan plan) {
    int updated =
        execute(
            "UPDATE plan SET status = ?, revision = ?, submitter_id = ?, submitter_name = ?,"
                + " updated_at = ? WHERE tenant_id = ? AND id = ? AND revision = ?",
            plan.status().name(),
            plan.revision(),
            plan.submitter() == null ? null : plan.submitter().id(),
            plan.submitter() == null ? null : plan.submitter().name(),
            Instant.now(),
            plan.tenantId(),
            plan.id(),
            plan.loadedRevision());
    if (updated != 1) {
      throw new ConcurrentPlanChange(plan.id());
    }
    execute("DELETE FROM plan_row WHERE tenant_id = ? AND plan_id = ?", plan.tenantId(), plan.id());
    writeRows(plan);
    writeTransitions(plan);
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

  private static Baseline baseline(ResultSet rs) throws java.sql.SQLException {
    String id = rs.getString("baseline_assessment_id");
    return id == null
        ? null
        : new Baseline(id, rs.getString("baseline_school_year"), rs.getString("baseline_summary"));
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
                        rows.put(
                            rowId,
                            new PlanRow(
                                rowId,
                                PlanRow.Tier.valueOf(rs.getString("tier")),
                                rs.getString("criterion_code"),
                                rs.wasNull() ? null : level4,
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
              + " target) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
          row.rowId(),
          plan.tenantId(),
          plan.id(),
          rowPosition++,
          row.tier().name(),
          row.criterionCode(),
          row.level4No(),
          row.target());
      int actionPosition = 0;
      for (PlanAction action : row.actions()) {
        execute(
            "INSERT INTO plan_action (id, tenant_id, row_id, position, description, lead_name,"
                + " partners, timeline_text, budget_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            action.actionId(),
            plan.tenantId(),
            row.rowId(),
            actionPosition++,
            action.description(),
            action.lead(),
            action.partners(),
            action.timeline(),
            action.budget());
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

package vn.eqip.plans.reminders;

import static vn.eqip.plans.shared.jdbc.Sql.bind;
import static vn.eqip.plans.shared.jdbc.Sql.instant;
import static vn.eqip.plans.shared.jdbc.Sql.unchecked;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.eqip.plans.plan.domain.DocumentNumber;
import vn.eqip.plans.plan.persistence.ApprovalChainJson;

/**
 * Reads what the reminders need, every statement scoped by the tenant: the submitted plans, and the
 * active reviewers who decide one of them now.
 */
@Singleton
public class DueReviews {

  private final JdbcOperations jdbc;
  private final JsonMapper json;

  public DueReviews(JdbcOperations jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** The tenants that have plans waiting for a decision. */
  @ReadOnly
  public List<String> tenants() {
    return jdbc.prepareStatement(
        "SELECT DISTINCT tenant_id FROM plan WHERE status = 'SUBMITTED' ORDER BY tenant_id",
        statement ->
            unchecked(
                () -> {
                  List<String> tenants = new ArrayList<>();
                  try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                      tenants.add(rs.getString(1));
                    }
                  }
                  return tenants;
                }));
  }

  /** The tenant's plans waiting for a decision that were submitted before {@code before}. */
  @ReadOnly
  List<DueReview> submittedBefore(String tenantId, Instant before) {
    return jdbc.prepareStatement(
        "SELECT p.id, p.school_id, o.name AS school_name, o.path AS school_path, p.school_year,"
            + " p.document_no, p.document_year, p.document_abbreviation, p.submitted_at,"
            + " p.approval_chain_json, p.approvals_given"
            + " FROM plan p"
            + " LEFT JOIN org_unit_view o ON o.tenant_id = p.tenant_id AND o.id = p.school_id"
            + " WHERE p.tenant_id = ? AND p.status = 'SUBMITTED' AND p.submitted_at < ?"
            + " ORDER BY p.submitted_at, p.id",
        statement ->
            unchecked(
                () -> {
                  bind(statement, tenantId, before);
                  List<DueReview> due = new ArrayList<>();
                  try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                      int number = rs.getInt("document_no");
                      String documentNumber =
                          rs.wasNull()
                              ? null
                              : new DocumentNumber(
                                      number,
                                      rs.getInt("document_year"),
                                      rs.getString("document_abbreviation"))
                                  .symbol();
                      due.add(
                          new DueReview(
                              rs.getString("id"),
                              rs.getString("school_id"),
                              rs.getString("school_name"),
                              rs.getString("school_path"),
                              rs.getString("school_year"),
                              documentNumber,
                              instant(rs.getTimestamp("submitted_at")),
                              ApprovalChainJson.read(json, rs.getString("approval_chain_json")),
                              rs.getInt("approvals_given")));
                    }
                  }
                  return due;
                }));
  }

  /**
   * The active reviewers (with an e-mail) who decide the plan now: those of the level the chain
   * awaits; for the default one-level chain those of the nearest unit above the school that has
   * any. Empty when the school's node is not known yet.
   */
  @ReadOnly
  List<Reviewer> awaitedReviewers(String tenantId, DueReview review) {
    String awaited = review.awaitedUnit();
    if (awaited != null) {
      return reviewersOf(tenantId, List.of(awaited));
    }
    if (!review.chain().steps().isEmpty() || review.schoolPath() == null) {
      return List.of();
    }
    List<String> above = unitsAbove(review.schoolPath(), review.schoolId());
    Map<String, List<Reviewer>> byUnit = new LinkedHashMap<>();
    for (Reviewer reviewer : reviewersOf(tenantId, above)) {
      byUnit.computeIfAbsent(reviewer.orgUnitId(), unit -> new ArrayList<>()).add(reviewer);
    }
    return above.stream()
        .filter(byUnit::containsKey)
        .findFirst()
        .map(byUnit::get)
        .orElse(List.of());
  }

  /** The units above the school in its path '/root/…/school/', nearest first. */
  static List<String> unitsAbove(String schoolPath, String schoolId) {
    List<String> ids =
        new ArrayList<>(Arrays.stream(schoolPath.split("/")).filter(id -> !id.isBlank()).toList());
    ids.remove(schoolId);
    Collections.reverse(ids);
    return ids;
  }

  private List<Reviewer> reviewersOf(String tenantId, List<String> orgUnitIds) {
    if (orgUnitIds.isEmpty()) {
      return List.of();
    }
    String marks = String.join(", ", Collections.nCopies(orgUnitIds.size(), "?"));
    List<Object> params = new ArrayList<>();
    params.add(tenantId);
    params.addAll(orgUnitIds);
    return jdbc.prepareStatement(
        "SELECT id, org_unit_id, full_name, email FROM reviewer_view"
            + " WHERE tenant_id = ? AND active AND role = 'reviewer' AND email IS NOT NULL"
            + (" AND org_unit_id IN (" + marks + ")")
            + " ORDER BY id",
        statement ->
            unchecked(
                () -> {
                  bind(statement, params.toArray());
                  List<Reviewer> reviewers = new ArrayList<>();
                  try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                      reviewers.add(
                          new Reviewer(
                              rs.getString("id"),
                              rs.getString("org_unit_id"),
                              rs.getString("full_name"),
                              rs.getString("email")));
                    }
                  }
                  return reviewers;
                }));
  }
}

package vn.eqip.plans.review.persistence;

import static vn.eqip.plans.shared.jdbc.Sql.bind;
import static vn.eqip.plans.shared.jdbc.Sql.instant;
import static vn.eqip.plans.shared.jdbc.Sql.unchecked;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import vn.eqip.plans.plan.domain.Review;
import vn.eqip.plans.review.application.Reviews;

/** Reviews in plan_review, the review itself as JSON; every statement names the tenant. */
@Singleton
public class JdbcReviews implements Reviews {

  private static final String COLUMNS =
      "plan_id, plan_revision, reviewer_id, reviewer_name, status, review_json, updated_at";

  private final JdbcOperations jdbc;
  private final JsonMapper json;

  public JdbcReviews(JdbcOperations jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  @Override
  public void saveDraft(String tenantId, StoredReview r) {
    jdbc.prepareStatement(
        "INSERT INTO plan_review (tenant_id, "
            + COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE"
            + " review_json = IF(tenant_id = VALUES(tenant_id) AND status = 'DRAFT',"
            + " VALUES(review_json), review_json),"
            + " updated_at = IF(tenant_id = VALUES(tenant_id) AND status = 'DRAFT',"
            + " VALUES(updated_at), updated_at)",
        statement ->
            unchecked(
                () -> {
                  bind(
                      statement,
                      tenantId,
                      r.planId(),
                      r.planRevision(),
                      r.reviewerId(),
                      r.reviewerName(),
                      Status.DRAFT.name(),
                      toJson(r.review()),
                      r.updatedAt());
                  return statement.executeUpdate();
                }));
  }

  @Override
  public Optional<StoredReview> draft(
      String tenantId, String planId, String reviewerId, int planRevision) {
    return one(
        "SELECT "
            + COLUMNS
            + " FROM plan_review WHERE tenant_id = ? AND plan_id = ? AND reviewer_id = ?"
            + " AND plan_revision = ?",
        tenantId,
        planId,
        reviewerId,
        planRevision);
  }

  @Override
  public void markDecided(String tenantId, String planId, String reviewerId, int planRevision) {
    jdbc.prepareStatement(
        "UPDATE plan_review SET status = 'DECIDED' WHERE tenant_id = ? AND plan_id = ?"
            + " AND reviewer_id = ? AND plan_revision = ?",
        statement ->
            unchecked(
                () -> {
                  bind(statement, tenantId, planId, reviewerId, planRevision);
                  return statement.executeUpdate();
                }));
  }

  @Override
  public Optional<StoredReview> latestDecided(String tenantId, String planId) {
    return one(
        "SELECT "
            + COLUMNS
            + " FROM plan_review WHERE tenant_id = ? AND plan_id = ? AND status = 'DECIDED'"
            + " ORDER BY updated_at DESC LIMIT 1",
        tenantId,
        planId);
  }

  private Optional<StoredReview> one(String sql, Object... params) {
    return jdbc.prepareStatement(
        sql,
        statement ->
            unchecked(
                () -> {
                  bind(statement, params);
                  try (ResultSet rs = statement.executeQuery()) {
                    return rs.next() ? Optional.of(read(rs)) : Optional.<StoredReview>empty();
                  }
                }));
  }

  private StoredReview read(ResultSet rs) throws SQLException {
    return new StoredReview(
        rs.getString("plan_id"),
        rs.getInt("plan_revision"),
        rs.getString("reviewer_id"),
        rs.getString("reviewer_name"),
        Status.valueOf(rs.getString("status")),
        fromJson(rs.getString("review_json")),
        instant(rs.getTimestamp("updated_at")));
  }

  private String toJson(Review review) {
    try {
      return json.writeValueAsString(
          new ReviewJson(
              review.comment(),
              review.sections().stream()
                  .map(s -> new SectionJson(s.section().name(), s.verdict().name(), s.comment()))
                  .toList(),
              review.rows().stream()
                  .map(
                      r ->
                          new RowJson(
                              r.rowId(),
                              r.verdict() == null ? null : r.verdict().name(),
                              r.comment()))
                  .toList()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Review fromJson(String stored) {
    try {
      ReviewJson r = json.readValue(stored, ReviewJson.class);
      return new Review(
          r.comment(),
          r.sections() == null
              ? List.of()
              : r.sections().stream()
                  .map(
                      s ->
                          new Review.SectionVerdict(
                              Review.Section.valueOf(s.section()),
                              Review.Verdict.valueOf(s.verdict()),
                              s.comment()))
                  .toList(),
          r.rows() == null
              ? List.of()
              : r.rows().stream()
                  .map(
                      x ->
                          new Review.RowVerdict(
                              x.rowId(),
                              x.verdict() == null ? null : Review.Verdict.valueOf(x.verdict()),
                              x.comment()))
                  .toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Serdeable
  record ReviewJson(
      @Nullable String comment,
      @Nullable List<SectionJson> sections,
      @Nullable List<RowJson> rows) {}

  @Serdeable
  record SectionJson(String section, String verdict, @Nullable String comment) {}

  @Serdeable
  record RowJson(String rowId, @Nullable String verdict, @Nullable String comment) {}
}

package vn.eqip.monitoring.actions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Every method takes the tenant. The hand-written queries name {@code tenant_id} themselves (a
 * hand-written query is never filtered for us); TenantIsolationIT checks each of them.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface TrackedActionRepository extends GenericRepository<TrackedAction, String> {

  Optional<TrackedAction> findByTenantIdAndId(String tenantId, String id);

  /** The actions of a plan whose school lies in the org-tree subtree {@code pathPattern}. */
  @Query(
      "SELECT a.* FROM tracked_action a"
          + " JOIN org_unit_view o ON o.tenant_id = a.tenant_id AND o.id = a.school_id"
          + " WHERE a.tenant_id = :tenantId AND a.plan_id = :planId AND o.path LIKE :pathPattern"
          + " AND a.removed_at IS NULL"
          + " ORDER BY a.sort_order, a.id")
  List<TrackedAction> findByPlanInSubtree(String tenantId, String planId, String pathPattern);

  /** The actions of a school (all years, newest first) if it lies in {@code pathPattern}. */
  @Query(
      "SELECT a.* FROM tracked_action a"
          + " JOIN org_unit_view o ON o.tenant_id = a.tenant_id AND o.id = a.school_id"
          + " WHERE a.tenant_id = :tenantId AND a.school_id = :schoolId AND o.path LIKE :pathPattern"
          + " AND a.removed_at IS NULL"
          + " ORDER BY a.school_year DESC, a.plan_id, a.sort_order, a.id")
  List<TrackedAction> findBySchoolInSubtree(String tenantId, String schoolId, String pathPattern);

  /**
   * The actions a user leads (all years, newest first), of schools in the subtree {@code
   * pathPattern}: a staff member's "my actions".
   */
  @Query(
      "SELECT a.* FROM tracked_action a"
          + " JOIN org_unit_view o ON o.tenant_id = a.tenant_id AND o.id = a.school_id"
          + " WHERE a.tenant_id = :tenantId AND a.lead_user_id = :leadUserId"
          + " AND o.path LIKE :pathPattern AND a.removed_at IS NULL"
          + " ORDER BY a.school_year DESC, a.timeline_end IS NULL, a.timeline_end, a.sort_order, a.id")
  List<TrackedAction> findLedByInSubtree(String tenantId, String leadUserId, String pathPattern);

  /**
   * Refreshes an action's texts from a (re-)approved plan, keeping its progress, and brings it back
   * if an amendment had removed it; a revision older than the stored one changes nothing.
   *
   * @return 1 if the action exists in this tenant and plan and the revision is not stale, else 0
   */
  @Query(
      "UPDATE tracked_action SET row_id = :rowId, criterion_code = :criterionCode,"
          + " description = :description, lead_name = :leadName, timeline_text = :timelineText,"
          + " budget_text = :budgetText, sort_order = :sortOrder, plan_revision = :planRevision,"
          + " removed_at = NULL, updated_at = :updatedAt"
          + " WHERE tenant_id = :tenantId AND id = :id AND plan_id = :planId"
          + " AND plan_revision <= :planRevision")
  int refreshFromPlan(
      String tenantId,
      String id,
      String planId,
      String rowId,
      @Nullable String criterionCode,
      String description,
      @Nullable String leadName,
      @Nullable String timelineText,
      @Nullable String budgetText,
      int sortOrder,
      int planRevision,
      Instant updatedAt);

  /** Inserts a new, not yet started action; an existing id (of any tenant) is left alone. */
  @Query(
      "INSERT INTO tracked_action (id, tenant_id, plan_id, school_id, school_year, row_id,"
          + " criterion_code, description, lead_name, timeline_text, budget_text, status,"
          + " percent_done, plan_revision, sort_order, created_at, updated_at)"
          + " VALUES (:id, :tenantId, :planId, :schoolId, :schoolYear, :rowId, :criterionCode,"
          + " :description, :leadName, :timelineText, :budgetText, 'NOT_STARTED', 0, :planRevision,"
          + " :sortOrder, :createdAt, :createdAt)"
          + " ON DUPLICATE KEY UPDATE id = id")
  void insertIfAbsent(
      String tenantId,
      String id,
      String planId,
      String schoolId,
      String schoolYear,
      String rowId,
      @Nullable String criterionCode,
      String description,
      @Nullable String leadName,
      @Nullable String timelineText,
      @Nullable String budgetText,
      int sortOrder,
      int planRevision,
      Instant createdAt);

  @Query(
      "UPDATE tracked_action SET status = :status, percent_done = :percentDone,"
          + " updated_at = :updatedAt WHERE tenant_id = :tenantId AND id = :id")
  int updateProgress(String tenantId, String id, String status, int percentDone, Instant updatedAt);

  /** Progress with the money spent so far (đồng), as a school reports it. */
  @Query(
      "UPDATE tracked_action SET status = :status, percent_done = :percentDone,"
          + " money_spent = :moneySpent, updated_at = :updatedAt"
          + " WHERE tenant_id = :tenantId AND id = :id AND removed_at IS NULL")
  int updateProgressAndMoney(
      String tenantId,
      String id,
      String status,
      int percentDone,
      long moneySpent,
      Instant updatedAt);

  /** The plan's optional dates, written with the texts of the same plan revision. */
  @Query(
      "UPDATE tracked_action SET timeline_start = :timelineStart, timeline_end = :timelineEnd,"
          + " recurring = :recurring"
          + " WHERE tenant_id = :tenantId AND id = :id AND plan_id = :planId"
          + " AND plan_revision = :planRevision")
  int updateSchedule(
      String tenantId,
      String id,
      String planId,
      @Nullable LocalDate timelineStart,
      @Nullable LocalDate timelineEnd,
      boolean recurring,
      int planRevision);

  /** The user (Keycloak username) who leads the action, and an e-mail for reminders. */
  @Query(
      "UPDATE tracked_action SET lead_user_id = :leadUserId, lead_email = :leadEmail,"
          + " updated_at = :updatedAt WHERE tenant_id = :tenantId AND id = :id"
          + " AND removed_at IS NULL")
  int assignLead(
      String tenantId,
      String id,
      @Nullable String leadUserId,
      @Nullable String leadEmail,
      Instant updatedAt);

  /**
   * Actions not done whose end date lies in [{@code endFrom}, {@code endTo}], of schools in the
   * subtree {@code pathPattern}, earliest end first.
   */
  @Query(
      "SELECT a.* FROM tracked_action a"
          + " JOIN org_unit_view o ON o.tenant_id = a.tenant_id AND o.id = a.school_id"
          + " WHERE a.tenant_id = :tenantId AND o.path LIKE :pathPattern"
          + " AND a.status <> 'DONE' AND a.timeline_end BETWEEN :endFrom AND :endTo"
          + " AND a.removed_at IS NULL"
          + " ORDER BY a.timeline_end, a.school_id, a.sort_order, a.id")
  List<TrackedAction> findOpenEndingBetweenInSubtree(
      String tenantId, String pathPattern, LocalDate endFrom, LocalDate endTo);

  /** Actions not done of the tenant whose end date lies in [{@code endFrom}, {@code endTo}]. */
  @Query(
      "SELECT a.* FROM tracked_action a WHERE a.tenant_id = :tenantId AND a.status <> 'DONE'"
          + " AND a.timeline_end BETWEEN :endFrom AND :endTo AND a.removed_at IS NULL"
          + " ORDER BY a.timeline_end, a.id")
  List<TrackedAction> findOpenEndingBetween(String tenantId, LocalDate endFrom, LocalDate endTo);

  /**
   * The actions of a school for one school year (for the supervision summary), without those an
   * amendment removed.
   */
  List<TrackedAction> findByTenantIdAndSchoolIdAndSchoolYearAndRemovedAtIsNull(
      String tenantId, String schoolId, String schoolYear);

  /** Every action of a plan, removed ones included (for a re-approval). */
  List<TrackedAction> findByTenantIdAndPlanId(String tenantId, String planId);

  /**
   * An amendment approved at {@code planRevision} no longer has the action: it is kept (progress,
   * notes, evidence, result) but no longer listed, reminded or counted.
   *
   * @return 1 if the action was in force in this tenant and plan and the revision is not stale
   */
  @Query(
      "UPDATE tracked_action SET removed_at = :removedAt, plan_revision = :planRevision,"
          + " updated_at = :removedAt"
          + " WHERE tenant_id = :tenantId AND id = :id AND plan_id = :planId"
          + " AND removed_at IS NULL AND plan_revision <= :planRevision")
  int markRemoved(String tenantId, String id, String planId, int planRevision, Instant removedAt);

  /** The year-end result, its explanation, who recorded it and when. */
  @Query(
      "UPDATE tracked_action SET result = :result, result_explanation = :explanation,"
          + " result_by = :resultBy, result_at = :resultAt, updated_at = :resultAt"
          + " WHERE tenant_id = :tenantId AND id = :id AND removed_at IS NULL")
  int recordResult(
      String tenantId,
      String id,
      String result,
      @Nullable String explanation,
      String resultBy,
      Instant resultAt);
}

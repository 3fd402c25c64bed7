package vn.eqip.registry.schools;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

/**
 * Every method takes the tenant. The hand-written queries name {@code tenant_id} themselves (a
 * hand-written query is never filtered for us); TenantIsolationIT checks each of them.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface SchoolRepository extends CrudRepository<School, String> {

  String SEARCH_WHERE =
      " FROM school s JOIN org_unit o ON o.id = s.id AND o.tenant_id = s.tenant_id"
          + " WHERE s.tenant_id = :tenantId AND o.path LIKE :pathPattern"
          + " AND (:q IS NULL OR s.name_folded LIKE :q OR s.code LIKE :q)"
          + " AND (:level IS NULL OR s.level = :level OR FIND_IN_SET(:level, s.included_levels) > 0)"
          + " AND (:type IS NULL OR s.school_type = :type)"
          + " AND (:status IS NULL OR s.status = :status)";

  Optional<School> findByTenantIdAndId(String tenantId, String id);

  Optional<School> findByTenantIdAndCode(String tenantId, String code);

  List<School> findByNameFoldedIsNull();

  @Query(
      "SELECT s.* FROM school s JOIN org_unit o ON o.id = s.id AND o.tenant_id = s.tenant_id"
          + " WHERE s.tenant_id = :tenantId AND o.path LIKE :pathPattern ORDER BY s.name")
  List<School> findInSubtree(String tenantId, String pathPattern);

  /**
   * One page of the schools of a subtree. {@code q} is a LIKE pattern over the folded name or the
   * code; {@code sort} is "code" or anything else for the name.
   */
  @Query(
      "SELECT s.*"
          + SEARCH_WHERE
          + " ORDER BY CASE WHEN :sort = 'code' THEN s.code ELSE s.name END, s.code"
          + " LIMIT :size OFFSET :offset")
  List<School> search(
      String tenantId,
      String pathPattern,
      @Nullable String q,
      @Nullable String level,
      @Nullable String type,
      @Nullable String status,
      String sort,
      int size,
      long offset);

  @Query("SELECT COUNT(*)" + SEARCH_WHERE)
  long countSearch(
      String tenantId,
      String pathPattern,
      @Nullable String q,
      @Nullable String level,
      @Nullable String type,
      @Nullable String status);

  @Query("UPDATE school SET name = :name WHERE tenant_id = :tenantId AND id = :id")
  int rename(String tenantId, String id, String name);

  @Query("UPDATE school SET org_unit_id = :orgUnitId WHERE tenant_id = :tenantId AND id = :id")
  int moveTo(String tenantId, String id, String orgUnitId);
}

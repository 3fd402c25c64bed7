package vn.eqip.registry.orgtree;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Every finder takes the tenant: no query here can cross tenants. The hand-written ones name {@code
 * tenant_id} themselves; TenantIsolationIT checks each of them.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface OrgUnitRepository extends CrudRepository<OrgUnit, String> {

  Optional<OrgUnit> findByTenantIdAndId(String tenantId, String id);

  List<OrgUnit> findByTenantIdAndPathLikeOrderByPath(String tenantId, String pathPattern);

  @Query(
      "SELECT COUNT(*) FROM org_unit WHERE tenant_id = :tenantId AND parent_id = :parentId"
          + " AND status = 'ACTIVE'")
  long countActiveChildren(String tenantId, String parentId);

  @Query("UPDATE org_unit SET name = :name WHERE tenant_id = :tenantId AND id = :id")
  int rename(String tenantId, String id, String name);

  @Query(
      "UPDATE org_unit SET status = 'CLOSED', closed_on = :on"
          + " WHERE tenant_id = :tenantId AND id = :id")
  int close(String tenantId, String id, LocalDate on);

  @Query("UPDATE org_unit SET parent_id = :parentId WHERE tenant_id = :tenantId AND id = :id")
  int reparent(String tenantId, String id, @Nullable String parentId);

  /**
   * Rewrites the paths of a whole subtree: every path starting with {@code oldPath} gets {@code
   * newPath} instead of that prefix.
   */
  @Query(
      "UPDATE org_unit SET path = CONCAT(:newPath, SUBSTRING(path, CHAR_LENGTH(:oldPath) + 1))"
          + " WHERE tenant_id = :tenantId AND path LIKE :oldPattern")
  int rewritePaths(String tenantId, String oldPattern, String oldPath, String newPath);
}

package vn.eqip.registry.users;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

/**
 * Every finder but the realm-wide uniqueness checks takes the tenant; TenantIsolationIT calls the
 * hand-written ones with the wrong tenant.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface UserAccountRepository extends CrudRepository<UserAccount, String> {

  Optional<UserAccount> findByTenantIdAndId(String tenantId, String id);

  /** Realm-wide, like Keycloak's own check: a username belongs to one account in any tenant. */
  boolean existsByUsername(String username);

  /** Realm-wide, like Keycloak's own check. */
  boolean existsByEmail(String email);

  @Query(
      "SELECT u.* FROM app_user u JOIN org_unit o ON o.tenant_id = u.tenant_id AND o.id ="
          + " u.org_unit_id WHERE u.tenant_id = :tenantId AND o.path LIKE :pathPattern"
          + " AND (:role IS NULL OR u.role = :role) AND (:active IS NULL OR u.active = :active)"
          + " ORDER BY u.username LIMIT :size OFFSET :offset")
  List<UserAccount> search(
      String tenantId,
      String pathPattern,
      @Nullable String role,
      @Nullable Boolean active,
      int size,
      long offset);

  @Query(
      "SELECT COUNT(*) FROM app_user u JOIN org_unit o ON o.tenant_id = u.tenant_id AND o.id ="
          + " u.org_unit_id WHERE u.tenant_id = :tenantId AND o.path LIKE :pathPattern"
          + " AND (:role IS NULL OR u.role = :role) AND (:active IS NULL OR u.active = :active)")
  long countSearch(
      String tenantId, String pathPattern, @Nullable String role, @Nullable Boolean active);

  @Query(
      "UPDATE app_user SET active = :active, updated_at = CURRENT_TIMESTAMP(6)"
          + " WHERE tenant_id = :tenantId AND id = :id")
  int setActive(String tenantId, String id, boolean active);

  @Query(
      "UPDATE app_user SET org_unit_id = :orgUnitId, role = :role,"
          + " updated_at = CURRENT_TIMESTAMP(6) WHERE tenant_id = :tenantId AND id = :id")
  int reassign(String tenantId, String id, String orgUnitId, String role);
}

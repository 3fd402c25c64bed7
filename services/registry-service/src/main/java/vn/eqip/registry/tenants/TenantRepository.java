package vn.eqip.registry.tenants;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The tenants themselves: platform-wide by nature (only platform-admin APIs list them). */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface TenantRepository extends CrudRepository<Tenant, String> {

  List<Tenant> findAllOrderById();

  @Query("SELECT id FROM tenant WHERE status = 'SUSPENDED'")
  List<String> findSuspendedIds();

  @Query(
      "SELECT id FROM org_unit WHERE tenant_id = :tenantId AND parent_id IS NULL"
          + " ORDER BY path LIMIT 1")
  Optional<String> findRootOf(String tenantId);

  @Query("UPDATE tenant SET keycloak_group_id = :groupId WHERE id = :id")
  int setGroup(String id, String groupId);

  @Query("UPDATE tenant SET status = :status, suspended_at = :at WHERE id = :id")
  int setStatus(String id, String status, @Nullable Instant at);
}

package vn.eqip.registry.schools;

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

  Optional<School> findByTenantIdAndId(String tenantId, String id);

  Optional<School> findByTenantIdAndCode(String tenantId, String code);

  @Query(
      "SELECT s.* FROM school s JOIN org_unit o ON o.id = s.id AND o.tenant_id = s.tenant_id"
          + " WHERE s.tenant_id = :tenantId AND o.path LIKE :pathPattern ORDER BY s.name")
  List<School> findInSubtree(String tenantId, String pathPattern);

  @Query("UPDATE school SET name = :name WHERE tenant_id = :tenantId AND id = :id")
  int rename(String tenantId, String id, String name);
}

package vn.eqip.registry.imports;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Optional;

/** Every method takes the tenant; TenantIsolationIT checks the hand-written one. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface SchoolImportRepository extends CrudRepository<SchoolImport, String> {

  Optional<SchoolImport> findByTenantIdAndId(String tenantId, String id);

  @Query(
      "UPDATE school_import SET status = 'COMMITTED', committed_at = :at"
          + " WHERE tenant_id = :tenantId AND id = :id AND status = 'PREVIEW'")
  int markCommitted(String tenantId, String id, Instant at);
}

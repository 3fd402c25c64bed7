package vn.eqip.registry.orgtree;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.LocalDate;
import java.util.List;

/** Every method takes the tenant; TenantIsolationIT checks the hand-written ones. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface OrgUnitMembershipRepository extends CrudRepository<OrgUnitMembership, Long> {

  @Query(
      "SELECT * FROM org_unit_membership WHERE tenant_id = :tenantId AND node_id = :nodeId"
          + " ORDER BY valid_from, id")
  List<OrgUnitMembership> findHistory(String tenantId, String nodeId);

  @Query(
      "UPDATE org_unit_membership SET valid_to = :on"
          + " WHERE tenant_id = :tenantId AND node_id = :nodeId AND valid_to IS NULL")
  int end(String tenantId, String nodeId, LocalDate on);
}

package vn.eqip.registry.orgtree;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

/** Every finder takes the tenant: no query here can cross tenants. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface OrgUnitRepository extends CrudRepository<OrgUnit, String> {

  Optional<OrgUnit> findByTenantIdAndId(String tenantId, String id);

  List<OrgUnit> findByTenantIdAndPathLikeOrderByPath(String tenantId, String pathPattern);
}

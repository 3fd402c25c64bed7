package vn.eqip.monitoring.evidence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

/** Every method takes the tenant. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface EvidenceFileRepository extends GenericRepository<EvidenceFile, String> {

  EvidenceFile save(EvidenceFile file);

  Optional<EvidenceFile> findByTenantIdAndId(String tenantId, String id);

  List<EvidenceFile> findByTenantIdAndActionIdOrderByUploadedAt(String tenantId, String actionId);
}

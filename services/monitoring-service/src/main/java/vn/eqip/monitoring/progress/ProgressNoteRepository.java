package vn.eqip.monitoring.progress;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/** Notes are only ever added, and read by tenant. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface ProgressNoteRepository extends GenericRepository<ProgressNote, String> {

  ProgressNote save(ProgressNote note);

  List<ProgressNote> findByTenantIdAndActionIdOrderByCreatedAt(String tenantId, String actionId);
}

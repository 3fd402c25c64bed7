package vn.eqip.monitoring.progress;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/** Notes are only ever added, and read by tenant. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface ProgressNoteRepository extends GenericRepository<ProgressNote, String> {

  ProgressNote save(ProgressNote note);

  List<ProgressNote> findByTenantIdAndActionIdOrderByCreatedAt(String tenantId, String actionId);

  /** The notes of an action in the order they were written. */
  @Query(
      "SELECT id, tenant_id, action_id, note, status, percent_done, author, created_at,"
          + " money_spent FROM progress_note WHERE tenant_id = :tenantId AND action_id = :actionId"
          + " ORDER BY created_at, seq")
  List<ProgressNote> history(String tenantId, String actionId);
}

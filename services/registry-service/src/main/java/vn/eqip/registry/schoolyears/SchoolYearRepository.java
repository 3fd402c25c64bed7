package vn.eqip.registry.schoolyears;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;

/** Every method takes the tenant; TenantIsolationIT checks the hand-written ones. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface SchoolYearRepository
    extends CrudRepository<OpenedSchoolYear, OpenedSchoolYear.Key> {

  @Query("SELECT * FROM school_year WHERE tenant_id = :tenantId ORDER BY school_year DESC")
  List<OpenedSchoolYear> findAllOf(String tenantId);

  @Query(
      "UPDATE school_year SET status = 'CLOSED', closed_at = :at"
          + " WHERE tenant_id = :tenantId AND school_year = :schoolYear AND status = 'OPEN'")
  int close(String tenantId, String schoolYear, Instant at);
}

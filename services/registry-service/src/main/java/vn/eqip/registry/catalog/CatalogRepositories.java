package vn.eqip.registry.catalog;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

/** Catalog tables: reference data, the same for every tenant. */
final class CatalogRepositories {
  private CatalogRepositories() {}

  @JdbcRepository(dialect = Dialect.MYSQL)
  interface FrameworkRepository extends CrudRepository<Framework, String> {
    List<Framework> findBySchoolLevelOrderByEffectiveFromDesc(String schoolLevel);

    /** Fills the precondition of a version loaded before it was recorded; never rewrites it. */
    @Query(
        "UPDATE framework SET accreditation_precondition = :precondition,"
            + " accreditation_precondition_text = :text"
            + " WHERE id = :id AND accreditation_precondition_text IS NULL")
    int fillPrecondition(String id, String precondition, String text);
  }

  @JdbcRepository(dialect = Dialect.MYSQL)
  interface CriterionRepository extends CrudRepository<Criterion, Criterion.Key> {
    List<Criterion> findByKeyFrameworkIdOrderBySortOrder(String frameworkId);

    /** Criteria of a version that carry indicator counts (0: loaded before they were recorded). */
    @Query(
        "SELECT COUNT(*) FROM criterion WHERE framework_id = :frameworkId"
            + " AND indicators_level1 <> 0")
    long countWithIndicators(String frameworkId);

    /** Fills the indicator counts of a criterion that has none; never rewrites them. */
    @Query(
        "UPDATE criterion SET indicators_level1 = :level1, indicators_level2 = :level2,"
            + " indicators_level3 = :level3"
            + " WHERE framework_id = :frameworkId AND code = :code AND indicators_level1 = 0")
    int fillIndicators(String frameworkId, String code, int level1, int level2, int level3);
  }

  @JdbcRepository(dialect = Dialect.MYSQL)
  interface Level4Repository extends CrudRepository<Level4Requirement, Level4Requirement.Key> {
    List<Level4Requirement> findByKeyFrameworkIdOrderByKeyNo(String frameworkId);
  }
}

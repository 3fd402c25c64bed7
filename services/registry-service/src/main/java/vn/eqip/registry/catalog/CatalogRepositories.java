package vn.eqip.registry.catalog;

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
  }

  @JdbcRepository(dialect = Dialect.MYSQL)
  interface CriterionRepository extends CrudRepository<Criterion, Criterion.Key> {
    List<Criterion> findByKeyFrameworkIdOrderBySortOrder(String frameworkId);
  }

  @JdbcRepository(dialect = Dialect.MYSQL)
  interface Level4Repository extends CrudRepository<Level4Requirement, Level4Requirement.Key> {
    List<Level4Requirement> findByKeyFrameworkIdOrderByKeyNo(String frameworkId);
  }
}

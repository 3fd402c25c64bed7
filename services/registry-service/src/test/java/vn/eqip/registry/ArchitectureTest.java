package vn.eqip.registry;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** registry-service is CRUD-shaped (docs/adr/0006-package-layout.md); features stay apart. */
class ArchitectureTest {

  static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("vn.eqip.registry");

  @Test
  void the_catalog_knows_nothing_of_tenants_schools_or_the_org_tree() {
    noClasses()
        .that()
        .resideInAPackage("vn.eqip.registry.catalog..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "vn.eqip.registry.schools..",
            "vn.eqip.registry.orgtree..",
            "vn.eqip.registry.tenants..")
        .check(CLASSES);
  }

  @Test
  void nothing_reads_the_database_outside_repositories_and_the_catalog_loader() {
    noClasses()
        .that()
        .resideInAPackage("vn.eqip.registry..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("java.sql..")
        .check(CLASSES);
  }
}

package vn.eqip.plans;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The rings of plans-service (docs/adr/0006-package-layout.md), checked on every build. */
class ArchitectureTest {

  static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("vn.eqip.plans");

  @Test
  void the_domain_is_free_of_framework_sql_and_other_rings() {
    noClasses()
        .that()
        .resideInAPackage("..domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.micronaut..",
            "jakarta..",
            "java.sql..",
            "vn.eqip.platform..",
            "vn.eqip.plans..persistence..",
            "vn.eqip.plans..web..",
            "vn.eqip.plans..application..",
            "vn.eqip.plans.integration..")
        .check(CLASSES);
  }

  @Test
  void web_never_touches_persistence() {
    noClasses()
        .that()
        .resideInAPackage("vn.eqip.plans..web..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("vn.eqip.plans..persistence..")
        .check(CLASSES);
  }

  @Test
  void application_does_not_depend_on_web_or_persistence() {
    noClasses()
        .that()
        .resideInAPackage("..application..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("vn.eqip.plans..web..", "vn.eqip.plans..persistence..")
        .check(CLASSES);
  }
}

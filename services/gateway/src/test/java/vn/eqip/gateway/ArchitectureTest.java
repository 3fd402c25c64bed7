package vn.eqip.gateway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The gateway routes and checks; it holds no data and no business rules. */
class ArchitectureTest {

  final JavaClasses gateway =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("vn.eqip.gateway");

  @Test
  void the_gateway_has_no_database_and_no_messaging() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "java.sql..",
            "javax.sql..",
            "io.micronaut.data..",
            "vn.eqip.platform.outbox..",
            "vn.eqip.platform.orgscope..",
            "com.rabbitmq..")
        .check(gateway);
  }
}

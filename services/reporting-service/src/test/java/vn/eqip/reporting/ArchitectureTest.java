package vn.eqip.reporting;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

  private final JavaClasses classes =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("vn.eqip.reporting");

  @Test
  void read_models_are_fed_only_by_events_not_by_calls_to_other_services() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.micronaut.http.client..",
            "vn.eqip.registry..",
            "vn.eqip.plans..",
            "vn.eqip.monitoring..")
        .check(classes);
  }

  @Test
  void the_event_intake_does_not_depend_on_the_rollup() {
    noClasses()
        .that()
        .resideInAPackage("..reporting.readmodel..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("..reporting.rollup..")
        .check(classes);
  }

  @Test
  void the_controller_only_talks_to_the_application_service() {
    noClasses()
        .that()
        .haveSimpleNameEndingWith("Controller")
        .should()
        .dependOnClassesThat()
        .haveSimpleNameEndingWith("Query")
        .orShould()
        .dependOnClassesThat()
        .resideInAPackage("..reporting.readmodel..")
        .check(classes);
  }
}

package vn.eqip.monitoring;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

  private final JavaClasses classes =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("vn.eqip.monitoring");

  @Test
  void controllers_do_not_touch_repositories() {
    noClasses()
        .that()
        .haveSimpleNameEndingWith("Controller")
        .should()
        .dependOnClassesThat()
        .haveSimpleNameEndingWith("Repository")
        .check(classes);
  }

  @Test
  void the_service_reads_other_services_only_through_events() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("vn.eqip.registry..", "vn.eqip.plans..", "vn.eqip.reporting..")
        .check(classes);
  }

  @Test
  void the_actions_feature_does_not_depend_on_progress_reporting() {
    noClasses()
        .that()
        .resideInAPackage("..monitoring.actions..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("..monitoring.progress..")
        .check(classes);
  }

  @Test
  void the_actions_feature_does_not_depend_on_results_or_supervision() {
    noClasses()
        .that()
        .resideInAPackage("..monitoring.actions..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("..monitoring.results..", "..monitoring.supervision..")
        .check(classes);
  }
}

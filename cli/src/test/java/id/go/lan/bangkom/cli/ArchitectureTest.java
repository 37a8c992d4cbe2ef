package id.go.lan.bangkom.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The module boundaries of docs/architecture (README): flow order, no cycles. */
class ArchitectureTest {
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("id.go.lan.bangkom");

  @Test
  void reportsNeverImportSpark() {
    noClasses()
        .that()
        .resideInAPackage("id.go.lan.bangkom.reports..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.apache.spark..")
        .check(CLASSES);
  }

  @Test
  void nothingButTheCommandLineDependsOnSchedules() {
    noClasses()
        .that()
        .resideOutsideOfPackages("id.go.lan.bangkom.schedules..", "id.go.lan.bangkom.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("id.go.lan.bangkom.schedules..")
        .check(CLASSES);
  }

  @Test
  void modulesFollowTheFlowOrder() {
    noClasses()
        .that()
        .resideInAPackage("id.go.lan.bangkom.core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "id.go.lan.bangkom.ingestion..",
            "id.go.lan.bangkom.transforms..",
            "id.go.lan.bangkom.reports..",
            "id.go.lan.bangkom.cli..")
        .check(CLASSES);
    noClasses()
        .that()
        .resideInAPackage("id.go.lan.bangkom.ingestion..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "id.go.lan.bangkom.transforms..",
            "id.go.lan.bangkom.reports..",
            "id.go.lan.bangkom.cli..")
        .check(CLASSES);
    noClasses()
        .that()
        .resideInAPackage("id.go.lan.bangkom.transforms..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("id.go.lan.bangkom.reports..", "id.go.lan.bangkom.cli..")
        .check(CLASSES);
  }

  @Test
  void noCyclesBetweenModules() {
    slices().matching("id.go.lan.bangkom.(*)..").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void noCyclesBetweenPackages() {
    slices().matching("id.go.lan.bangkom.(**)").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void onlyTheSessionFactoryBuildsASparkSession() {
    noClasses()
        .that()
        .doNotHaveFullyQualifiedName("id.go.lan.bangkom.transforms.SparkSessions")
        .should()
        .callMethod(org.apache.spark.sql.SparkSession.class, "builder")
        .check(CLASSES);
  }
}

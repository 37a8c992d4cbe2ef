package id.go.lan.bangkom.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
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
  void theWarehouseNeverImportsSparkNorTheTransforms() {
    noClasses()
        .that()
        .resideInAPackage("id.go.lan.bangkom.warehouse..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.spark..", "scala..", "id.go.lan.bangkom.transforms..")
        .check(CLASSES);
  }

  /**
   * The main sources, other than {@code contract}, that name the file {@code fileName} in a string
   * literal. A constant is inlined by the compiler, so this reads the sources, not the classes.
   */
  private static List<String> sourcesNaming(String fileName, String contract) throws IOException {
    Path root = Path.of("..").toAbsolutePath().normalize();
    List<String> naming = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.toList()) {
        String path = root.relativize(f).toString().replace('\\', '/');
        if (path.contains("/src/main/java/")
            && path.endsWith(".java")
            && !path.endsWith(contract)
            && Files.readString(f, StandardCharsets.UTF_8).contains(fileName + "\"")) {
          naming.add(path);
        }
      }
    }
    return naming;
  }

  /**
   * The delivery log's file and fields are named by its contract only ({@code LogPengiriman} in
   * core, used by schedules' DeliveryLog to write and the warehouse to read). A constant is inlined
   * by the compiler, so this reads the main sources rather than the classes.
   */
  @Test
  void onlyTheContractNamesTheDeliveryLogFile() throws IOException {
    assertThat(sourcesNaming("pengiriman.jsonl", "core/kontrak/LogPengiriman.java")).isEmpty();
  }

  /** The same for the follow-up log: {@code LogTindakLanjut} in core names it. */
  @Test
  void onlyTheContractNamesTheFollowUpLogFile() throws IOException {
    assertThat(sourcesNaming("tindak_lanjut.jsonl", "core/kontrak/LogTindakLanjut.java")).isEmpty();
  }

  /** The same for the portal's audit log: {@code AuditPortal} in core names it. */
  @Test
  void onlyTheContractNamesThePortalAuditLogFile() throws IOException {
    assertThat(sourcesNaming("audit_portal.jsonl", "core/kontrak/AuditPortal.java")).isEmpty();
  }

  /**
   * The portal never loads Spark (issue 17): it reads the warehouse and hands submissions to the
   * ingestion module; the transforms stay the batch's.
   */
  @Test
  void thePortalNeverReachesSparkOrTheTransforms() {
    noClasses()
        .that()
        .resideInAPackage("id.go.lan.bangkom.portal..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("id.go.lan.bangkom.transforms..", "org.apache.spark..", "scala..")
        .check(CLASSES);
  }

  /** The portal uses the delivery's SMTP settings and connection for its invitations. */
  @Test
  void nothingButTheCommandLineAndThePortalDependOnSchedules() {
    noClasses()
        .that()
        .resideOutsideOfPackages(
            "id.go.lan.bangkom.schedules..",
            "id.go.lan.bangkom.cli..",
            "id.go.lan.bangkom.portal..")
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
            "id.go.lan.bangkom.warehouse..",
            "id.go.lan.bangkom.tindaklanjut..",
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
            "id.go.lan.bangkom.warehouse..",
            "id.go.lan.bangkom.reports..",
            "id.go.lan.bangkom.cli..")
        .check(CLASSES);
    noClasses()
        .that()
        .resideInAPackage("id.go.lan.bangkom.transforms..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "id.go.lan.bangkom.warehouse..",
            "id.go.lan.bangkom.reports..",
            "id.go.lan.bangkom.cli..")
        .check(CLASSES);
    noClasses()
        .that()
        .resideInAPackage("id.go.lan.bangkom.warehouse..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "id.go.lan.bangkom.tindaklanjut..",
            "id.go.lan.bangkom.reports..",
            "id.go.lan.bangkom.cli..")
        .check(CLASSES);
    // Recording follow-ups needs neither Spark nor the pipeline's modules: the log's format is
    // core's (LogTindakLanjut), the warehouse reads it from there.
    noClasses()
        .that()
        .resideInAPackage("id.go.lan.bangkom.tindaklanjut..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.apache.spark..", "id.go.lan.bangkom.transforms..", "id.go.lan.bangkom.cli..")
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

package id.go.lan.bangkom.schedules.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import id.go.lan.bangkom.core.BerkasPribadi;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19, points 4 and 7b, through the delivery's dry run: the outbox with messages that carry
 * names and NIPs is private, and the broadcast texts an operator opens in a spreadsheet hold no
 * live formula.
 */
class OutboxPrivacyTest {
  @TempDir Path root;

  @Test
  void theOutboxIs700AndItsMessagesAndBroadcastTextsAre600() throws Exception {
    assumeThat(BerkasPribadi.posix(root)).as("POSIX file system").isTrue();
    DeliveryFixture f = new DeliveryFixture(root, DeliveryFixture.STANDARD, Map.of());
    Path outbox = SoundingDelivery.outbox(f.workspace, DeliveryFixture.PERIODE);
    // An outbox of an earlier version: folder 755 and a readable old message.
    Files.createDirectories(outbox);
    Files.setPosixFilePermissions(outbox, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path old = outbox.resolve("surel-11-2026-CW1.eml");
    Files.writeString(old, "lama", StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(old, PosixFilePermissions.fromString("rw-r--r--"));

    f.delivery().dryRun(DeliveryFixture.PERIODE);

    assertThat(perms(outbox)).isEqualTo("rwx------");
    // STANDARD: 11 MERAH, 12 KUNING, 13 DATA get a message; 14 HIJAU none.
    try (var files = Files.list(outbox)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder(
              "surel-11-2026-CW1.eml",
              "surel-12-2026-CW1.eml",
              "surel-13-2026-CW1.eml",
              "siaran.csv");
    }
    for (String name : List.of("surel-11-2026-CW1.eml", "surel-12-2026-CW1.eml", "siaran.csv")) {
      assertThat(perms(outbox.resolve(name))).as(name).isEqualTo("rw-------");
    }
    assertThat(Files.readString(old, StandardCharsets.UTF_8)).isNotEqualTo("lama");
  }

  @Test
  void aPicNameThatLooksLikeAFormulaIsTextInTheBroadcastCsv() throws Exception {
    DeliveryFixture f = new DeliveryFixture(root, DeliveryFixture.STANDARD, Map.of());
    // The fixture's master names the PIC of 12 "Pak PIC 12": make it a formula, then reload.
    Path masterCsv = root.resolve("instansi.csv");
    String master = Files.readString(masterCsv, StandardCharsets.UTF_8);
    Files.writeString(
        masterCsv, master.replace(",Pak PIC 12,", ",@SUM(1),"), StandardCharsets.UTF_8);
    SoundingDelivery delivery =
        new SoundingDelivery(
            f.config,
            id.go.lan.bangkom.core.InstansiMaster.load(java.util.Optional.of(masterCsv)),
            f.workspace);

    delivery.dryRun(DeliveryFixture.PERIODE);

    List<String> siaran =
        Files.readAllLines(
            SoundingDelivery.outbox(f.workspace, DeliveryFixture.PERIODE).resolve("siaran.csv"),
            StandardCharsets.UTF_8);
    // Row 12 (second data row): the PIC field is '@SUM(1) quoted; the others are unchanged.
    assertThat(siaran.get(2))
        .startsWith("12,Provinsi Uji 12,KUNING,\"'@SUM(1)\",pic12@instansi.example,")
        .contains("Yth. @SUM(1) (Provinsi Uji 12)");
    assertThat(siaran.get(1)).startsWith("11,Provinsi Uji 11,MERAH,Pak PIC 11,");
  }

  private static String perms(Path p) throws Exception {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
  }
}

package id.go.lan.bangkom.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.lan.bangkom.core.Workspace;
import id.go.lan.bangkom.core.kontrak.AuditPortal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code audit_portal} table from a hand-written audit log of three events: by the loader alone
 * (no lake, no Spark), and through a real publish of the sample workspace.
 */
class AuditPortalLoaderTest {
  /**
   * Three events as the portal exports them. The instants are UTC; in WIB (UTC+7) they are
   * 2026-06-15 10:00:00, 2026-06-16 00:30:15.25 (the next day) and 2027-01-01 03:00:00 (the next
   * year).
   */
  private static final String LOG =
      "{\"id\":1,\"waktu\":\"2026-06-15T03:00:00Z\",\"akun\":\"pic@instansi.example\","
          + "\"peran\":\"PIC\",\"kode_instansi\":\"32.04\",\"aksi\":\"UNGGAH\","
          + "\"objek\":\"pegawai.csv\",\"hasil\":\"OK\",\"alamat_ip\":\"10.0.0.5\"}\n"
          + "{\"id\":2,\"waktu\":\"2026-06-15T17:30:15.250Z\",\"akun\":\"\",\"peran\":\"\","
          + "\"kode_instansi\":\"\",\"aksi\":\"MASUK_GAGAL\",\"objek\":\"\","
          + "\"hasil\":\"DITOLAK\",\"alamat_ip\":\"2001:db8::7\"}\n"
          + "{\"id\":3,\"waktu\":\"2026-12-31T20:00:00Z\",\"akun\":\"analis@lan.example\","
          + "\"peran\":\"ANALIS\",\"kode_instansi\":\"33\",\"aksi\":\"UNDUH\","
          + "\"objek\":\"surat-sounding-33-2026-CW3.pdf\",\"hasil\":\"OK\","
          + "\"alamat_ip\":\"10.0.0.6\"}\n";

  private static final List<String> ROWS =
      List.of(
          "1|2026-06-15 10:00:00|pic@instansi.example|PIC|32.04|UNGGAH|pegawai.csv|OK|10.0.0.5",
          "2|2026-06-16 00:30:15.25||||MASUK_GAGAL||DITOLAK|2001:db8::7",
          "3|2027-01-01 03:00:00|analis@lan.example|ANALIS|33|UNDUH"
              + "|surat-sounding-33-2026-CW3.pdf|OK|10.0.0.6");

  @TempDir Path dir;

  private static Connection warehouse() throws Exception {
    return WarehouseFixture.denganTabel("audit_portal");
  }

  private static List<String> rows(Connection c) throws Exception {
    return WarehouseFixture.baris(
        c,
        "SELECT id, CAST(waktu AS VARCHAR), akun, peran, kode_instansi, aksi, objek,"
            + " hasil, alamat_ip FROM audit_portal ORDER BY id");
  }

  private static Workspace withLog(Workspace ws, String log) throws Exception {
    Path file = AuditPortal.berkas(ws);
    Files.createDirectories(file.getParent());
    Files.writeString(file, log, StandardCharsets.UTF_8);
    return ws;
  }

  @Test
  void emptyWhenThePortalExportedNothing() throws Exception {
    try (Connection c = warehouse()) {
      AuditPortalLoader.load(c, new Workspace(dir));
      assertThat(rows(c)).isEmpty();
    }
  }

  @Test
  void oneRowPerEventWithTheTimeInWib() throws Exception {
    Workspace ws = withLog(new Workspace(dir), LOG);
    try (Connection c = warehouse()) {
      AuditPortalLoader.load(c, ws);
      assertThat(rows(c)).containsExactlyElementsOf(ROWS);
    }
  }

  @Test
  void aRepeatedIdIsOneRowAndATornLastLineIsSkipped() throws Exception {
    String first = LOG.lines().findFirst().orElseThrow();
    Workspace ws =
        withLog(
            new Workspace(dir),
            LOG
                + first.replace("\"UNGGAH\"", "\"UNDUH\"")
                + "\n"
                + "{\"id\":4,\"waktu\":\"2026-12-31T21:00:00Z\",\"akun\":\"pic@in");
    try (Connection c = warehouse()) {
      AuditPortalLoader.load(c, ws);
      assertThat(rows(c)).containsExactlyElementsOf(ROWS);
    }
  }

  @Test
  void publishLoadsTheLogIntoTheWarehouse() throws Exception {
    Workspace ws = withLog(WarehouseFixture.copy(dir.resolve("ws")), LOG);
    new WarehousePublisher(WarehouseFixture.config(), WarehouseFixture.master(), ws).publish();
    try (Connection c = WarehouseFixture.readOnly(ws.warehouse())) {
      assertThat(rows(c)).containsExactlyElementsOf(ROWS);
    }
  }
}

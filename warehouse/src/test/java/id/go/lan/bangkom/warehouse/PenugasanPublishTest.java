package id.go.lan.bangkom.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.lan.bangkom.core.Workspace;
import id.go.lan.bangkom.core.kontrak.BerkasPenugasan;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dim_penugasan} published from the stored assignment versions of a workspace that holds
 * nothing else (no lake, no Spark): the table is independent of the pipeline's figures.
 */
class PenugasanPublishTest {
  @TempDir Path dir;

  private static BerkasPenugasan.Keterangan keterangan(String mulai, String sha) {
    return new BerkasPenugasan.Keterangan(
        LocalDate.parse(mulai), OffsetDateTime.parse("2026-01-10T08:00:00+07:00"), "p.csv", sha);
  }

  private static BerkasPenugasan.Baris baris(String kode, String analis) {
    return new BerkasPenugasan.Baris(
        kode, "LAN-SUM", "Puslatbang Wilayah Sumatra", analis, analis + "@lan.example");
  }

  private static List<String> rows(Workspace ws) throws Exception {
    List<String> out = new ArrayList<>();
    try (Connection c = WarehouseFixture.readOnly(ws.warehouse());
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT versi, kode_instansi, kode_satker, nama_analis, email_analis,"
                    + " berlaku_mulai, berlaku_sampai FROM dim_penugasan"
                    + " ORDER BY versi, kode_instansi")) {
      while (rs.next()) {
        out.add(
            rs.getInt(1)
                + " "
                + rs.getString(2)
                + " "
                + rs.getString(3)
                + " "
                + rs.getString(4)
                + " "
                + rs.getString(5)
                + " "
                + rs.getObject(6, LocalDate.class)
                + " "
                + rs.getObject(7, LocalDate.class));
      }
    }
    return out;
  }

  private static WarehousePublisher publisher(Workspace ws) {
    return new WarehousePublisher(WarehouseFixture.config(), WarehouseFixture.master(), ws);
  }

  @Test
  void noAssignmentImportedGivesAnEmptyTable() throws Exception {
    Workspace ws = new Workspace(dir.resolve("ws"));

    publisher(ws).publish();

    assertThat(rows(ws)).isEmpty();
  }

  @Test
  void everyVersionIsPublishedWithItsValidity() throws Exception {
    Workspace ws = new Workspace(dir.resolve("ws"));
    BerkasPenugasan.simpan(
        ws, keterangan("2026-01-02", "a"), List.of(baris("11", "ani"), baris("11.01", "ani")));
    BerkasPenugasan.simpan(
        ws, keterangan("2026-05-01", "b"), List.of(baris("11", "budi"), baris("11.01", "ani")));

    publisher(ws).publish();

    // Version 1 ends the day before version 2 starts (1 May - 1 day = 30 April); 2 is in force.
    assertThat(rows(ws))
        .containsExactly(
            "1 11 LAN-SUM ani ani@lan.example 2026-01-02 2026-04-30",
            "1 11.01 LAN-SUM ani ani@lan.example 2026-01-02 2026-04-30",
            "2 11 LAN-SUM budi budi@lan.example 2026-05-01 null",
            "2 11.01 LAN-SUM ani ani@lan.example 2026-05-01 null");
  }

  @Test
  void aDamagedStoredVersionStopsThePublishNamingTheTableAndFile() throws Exception {
    Workspace ws = new Workspace(dir.resolve("ws"));
    BerkasPenugasan.simpan(ws, keterangan("2026-01-02", "a"), List.of(baris("11", "ani")));
    Path csv = BerkasPenugasan.folderVersi(ws, 1).resolve(BerkasPenugasan.BERKAS);
    Files.writeString(csv, "kode_instansi\n11\n", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> publisher(ws).publish())
        .hasMessageContaining("dim_penugasan")
        .hasMessageContaining(csv.toString());
    assertThat(ws.warehouse()).doesNotExist();
  }
}

package id.go.lan.bangkom.core.kontrak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.lan.bangkom.core.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BerkasPenugasanTest {
  @TempDir Path root;

  private static final BerkasPenugasan.Baris JAKARTA =
      new BerkasPenugasan.Baris(
          "31", "PB-01", "Pusbangkom ASN, Jakarta", "Ani \"Nunik\" Lestari", "ani@lan.example");
  private static final BerkasPenugasan.Baris ACEH =
      new BerkasPenugasan.Baris("11", "PB-02", "Puslatbang KHAN", "Budi", "budi@lan.example");

  private static BerkasPenugasan.Keterangan keterangan(String mulai, String sha) {
    return new BerkasPenugasan.Keterangan(
        LocalDate.parse(mulai),
        OffsetDateTime.parse("2026-12-04T09:30:00+07:00"),
        "penugasan admin=#1.xlsx",
        sha);
  }

  @Test
  void nothingImportedIsNoVersion() {
    Workspace ws = new Workspace(root);
    assertThat(BerkasPenugasan.semua(ws)).isEmpty();
    assertThat(BerkasPenugasan.terakhir(ws)).isEmpty();
  }

  @Test
  void aStoredVersionReadsBackExactlyWithItsFacts() throws Exception {
    Workspace ws = new Workspace(root);
    int n = BerkasPenugasan.simpan(ws, keterangan("2026-05-01", "ab12"), List.of(JAKARTA, ACEH));

    assertThat(n).isEqualTo(1);
    assertThat(root.resolve("penugasan/v1/penugasan.csv")).exists();
    assertThat(Files.readString(root.resolve("penugasan/v1/penugasan.csv"), StandardCharsets.UTF_8))
        .isEqualTo(
            "kode_instansi,kode_satker,nama_satker,nama_analis,email_analis\n"
                + "31,PB-01,\"Pusbangkom ASN, Jakarta\",\"Ani \"\"Nunik\"\" Lestari\","
                + "ani@lan.example\n"
                + "11,PB-02,Puslatbang KHAN,Budi,budi@lan.example\n");
    BerkasPenugasan.Versi v = BerkasPenugasan.terakhir(ws).orElseThrow();
    assertThat(v.nomor()).isEqualTo(1);
    assertThat(v.keterangan()).isEqualTo(keterangan("2026-05-01", "ab12"));
    assertThat(v.berlakuSampai()).isNull();
    assertThat(v.baris()).containsExactly(JAKARTA, ACEH);
    // Only the version's folder is left: the temporary one was renamed.
    try (var list = Files.list(root.resolve("penugasan"))) {
      assertThat(list.map(p -> p.getFileName().toString())).containsExactly("v1");
    }
  }

  @Test
  void eachVersionIsInForceUntilTheDayBeforeTheNextStarts() throws Exception {
    Workspace ws = new Workspace(root);
    BerkasPenugasan.simpan(ws, keterangan("2026-01-15", "a"), List.of(JAKARTA));
    BerkasPenugasan.simpan(ws, keterangan("2026-03-01", "b"), List.of(ACEH));
    BerkasPenugasan.simpan(ws, keterangan("2026-03-01", "c"), List.of(JAKARTA, ACEH));

    List<BerkasPenugasan.Versi> all = BerkasPenugasan.semua(ws);
    assertThat(all).extracting(BerkasPenugasan.Versi::nomor).containsExactly(1, 2, 3);
    // 1 March 2026 minus one day is 28 February (2026 is no leap year).
    assertThat(all.get(0).berlakuSampai()).isEqualTo(LocalDate.of(2026, 2, 28));
    // Replaced on its own first day: never in force.
    assertThat(all.get(1).berlakuSampai()).isEqualTo(LocalDate.of(2026, 2, 28));
    assertThat(all.get(2).berlakuSampai()).isNull();
    assertThat(all.get(1).baris()).containsExactly(ACEH);
  }

  @Test
  void aTemporaryFolderOfAnImportInProgressIsNoVersion() throws Exception {
    Workspace ws = new Workspace(root);
    BerkasPenugasan.simpan(ws, keterangan("2026-01-15", "a"), List.of(JAKARTA));
    Files.createDirectories(root.resolve("penugasan/.baru-x"));
    Files.createDirectories(root.resolve("penugasan/v01"));

    assertThat(BerkasPenugasan.semua(ws)).extracting(BerkasPenugasan.Versi::nomor).containsOnly(1);
    assertThat(BerkasPenugasan.simpan(ws, keterangan("2026-02-01", "b"), List.of(ACEH)))
        .isEqualTo(2);
  }

  @Test
  void aDamagedStoredFileIsNamedInIndonesian() throws Exception {
    Workspace ws = new Workspace(root);
    BerkasPenugasan.simpan(ws, keterangan("2026-01-15", "a"), List.of(JAKARTA));
    Path csv = root.resolve("penugasan/v1/penugasan.csv");
    Files.writeString(csv, "kode_instansi,kode_satker\n31,PB-01\n", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> BerkasPenugasan.semua(ws))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Berkas penugasan yang tersimpan rusak")
        .hasMessageContaining(csv.toString());
  }
}

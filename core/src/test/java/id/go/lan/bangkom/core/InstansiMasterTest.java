package id.go.lan.bangkom.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 19, point 6: a bad {@code master.instansi} is refused in Indonesian, naming the key. */
class InstansiMasterTest {
  private static final String HEADER =
      "kode_instansi,nama_instansi,jenis_instansi,kode_provinsi,nama_provinsi,nama_pic,email_pic\n";

  @TempDir Path dir;

  @Test
  void aMissingFileIsRefusedNamingTheKeyAndThePath() {
    Path missing = dir.resolve("tidak-ada.csv");
    assertThatThrownBy(() -> InstansiMaster.load(Optional.of(missing)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Nilai konfigurasi tidak sah untuk master.instansi: \""
                + missing
                + "\" (berkas tidak dapat dibaca: NoSuchFileException)");
  }

  @Test
  void anUnknownJenisOrARepeatedKodeIsRefusedNamingTheLine() throws Exception {
    Path file = dir.resolve("instansi.csv");
    Files.writeString(
        file,
        HEADER + "73,Sulawesi Selatan,PROPINSI,73,Sulsel,PIC,p@x.example\n",
        StandardCharsets.UTF_8);
    assertThatThrownBy(() -> InstansiMaster.load(Optional.of(file)))
        .hasMessage(
            "Daftar instansi tidak sah: berkas master.instansi "
                + file
                + " baris 2: jenis_instansi \"PROPINSI\""
                + " (harus KEMENTERIAN, LEMBAGA, PROVINSI, KABUPATEN atau KOTA)");
    Files.writeString(
        file,
        HEADER
            + "73,Sulawesi Selatan,PROVINSI,73,Sulsel,PIC,p@x.example\n"
            + "73,Sulsel lagi,PROVINSI,73,Sulsel,PIC,p@x.example\n",
        StandardCharsets.UTF_8);
    assertThatThrownBy(() -> InstansiMaster.load(Optional.of(file)))
        .hasMessageEndingWith("baris 3: kode_instansi \"73\" sudah ada di baris sebelumnya");
    Files.writeString(
        file,
        HEADER + "73,Sulawesi Selatan,PROVINSI,73,Sulsel,PIC,p@x.example\n",
        StandardCharsets.UTF_8);
    assertThat(InstansiMaster.load(Optional.of(file)).contains("73")).isTrue();
  }

  @Test
  void theProductionListShipsWithCoreItselfAllOfItsInstansi() {
    // Issue 18.5: core's own class path (no data-samples in this module) holds the 606 instansi:
    // 38 provinsi, 415 kabupaten, 93 kota, 60 pusat.
    InstansiMaster bundled = InstansiMaster.load(Optional.empty());
    assertThat(bundled.size()).isEqualTo(38 + 415 + 93 + 60);
  }

  @Test
  void aPeriodOutOfRangeIsRefusedInIndonesian() {
    assertThatThrownBy(() -> Periode.parse("1999-CW1"))
        .hasMessage("Periode tidak sah: tahun 1999 (harus 2000 sampai 2100)");
    assertThatThrownBy(() -> new Periode(2026, 4))
        .hasMessage("Periode tidak sah: caturwulan 4 (harus 1, 2 atau 3)");
  }
}

package id.go.lan.bangkom.reports;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.lan.bangkom.core.Periode;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every reader of {@code sounding} that means the cut-off's level keeps the SOUNDING rows only
 * (issue 16.4): with three later-stage rows in the warehouse ({@link GudangTahap}), each instansi
 * is still counted once; a warehouse without the {@code tahap} column reads as before.
 */
class PembacaTahapTest {
  private static final Periode CW2 = new Periode(2026, 2);

  @TempDir static Path folder;

  private static GudangTahap gudang;

  @BeforeAll
  static void build() throws Exception {
    gudang = GudangTahap.build(folder.resolve("gudang"));
  }

  @Test
  void theLaporanCaturwulanListsEachInstansiOnce() throws Exception {
    DataLaporanCaturwulan data =
        new WarehouseReader(PengaturanSurat.bawaan()).read(gudang.nation.warehouse, CW2);
    // 8 instansi: one HIJAU, so 7 on the sounding list; the appendix has all 8.
    assertThat(data.sounding())
        .extracting(InstansiSounding::kodeInstansi)
        .hasSize(7)
        .doesNotHaveDuplicates();
    assertThat(data.lampiran())
        .extracting(BarisLampiran::kodeInstansi)
        .hasSize(8)
        .doesNotHaveDuplicates();
  }

  @Test
  void theLettersAndProfilesReadTheSoundingRowNotTheStageRow() throws Exception {
    DataInstansiPeriode data =
        DataInstansiPeriode.baca(gudang.nation.warehouse, CW2, PengaturanSurat.bawaan());
    assertThat(data.sounding).hasSize(8);
    assertThat(data.sounding.get(gudang.kodeDua).str("tahap")).isEqualTo("SOUNDING");
    assertThat(data.sounding.get(gudang.kodeDua).str("pemicu")).isNull();
    assertThat(data.sounding.get(gudang.kodeHijau).str("alasan")).isNotEqualTo("Kembali HIJAU");
  }

  @Test
  void theLaporanTahunanCountsEachInstansiOncePerCutOff() throws Exception {
    try (Connection c = WarehouseReader.open(gudang.nation.warehouse, PengaturanSurat.bawaan())) {
      DataTahunan data =
          KueriTahunan.baca(
              c, gudang.nation.warehouse, 2026, PengaturanSurat.bawaan().calendar(), 5);
      for (Baris cw : data.levelSounding()) {
        long jumlah = cw.lng("hijau") + cw.lng("kuning") + cw.lng("merah") + cw.lng("data");
        assertThat(jumlah).as("CW%s", cw.str("caturwulan")).isEqualTo(8);
      }
      assertThat(data.levelSounding()).hasSize(2);
    }
  }

  @Test
  void aWarehouseWithoutStagesHasNoLaterLettersAndReadsAsBefore() throws Exception {
    Path lama = TestWarehouse.build(folder);
    assertThat(DataTahapLanjut.baca(lama, CW2, PengaturanSurat.bawaan()).tahap).isEmpty();
    List<InstansiSounding> sounding =
        new WarehouseReader(PengaturanSurat.bawaan()).read(lama, CW2).sounding();
    assertThat(sounding)
        .extracting(InstansiSounding::kodeInstansi)
        .containsExactly("73.71", "73", "P002", "33.74");
  }

  @Test
  void thePreviousCutOffOfTheFirstIsTheThirdOfTheYearBefore() {
    assertThat(DataTahapLanjut.sebelumnya(new Periode(2026, 1))).contains(new Periode(2025, 3));
    assertThat(DataTahapLanjut.sebelumnya(new Periode(2026, 3))).contains(new Periode(2026, 2));
    assertThat(DataTahapLanjut.sebelumnya(new Periode(2000, 1))).isEmpty();
  }
}

package id.go.lan.bangkom.reports;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.lan.bangkom.core.Kemajuan;
import id.go.lan.bangkom.core.Periode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Letters, profiles and the annual report tell their progress, n of N (issue 18.2). */
class KemajuanLaporanTest {
  private static final Periode CW2 = new Periode(2026, 2);
  private static final LocalDate TANGGAL = LocalDate.of(2026, 11, 28);

  @TempDir static Path folder;

  private static SyntheticNation nation;

  @BeforeAll
  static void buildNation() throws Exception {
    nation = SyntheticNation.build(folder.resolve("gudang"), 8, 40);
  }

  @Test
  void everyLetterIsCountedOnceUpToTheNumberOfLetters() throws Exception {
    Catatan catatan = new Catatan();
    List<SuratInstansi> surat =
        new SuratSounding(PengaturanSurat.bawaan(), nation.master(folder))
            .renderPeriode(
                nation.warehouse, CW2, nation.pegawai, folder.resolve("surat"), TANGGAL, catatan);
    assertThat(surat).isNotEmpty();
    assertThat(catatan.langkah).containsExactly("Surat sounding 2026-CW2");
    assertThat(catatan.total).containsExactly((long) surat.size());
    assertThat(catatan.selesai).containsExactlyInAnyOrderElementsOf(urut(surat.size()));
    assertThat(catatan.keterangan)
        .containsExactlyInAnyOrderElementsOf(
            surat.stream().map(SuratInstansi::kodeInstansi).toList());
    assertThat(catatan.berakhir).isEqualTo(1);
  }

  @Test
  void everyProfileIsCountedOnce() {
    Catatan catatan = new Catatan();
    List<Path> profil =
        new ProfilInstansi(PengaturanSurat.bawaan())
            .renderPeriode(nation.warehouse, CW2, folder.resolve("profil"), TANGGAL, catatan);
    assertThat(profil).isNotEmpty();
    assertThat(catatan.langkah).containsExactly("Profil instansi 2026-CW2");
    assertThat(catatan.total).containsExactly((long) profil.size());
    assertThat(catatan.selesai).containsExactlyInAnyOrderElementsOf(urut(profil.size()));
    assertThat(catatan.berakhir).isEqualTo(1);
  }

  @Test
  void theAnnualReportTellsItsThreeSteps() {
    Catatan catatan = new Catatan();
    new LaporanTahunan(PengaturanSurat.bawaan())
        .render(nation.warehouse, 2026, folder.resolve("tahunan.pdf"), TANGGAL, catatan);
    assertThat(catatan.langkah).containsExactly("Laporan tahunan 2026");
    assertThat(catatan.total).containsExactly(3L);
    assertThat(catatan.selesai).containsExactly(1L, 2L, 3L);
    assertThat(catatan.berakhir).isEqualTo(1);
  }

  private static List<Long> urut(int n) {
    List<Long> out = new ArrayList<>();
    for (long i = 1; i <= n; i++) {
      out.add(i);
    }
    return out;
  }

  /** A hand-written {@link Kemajuan} that records every call (letters report from 4 threads). */
  private static final class Catatan implements Kemajuan {
    final List<String> langkah = Collections.synchronizedList(new ArrayList<>());
    final List<Long> total = Collections.synchronizedList(new ArrayList<>());
    final List<Long> selesai = Collections.synchronizedList(new ArrayList<>());
    final List<String> keterangan = Collections.synchronizedList(new ArrayList<>());
    int berakhir;

    @Override
    public void mulai(String langkah, long total) {
      this.langkah.add(langkah);
      this.total.add(total);
    }

    @Override
    public void maju(long selesai, String keterangan) {
      this.selesai.add(selesai);
      this.keterangan.add(keterangan);
    }

    @Override
    public synchronized void selesai() {
      berakhir++;
    }
  }
}

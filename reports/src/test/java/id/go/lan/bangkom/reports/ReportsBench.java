package id.go.lan.bangkom.reports;

import id.go.lan.bangkom.core.CaturwulanCalendar;
import id.go.lan.bangkom.core.InstansiMaster;
import id.go.lan.bangkom.core.Periode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Benchmark (bench/reports.sh), not part of the test suite: a national cycle of 606 instansi with
 * {@code bench.pegawai} employees each, then every Surat Sounding with its lists, the combined PDF,
 * every Profil Instansi and the Laporan Tahunan, timed in one JVM (templates compiled on first use,
 * as in a real run).
 */
class ReportsBench {
  @Test
  void nationalCycle() throws Exception {
    int n = Integer.getInteger("bench.instansi", 606);
    int pegawai = Integer.getInteger("bench.pegawai", 9240);
    Path folder = Path.of(System.getProperty("bench.folder", "/tmp/bangkom-bench-reports"));
    long t0 = System.nanoTime();
    SyntheticNation nation =
        SyntheticNation.build(folder.resolve("gudang-" + n + "-" + pegawai), n, pegawai);
    long t1 = System.nanoTime();
    InstansiMaster master = nation.master(folder);
    Periode p = new Periode(2026, 2);
    LocalDate tanggal = LocalDate.of(2026, 11, 28);
    List<SuratInstansi> surat =
        new SuratSounding(PengaturanSurat.bawaan(), master)
            .renderPeriode(
                nation.warehouse, p, nation.pegawai, folder.resolve("out/sounding"), tanggal);
    long t2 = System.nanoTime();
    List<Path> profil =
        new ProfilInstansi(CaturwulanCalendar.DEFAULT)
            .renderPeriode(nation.warehouse, p, folder.resolve("out/profil"), tanggal);
    long t3 = System.nanoTime();
    new LaporanTahunan(CaturwulanCalendar.DEFAULT)
        .render(nation.warehouse, 2026, folder.resolve("out/laporan-tahunan-2026.pdf"), tanggal);
    long t4 = System.nanoTime();
    long rows = 0;
    for (SuratInstansi s : surat) {
      if (s.daftarCsv().isPresent()) {
        rows += Files.lines(s.daftarCsv().get()).count() - 1;
      }
    }
    System.out.printf(
        Locale.ROOT,
        "BENCH instansi=%d employees/instansi=%d warehouse_build_s=%.1f%n"
            + "BENCH letters=%d listed_employees=%d letters_lists_combined_s=%.1f%n"
            + "BENCH profiles=%d profiles_s=%.1f%nBENCH annual_s=%.1f%n"
            + "BENCH letters+profiles+annual_s=%.1f%n",
        n,
        pegawai,
        (t1 - t0) / 1e9,
        surat.size(),
        rows,
        (t2 - t1) / 1e9,
        profil.size(),
        (t3 - t2) / 1e9,
        (t4 - t3) / 1e9,
        (t4 - t1) / 1e9);
  }
}

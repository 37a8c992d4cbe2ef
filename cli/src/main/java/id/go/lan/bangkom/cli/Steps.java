package id.go.lan.bangkom.cli;

import id.go.lan.bangkom.core.Periode;
import id.go.lan.bangkom.core.WorkspaceLock;
import id.go.lan.bangkom.ingestion.IngestResult;
import id.go.lan.bangkom.ingestion.Receipt;
import id.go.lan.bangkom.reports.SuratInstansi;
import id.go.lan.bangkom.schedules.CaturwulanCycle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** The steps as the commands print them; shared by the single-step commands, run and demo. */
final class Steps {
  static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

  /** The step running now, for failure messages (one command per process). */
  private static volatile String current;

  private Steps() {}

  private static void mulai(String langkah) {
    current = langkah;
  }

  /** The step that ran last, or {@code command} when none started. */
  static String current(String command) {
    String c = current;
    return c != null ? c : command;
  }

  static IngestResult ingest(CaturwulanCycle cycle, Path inbox) {
    mulai("ingest");
    if (!Files.isDirectory(inbox)) {
      throw new UsageException("Folder kotak masuk tidak ditemukan: " + inbox);
    }
    IngestResult result;
    try (Progress progress = new Progress()) {
      result = cycle.ingest(inbox, progress);
    }
    for (Receipt r : result.diterima()) {
      Console.info(
          String.format(
              java.util.Locale.ROOT,
              "Diterima %s: %d baris dibaca, %d diterima, %d ditolak",
              r.submisiId(),
              r.barisDibaca(),
              r.barisDiterima(),
              r.barisDitolak()));
    }
    for (String refused : result.folderDitolak()) {
      Console.info("Ditolak: " + refused);
    }
    Console.info(
        "Ingest selesai: "
            + result.diterima().size()
            + " versi submisi baru, "
            + result.tidakBerubah()
            + " submisi tidak berubah. Tanda terima di "
            + cycle.workspace().receipts());
    return result;
  }

  static List<Periode> transform(
      CaturwulanCycle cycle, List<Periode> periods, id.go.lan.bangkom.core.Kemajuan kemajuan) {
    if (periods.isEmpty()) {
      Console.info("Tidak ada data di lake untuk dihitung. Jalankan 'ingest' lebih dahulu.");
    }
    // Taken before Spark starts, so a busy workspace is refused at once, and held over every
    // period, so no publish in between mixes periods of two transforms.
    try (WorkspaceLock lock = WorkspaceLock.acquire(cycle.workspace(), "transform")) {
      for (Periode p : periods) {
        mulai("transform " + p.id());
        Console.progress("Menghitung kepatuhan " + p.id() + " ...");
        List<Periode> computed = cycle.transform(p, kemajuan);
        Console.info("Dihitung: " + p.id());
        for (Periode again : computed.subList(1, computed.size())) {
          Console.info(
              "Dihitung ulang: "
                  + again.id()
                  + " (akhir tahun lalu: submisi "
                  + p.id()
                  + " memuat kegiatan yang selesai pada tahun "
                  + again.tahun()
                  + "; perubahan angka tercatat di tabel ralat)");
        }
      }
    }
    return periods;
  }

  static Path publish(CaturwulanCycle cycle) {
    mulai("publish");
    Path warehouse = cycle.publish();
    Console.info("Gudang data diterbitkan: " + warehouse);
    return warehouse;
  }

  static Path report(CaturwulanCycle cycle, Periode periode) {
    mulai("laporan caturwulan " + periode.id());
    if (!Files.isRegularFile(cycle.workspace().warehouse())) {
      throw new UsageException(
          "Gudang data belum ada: "
              + cycle.workspace().warehouse()
              + ". Jalankan 'publish' dahulu.");
    }
    Path pdf = cycle.reportCaturwulan(periode, LocalDate.now(JAKARTA));
    Console.info("Laporan Caturwulan " + periode.id() + ": " + pdf);
    return pdf;
  }

  static List<SuratInstansi> reportSounding(CaturwulanCycle cycle, Periode periode) {
    mulai("surat sounding " + periode.id());
    requireWarehouse(cycle);
    List<SuratInstansi> surat = cycle.reportSounding(periode, LocalDate.now(JAKARTA));
    long daftar = surat.stream().filter(s -> s.daftarXlsx().isPresent()).count();
    Console.info(
        "Surat Sounding "
            + periode.id()
            + ": "
            + surat.size()
            + " surat ("
            + daftar
            + " dengan daftar pegawai) di "
            + cycle.soundingFolder(periode));
    return surat;
  }

  static List<Path> reportProfil(CaturwulanCycle cycle, Periode periode) {
    mulai("profil instansi " + periode.id());
    requireWarehouse(cycle);
    List<Path> profil = cycle.reportProfil(periode, LocalDate.now(JAKARTA));
    Console.info(
        "Profil Instansi "
            + periode.id()
            + ": "
            + profil.size()
            + " berkas di "
            + cycle.workspace().reports(periode).resolve("profil"));
    return profil;
  }

  static Path reportTahunan(CaturwulanCycle cycle, int tahun) {
    mulai("laporan tahunan " + tahun);
    requireWarehouse(cycle);
    Path pdf = cycle.reportTahunan(tahun, LocalDate.now(JAKARTA));
    Console.info("Laporan Tahunan " + tahun + ": " + pdf);
    return pdf;
  }

  private static void requireWarehouse(CaturwulanCycle cycle) {
    if (!Files.isRegularFile(cycle.workspace().warehouse())) {
      throw new UsageException(
          "Gudang data belum ada: "
              + cycle.workspace().warehouse()
              + ". Jalankan 'publish' dahulu.");
    }
  }

  /**
   * Delivers the soundings of {@code periode}: by e-mail when SMTP is configured and {@code
   * dryRunOnly} is false, else as .eml files in the outbox. Exactly once per (instansi, period,
   * level) either way.
   */
  static void kirim(CommonOptions options, Periode periode, boolean dryRunOnly) {
    mulai("pengiriman sounding " + periode.id());
    id.go.lan.bangkom.core.BangkomConfig config = options.config();
    id.go.lan.bangkom.schedules.delivery.SoundingDelivery delivery =
        new id.go.lan.bangkom.schedules.delivery.SoundingDelivery(
            config,
            id.go.lan.bangkom.core.InstansiMaster.load(config.masterInstansi()),
            options.ws());
    if (dryRunOnly || !delivery.configured()) {
      id.go.lan.bangkom.schedules.delivery.DeliveryResult r = delivery.dryRun(periode);
      Console.info(
          "Surel sounding "
              + periode.id()
              + " (uji coba, tidak dikirim): "
              + r.sent().size()
              + " berkas .eml di "
              + r.outbox());
      return;
    }
    id.go.lan.bangkom.schedules.delivery.DeliveryResult r = delivery.send(periode, false);
    Console.info(
        "Pengiriman "
            + periode.id()
            + ": "
            + r.sent().size()
            + " surel terkirim, "
            + r.alreadySent().size()
            + " sudah terkirim sebelumnya, "
            + r.failures().size()
            + " gagal.");
    if (!r.complete()) {
      throw new IllegalStateException(
          "Pengiriman sounding " + periode.id() + " belum lengkap; jalankan 'sounding kirim' lagi");
    }
  }
}

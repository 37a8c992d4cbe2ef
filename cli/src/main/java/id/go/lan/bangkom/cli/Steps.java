package id.go.lan.bangkom.cli;

import static id.go.lan.bangkom.cli.Console.PESAN;

import id.go.lan.bangkom.core.Periode;
import id.go.lan.bangkom.core.WorkspaceLock;
import id.go.lan.bangkom.core.kontrak.TahapSounding;
import id.go.lan.bangkom.ingestion.IngestResult;
import id.go.lan.bangkom.ingestion.Receipt;
import id.go.lan.bangkom.reports.SuratInstansi;
import id.go.lan.bangkom.schedules.CaturwulanCycle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/** The steps as the commands print them; shared by the single-step commands, run and demo. */
final class Steps {
  static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

  /** Versions listed one per line after an ingest; more are summed up (the demo has 32). */
  static final int RINCIAN_MAKSIMUM = 8;

  private static final Logger LOG = LogManager.getLogger(Steps.class);

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
    mulai(PESAN.f("langkah.ingest"));
    if (!Files.isDirectory(inbox)) {
      throw new UsageException(PESAN.f("galat.kotak.masuk.tidak.ada", inbox));
    }
    IngestResult result;
    try (Progress progress = new Progress()) {
      result = cycle.ingest(inbox, progress);
    }
    // A line per new version while they fit on a screen; beyond that the ones with the most
    // refused rows (what the operator follows up), the rest in the receipts and the log.
    List<Receipt> shown =
        result.diterima().size() <= RINCIAN_MAKSIMUM
            ? result.diterima()
            : result.diterima().stream()
                .filter(r -> r.barisDitolak() > 0)
                .sorted(Comparator.comparingLong(Receipt::barisDitolak).reversed())
                .limit(RINCIAN_MAKSIMUM)
                .toList();
    for (Receipt r : result.diterima()) {
      String line =
          PESAN.f(
              "ingest.diterima",
              r.submisiId(),
              r.barisDibaca(),
              r.barisDiterima(),
              r.barisDitolak());
      if (shown.contains(r)) {
        Console.info(line);
      } else {
        LOG.info(line);
      }
    }
    if (shown.size() < result.diterima().size()) {
      Console.pesan("ingest.lainnya", result.diterima().size() - shown.size());
    }
    for (String refused : result.folderDitolak()) {
      Console.pesan("ingest.ditolak", refused);
    }
    Console.pesan(
        "ingest.selesai",
        result.diterima().size(),
        result.tidakBerubah(),
        cycle.workspace().receipts(),
        result.diterima().stream().mapToLong(Receipt::barisDibaca).sum(),
        result.diterima().stream().mapToLong(Receipt::barisDiterima).sum(),
        result.diterima().stream().mapToLong(Receipt::barisDitolak).sum());
    return result;
  }

  static List<Periode> transform(
      CaturwulanCycle cycle, List<Periode> periods, id.go.lan.bangkom.core.Kemajuan kemajuan) {
    if (periods.isEmpty()) {
      Console.pesan("transform.kosong");
    }
    // Taken before Spark starts, so a busy workspace is refused at once, and held over every
    // period, so no publish in between mixes periods of two transforms.
    try (WorkspaceLock lock = WorkspaceLock.acquire(cycle.workspace(), "transform")) {
      for (Periode p : periods) {
        mulai(PESAN.f("langkah.transform", p.id()));
        List<Periode> computed = cycle.transform(p, kemajuan);
        Console.pesan("transform.dihitung", p.id());
        for (Periode again : computed.subList(1, computed.size())) {
          Console.pesan(
              "transform.dihitung.ulang", again.id(), p.id(), Integer.toString(again.tahun()));
        }
      }
    }
    return periods;
  }

  static Path publish(CaturwulanCycle cycle) {
    mulai(PESAN.f("langkah.publish"));
    Path warehouse = cycle.publish(new KemajuanKonsol());
    Console.pesan("publish.selesai", warehouse);
    return warehouse;
  }

  static Path report(CaturwulanCycle cycle, Periode periode) {
    mulai(PESAN.f("langkah.laporan.caturwulan", periode.id()));
    requireWarehouse(cycle);
    Path pdf = cycle.reportCaturwulan(periode, LocalDate.now(JAKARTA));
    Console.pesan("laporan.caturwulan", periode.id(), pdf);
    return pdf;
  }

  static List<SuratInstansi> reportSounding(CaturwulanCycle cycle, Periode periode) {
    mulai(PESAN.f("langkah.surat.sounding", periode.id()));
    requireWarehouse(cycle);
    List<SuratInstansi> surat =
        cycle.reportSounding(periode, LocalDate.now(JAKARTA), new KemajuanKonsol());
    long daftar = surat.stream().filter(s -> s.daftarXlsx().isPresent()).count();
    long sounding = surat.stream().filter(s -> s.tahap() == TahapSounding.SOUNDING).count();
    Console.pesan(
        "laporan.sounding", periode.id(), sounding, daftar, cycle.soundingFolder(periode));
    for (TahapSounding tahap : TahapSounding.values()) {
      long n = surat.stream().filter(s -> s.tahap() == tahap).count();
      if (tahap != TahapSounding.SOUNDING && n > 0) {
        Console.pesan("laporan.sounding.tahap", namaTahap(tahap), n);
      }
    }
    return surat;
  }

  /**
   * One line per later stage of the escalation ladder that had letters (ESKALASI, TERIMA_KASIH);
   * nothing when the period had only soundings.
   */
  static void perTahap(id.go.lan.bangkom.schedules.delivery.DeliveryResult r) {
    for (id.go.lan.bangkom.schedules.delivery.DeliveryResult.PerTahap t : r.perTahap()) {
      if (t.tahap() == TahapSounding.SOUNDING || t.notices() == 0) {
        continue;
      }
      if (r.dryRun()) {
        Console.pesan("kirim.per.tahap.uji.coba", namaTahap(t.tahap()), t.sent());
      } else {
        Console.pesan(
            "kirim.per.tahap",
            namaTahap(t.tahap()),
            t.notices(),
            t.sent(),
            t.alreadySent(),
            t.failures());
      }
    }
  }

  /** The stage's name for the console. */
  static String namaTahap(TahapSounding tahap) {
    return switch (tahap) {
      case SOUNDING -> PESAN.f("tahap.SOUNDING");
      case ESKALASI -> PESAN.f("tahap.ESKALASI");
      case TERIMA_KASIH -> PESAN.f("tahap.TERIMA_KASIH");
    };
  }

  /** The level of a letter, with its stage when it is not the sounding itself. */
  static String levelDanTahap(id.go.lan.bangkom.schedules.delivery.DeliveryKey key) {
    return key.tahap() == TahapSounding.SOUNDING
        ? key.level()
        : key.level() + ", " + namaTahap(key.tahap());
  }

  static List<Path> reportProfil(CaturwulanCycle cycle, Periode periode) {
    mulai(PESAN.f("langkah.profil.instansi", periode.id()));
    requireWarehouse(cycle);
    List<Path> profil = cycle.reportProfil(periode, LocalDate.now(JAKARTA), new KemajuanKonsol());
    Console.pesan(
        "laporan.profil",
        periode.id(),
        profil.size(),
        cycle.workspace().reports(periode).resolve("profil"));
    return profil;
  }

  static Path reportTahunan(CaturwulanCycle cycle, int tahun) {
    mulai(PESAN.f("langkah.laporan.tahunan", Integer.toString(tahun)));
    requireWarehouse(cycle);
    Path pdf = cycle.reportTahunan(tahun, LocalDate.now(JAKARTA), new KemajuanKonsol());
    Console.pesan("laporan.tahunan", Integer.toString(tahun), pdf);
    return pdf;
  }

  private static void requireWarehouse(CaturwulanCycle cycle) {
    if (!Files.isRegularFile(cycle.workspace().warehouse())) {
      throw new UsageException(
          PESAN.f("galat.gudang.belum.ada", cycle.workspace().warehouse(), "publish"));
    }
  }

  /**
   * Delivers the soundings of {@code periode}: by e-mail when SMTP is configured and {@code
   * dryRunOnly} is false, else as .eml files in the outbox. Exactly once per (instansi, period,
   * level) either way.
   */
  static void kirim(CommonOptions options, Periode periode, boolean dryRunOnly) {
    mulai(PESAN.f("langkah.pengiriman", periode.id()));
    id.go.lan.bangkom.core.BangkomConfig config = options.config();
    id.go.lan.bangkom.schedules.delivery.SoundingDelivery delivery =
        new id.go.lan.bangkom.schedules.delivery.SoundingDelivery(
            config,
            id.go.lan.bangkom.core.InstansiMaster.load(config.masterInstansi()),
            options.ws());
    if (dryRunOnly || !delivery.configured()) {
      id.go.lan.bangkom.schedules.delivery.DeliveryResult r =
          delivery.dryRun(periode, new KemajuanKonsol());
      Console.pesan("kirim.uji.coba", periode.id(), r.sent().size(), r.outbox());
      perTahap(r);
      return;
    }
    id.go.lan.bangkom.schedules.delivery.DeliveryResult r =
        delivery.send(periode, false, new KemajuanKonsol());
    Console.pesan(
        "kirim.ringkas",
        periode.id(),
        r.sent().size(),
        r.alreadySent().size(),
        r.failures().size());
    perTahap(r);
    if (!r.complete()) {
      throw new IllegalStateException(PESAN.f("kirim.belum.lengkap", periode.id()));
    }
  }
}

package id.go.lan.bangkom.reports;

import static id.go.lan.bangkom.reports.Blok.batang;
import static id.go.lan.bangkom.reports.Blok.esc;
import static id.go.lan.bangkom.reports.Blok.sel;
import static id.go.lan.bangkom.reports.FormatIndonesia.angka;
import static id.go.lan.bangkom.reports.FormatIndonesia.persen;
import static id.go.lan.bangkom.reports.FormatIndonesia.tanggal;
import static java.util.Objects.requireNonNull;

import id.go.lan.bangkom.core.CaturwulanCalendar;
import id.go.lan.bangkom.core.Periode;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;

/**
 * Profil Instansi (SPEC §8): per instansi and cut-off, one or two pages with its compliance, its
 * training rate explained (the indicators that pulled it down, the single improvement worth most)
 * and its weakness findings against its peers. Written for every instansi that reported a roster or
 * has a training rate at the cut-off, as {@code <folder>/profil-<kode>-<P>.pdf}.
 */
public final class ProfilInstansi {
  private final CaturwulanCalendar calendar;

  public ProfilInstansi(CaturwulanCalendar calendar) {
    this.calendar = requireNonNull(calendar, "calendar is null");
  }

  /**
   * Writes the profiles of {@code periode} under {@code folder}.
   *
   * @return the PDFs written, by kode
   * @throws ReportRenderException when the warehouse cannot be read or a file not written
   */
  public List<Path> renderPeriode(
      Path warehouse, Periode periode, Path folder, LocalDate tanggalLaporan) {
    requireNonNull(warehouse, "warehouse is null");
    requireNonNull(periode, "periode is null");
    requireNonNull(folder, "folder is null");
    requireNonNull(tanggalLaporan, "tanggalLaporan is null");
    DataInstansiPeriode data;
    try {
      data = DataInstansiPeriode.baca(warehouse, periode, calendar);
    } catch (SQLException e) {
      throw Gagal.baca(warehouse, "Profil Instansi " + periode, e);
    }
    Path root = folder.toAbsolutePath().normalize();
    int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<Path>> jobs = new ArrayList<>();
    try {
      for (Baris instansi : data.instansi) {
        String kode = instansi.str("kode_instansi");
        Baris k = data.kepatuhan.get(kode);
        boolean melapor = k != null && Boolean.TRUE.equals(k.bool("melapor"));
        if (!melapor && !data.trainingRate.containsKey(kode)) {
          continue;
        }
        Path pdf = root.resolve("profil-" + kode + "-" + periode.id() + ".pdf");
        jobs.add(
            pool.submit(
                () -> {
                  JasperPrint print = isi(data, instansi, tanggalLaporan);
                  Dokumen.writePdf(
                      List.of(print),
                      pdf,
                      "Profil Instansi " + data.namaInstansi(instansi) + " " + periode.id());
                  return pdf;
                }));
      }
      List<Path> out = new ArrayList<>();
      for (Future<Path> job : jobs) {
        out.add(job.get());
      }
      return List.copyOf(out);
    } catch (ExecutionException e) {
      throw Gagal.tulis("Profil Instansi " + periode, e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ReportRenderException(
          "Interrupted while writing Profil Instansi " + periode, true, e);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Renders one instansi's profile (for a single PIC's request). */
  public Path render(
      Path warehouse, Periode periode, String kodeInstansi, Path pdf, LocalDate tanggalLaporan) {
    try {
      DataInstansiPeriode data = DataInstansiPeriode.baca(warehouse, periode, calendar);
      Baris instansi =
          data.instansi.stream()
              .filter(b -> kodeInstansi.equals(b.str("kode_instansi")))
              .findFirst()
              .orElseThrow(
                  () ->
                      new ReportRenderException(
                          "Cannot render Profil Instansi, unknown kode: " + kodeInstansi,
                          false,
                          null));
      Dokumen.writePdf(
          List.of(isi(data, instansi, tanggalLaporan)),
          pdf,
          "Profil Instansi " + data.namaInstansi(instansi) + " " + periode.id());
      return pdf;
    } catch (SQLException e) {
      throw Gagal.baca(warehouse, "Profil Instansi " + periode, e);
    } catch (IOException | JRException e) {
      throw Gagal.tulis("Profil Instansi " + kodeInstansi + " " + periode, e);
    }
  }

  static JasperPrint isi(DataInstansiPeriode data, Baris instansi, LocalDate tanggalLaporan)
      throws JRException {
    DokumenTemplates t = DokumenTemplates.get();
    String kode = instansi.str("kode_instansi");
    String nama = data.namaInstansi(instansi);
    Baris k = data.kepatuhan.getOrDefault(kode, Baris.kosong());
    Baris s = data.sounding.getOrDefault(kode, Baris.kosong());
    Baris p = data.proyeksi.getOrDefault(kode, Baris.kosong());
    Baris tr = data.trainingRate.get(kode);
    Baris trNasional = data.trainingRateNasional.orElse(Baris.kosong());
    String wilayah =
        Label.jenisInstansi(instansi.str("jenis_instansi"))
            + (instansi.str("nama_provinsi") == null ? "" : ", " + instansi.str("nama_provinsi"));
    List<Blok> blocks = new ArrayList<>();
    blocks.add(
        Blok.judul(
            t,
            "Profil Instansi: " + nama,
            "Kode " + kode + " · " + wilayah + " · " + data.judulPeriode(),
            "Profil capaian pengembangan kompetensi ASN · Tanggal laporan: "
                + tanggal(tanggalLaporan)));
    blocks.add(
        Blok.ubin(
            t,
            "Pegawai (populasi)",
            angka(k.lng("jumlah_pegawai")),
            "ASN aktif dalam roster",
            "Sesuai target",
            persenTanda(k.dec("persen_on_track")),
            "level sounding " + (s.str("level") == null ? FormatIndonesia.KOSONG : s.str("level")),
            "Memenuhi target tahunan",
            persenTanda(k.dec("persen_memenuhi")),
            "proyeksi 31 Des " + persenTanda(p.dec("persen_memenuhi_proyeksi")),
            "Training rate",
            tr == null ? FormatIndonesia.KOSONG : persen(tr.dec("training_rate")),
            tr == null ? "belum diukur" : Label.kategori(tr.str("kategori"))));
    blocks.add(Blok.paragraf(t, "Ringkasan", ringkasan(data, nama, k, s, p)));
    trainingRate(blocks, t, data, kode, tr, trNasional);
    List<Map<String, ?>> temuan = new ArrayList<>();
    for (Baris f : Baris.daftar(data.kelemahan, kode)) {
      temuan.add(
          sel(
              String.valueOf(f.integer("peringkat")),
              f.str("kalimat"),
              persen(f.dec("nilai")),
              persen(f.dec("median_sejenis")),
              persen(f.dec("selisih"))));
    }
    blocks.add(
        Blok.tabel(
                t.tabelTeks(),
                "Temuan kelemahan (dibandingkan instansi sejenis)",
                List.of("No", "Temuan", "Nilai", "Median sejenis", "Selisih", ""),
                temuan)
            .param(
                "KOSONG",
                "Tidak ada temuan kelemahan: setiap ukuran setara atau lebih baik dari median"
                    + " instansi sejenis.")
            .param(
                "CATATAN",
                "Temuan diurutkan dari selisih terbesar terhadap median instansi sejenis (jenis"
                    + " instansi yang sama)."));
    List<Map<String, ?>> jabatan = new ArrayList<>();
    for (Baris j : Baris.daftar(data.jabatan, kode)) {
      jabatan.add(
          sel(
              Label.jenisJabatan(j.str("jenis_jabatan")),
              angka(j.lng("jumlah_pegawai")),
              persen(j.dec("persen_on_track")),
              persen(j.dec("persen_memenuhi")),
              angka(j.lng("jumlah_belum_ada_jp")),
              persen(j.dec("rata_rata_jp"))));
    }
    blocks.add(
        Blok.tabel(
                t.tabelLebar(),
                "Capaian per jenis jabatan",
                List.of(
                    "Jenis jabatan",
                    "Pegawai",
                    "Sesuai target (%)",
                    "Memenuhi (%)",
                    "Belum ada JP",
                    "Rata-rata JP"),
                jabatan)
            .param("KOSONG", "Belum ada data per jenis jabatan untuk periode ini."));
    return Dokumen.fill(
        t,
        "Profil Instansi · " + nama + " · " + data.judulPeriode(),
        "Profil Instansi "
            + kode
            + " · "
            + data.judulPeriode()
            + " · Tanggal laporan "
            + tanggal(tanggalLaporan),
        data.versi.kaki(),
        blocks);
  }

  private static String ringkasan(
      DataInstansiPeriode data, String nama, Baris k, Baris s, Baris p) {
    if (!Boolean.TRUE.equals(k.bool("melapor"))) {
      return esc(nama)
          + " belum mengirim daftar pegawai yang berlaku untuk periode ini, sehingga capaian"
          + " kepatuhannya belum dapat dihitung.";
    }
    return "Sampai batas "
        + tanggal(data.tanggalAkhir)
        + ", <b>"
        + persen(k.dec("persen_on_track"))
        + "%</b> dari "
        + angka(k.lng("jumlah_pegawai"))
        + " pegawai "
        + esc(nama)
        + " sesuai target dan "
        + persen(k.dec("persen_memenuhi"))
        + "% telah memenuhi target tahunan; "
        + angka(k.lng("jumlah_belum_ada_jp"))
        + " pegawai belum memiliki JP. Level sounding: <b>"
        + esc(s.str("level"))
        + "</b> ("
        + esc(s.str("alasan"))
        + (")."
            + (Label.kalibrasi(p)
                ? " Menurut pola susulan tahun lalu, "
                : " Bila laju JP setiap pegawai bertahan, "))
        + persen(p.dec("persen_memenuhi_proyeksi"))
        + "% pegawai akan memenuhi target pada 31 Desember (rentang "
        + persen(p.dec("batas_bawah"))
        + "–"
        + persen(p.dec("batas_atas"))
        + "%); masih dibutuhkan "
        + persen(p.dec("kekurangan_jp"))
        + " JP, dan "
        + persen(p.dec("poin_ip_asn_berisiko"))
        + " poin IP ASN kompetensi berisiko.";
  }

  private static void trainingRate(
      List<Blok> blocks,
      DokumenTemplates t,
      DataInstansiPeriode data,
      String kode,
      Baris tr,
      Baris nasional) {
    if (tr == null) {
      blocks.add(
          Blok.paragraf(
              t,
              "Training rate",
              "Instansi ini belum diukur: belum ada data instrumen training rate yang dikirim"
                  + " pada tahun ini. Kirim berkas training_rate bersama submisi berikutnya."));
      return;
    }
    List<Baris> indikator = Baris.daftar(data.indikator, kode);
    String bobot = bobot(indikator);
    String penarik = tr.str("indikator_penarik_turun");
    String hilang = tr.str("indikator_hilang");
    String teks =
        "Training rate <b>"
            + persen(tr.dec("training_rate"))
            + "</b> ("
            + Label.kategori(tr.str("kategori"))
            + ") = "
            + bobot
            + ". Rata-rata nasional "
            + persen(nasional.dec("training_rate"))
            + ". "
            + (penarik == null || penarik.isBlank()
                ? "Tidak ada indikator di bawah ambang 60."
                : "Indikator yang menarik skor turun (di bawah 60, terbesar dampaknya lebih dulu): <b>"
                    + esc(penarik)
                    + "</b>.")
            + (hilang == null || hilang.isBlank()
                ? ""
                : " Indikator tidak dilaporkan (dihitung 0): " + esc(hilang) + ".")
            + " Perbaikan yang paling menaikkan skor: <b>"
            + esc(Label.indikator(tr.str("perbaikan_utama")))
            + "</b>; bila mencapai 100, training rate naik "
            + persen(tr.dec("tambahan_poin_perbaikan"))
            + " poin.";
    blocks.add(Blok.paragraf(t, "Training rate", teks));
    List<Map<String, ?>> bars = new ArrayList<>();
    String[][] instrumen = {
      {"Perencanaan", "skor_perencanaan", "rata_rata_skor_perencanaan"},
      {"Pelaksanaan", "skor_pelaksanaan", "rata_rata_skor_pelaksanaan"},
      {"Monev", "skor_monev", "rata_rata_skor_monev"}
    };
    for (String[] i : instrumen) {
      bars.add(batang(i[0], "Instansi", tr.dbl(i[1]), persen(tr.dec(i[1]))));
      bars.add(batang(i[0], "Rata-rata nasional", nasional.dbl(i[2]), persen(nasional.dec(i[2]))));
    }
    blocks.add(Blok.grafik(t, "Skor per instrumen", 100.0, null, bars));
    List<Map<String, ?>> rows = new ArrayList<>();
    for (Baris b : indikator) {
      rows.add(
          sel(
              Label.indikator(b.str("indikator"))
                  + (Boolean.TRUE.equals(b.bool("hilang")) ? " (tidak dilaporkan)" : ""),
              Label.instrumen(b.str("instrumen")),
              persen(b.dec("bobot")),
              persen(b.dec("nilai")),
              persen(b.dec("nilai_dipakai")),
              persen(b.dec("potensi_tambahan"))));
    }
    blocks.add(
        Blok.tabel(
                t.tabel(),
                "Indikator training rate",
                List.of("Indikator", "Instrumen", "Bobot", "Nilai", "Dipakai", "Potensi tambahan"),
                rows)
            .param(
                "CATATAN",
                "Potensi tambahan: poin training rate yang bertambah bila indikator mencapai 100."));
  }

  /** {@code 0,30 × Perencanaan 58,67 + 0,40 × Pelaksanaan 68,86 + ...} from the indicator rows. */
  private static String bobot(List<Baris> indikator) {
    java.util.LinkedHashMap<String, java.math.BigDecimal> bobot = new java.util.LinkedHashMap<>();
    for (Baris b : indikator) {
      bobot.putIfAbsent(b.str("instrumen"), b.dec("bobot"));
    }
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, java.math.BigDecimal> e : bobot.entrySet()) {
      java.math.BigDecimal mean =
          indikator.stream()
              .filter(b -> e.getKey().equals(b.str("instrumen")))
              .map(b -> b.dec("nilai_dipakai"))
              .filter(java.util.Objects::nonNull)
              .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add)
              .divide(
                  java.math.BigDecimal.valueOf(
                      indikator.stream()
                          .filter(b -> e.getKey().equals(b.str("instrumen")))
                          .count()),
                  2,
                  java.math.RoundingMode.HALF_UP);
      parts.add(
          persen(e.getValue().movePointLeft(2))
              + " × "
              + Label.instrumen(e.getKey())
              + " "
              + persen(mean));
    }
    return parts.isEmpty() ? "skor tertimbang instrumen" : String.join(" + ", parts);
  }

  private static String persenTanda(java.math.BigDecimal nilai) {
    return nilai == null ? FormatIndonesia.KOSONG : persen(nilai) + "%";
  }
}

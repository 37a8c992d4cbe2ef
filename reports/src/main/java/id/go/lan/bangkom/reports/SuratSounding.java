package id.go.lan.bangkom.reports;

import static id.go.lan.bangkom.reports.Teks.teks;
import static java.util.Objects.requireNonNull;

import id.go.lan.bangkom.core.InstansiMaster;
import id.go.lan.bangkom.core.Kemajuan;
import id.go.lan.bangkom.core.Periode;
import id.go.lan.bangkom.core.kontrak.TahapSounding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;

/**
 * The Surat Sounding (SPEC §8): for one cut-off, one letter from LAN per instansi whose sounding
 * level is not HIJAU, addressed to its PIC, with the list of its own AKTIF employees off track
 * beside it (CSV and XLSX), and one combined PDF for the operator. Layout under the period's folder
 * {@code sounding/}: {@code <kode>/surat-sounding-<kode>-<P>.pdf}, {@code
 * <kode>/daftar-pegawai-<kode>-<P>.csv|.xlsx}, {@code surat-sounding-<P>-gabungan.pdf}. A DATA
 * instansi without a roster gets a letter asking for data and no list.
 *
 * <p>The later stages of the escalation ladder (issue 16.4, the warehouse's {@code sounding} rows
 * of tahap ESKALASI and TERIMA_KASIH) get their letter in the same folder, named by {@link
 * TahapSounding#berkasPdf}: the second-stage letter to the head of the HR function ({@code
 * surat-eskalasi-<kode>-<P>.pdf}, combined in {@code surat-eskalasi-<P>-gabungan.pdf}) and the
 * thank-you note to the PIC ({@code surat-terima-kasih-<kode>-<P>.pdf}); sentences in {@link
 * KalimatSuratLanjut}, layout in {@link TataLetakSuratLanjut}.
 *
 * <p>Reads the warehouse read-only ({@link DataInstansiPeriode}, shared with the profiles) and the
 * lake's Parquet (names and NIPs live only there, {@link DaftarPegawai}). Sentences in {@link
 * KalimatSurat}, layout in {@link TataLetakSurat}. Templates are compiled once per JVM; letters are
 * filled on all cores.
 */
public final class SuratSounding {
  private final PengaturanSurat pengaturan;
  private final TataLetakSurat tataLetak;
  private final TataLetakSuratLanjut tataLetakLanjut;

  public SuratSounding(PengaturanSurat pengaturan, InstansiMaster master) {
    this.pengaturan = requireNonNull(pengaturan, "pengaturan is null");
    requireNonNull(master, "master is null");
    this.tataLetak = new TataLetakSurat(pengaturan, master);
    this.tataLetakLanjut = new TataLetakSuratLanjut(pengaturan, master);
  }

  /** Same as {@link #renderPeriode(Path, Periode, BerkasPegawai, Path, LocalDate, Kemajuan)}. */
  public List<SuratInstansi> renderPeriode(
      Path warehouse, Periode periode, BerkasPegawai pegawai, Path folder, LocalDate tanggalSurat) {
    return renderPeriode(warehouse, periode, pegawai, folder, tanggalSurat, Kemajuan.DIAM);
  }

  /**
   * Writes every letter of {@code periode} under {@code folder} (typically {@code
   * <workspace>/reports/<P>/sounding}); letters of instansi no longer on the list, and of stages no
   * longer reached, are removed.
   *
   * @param tanggalSurat the letter date; the deadline is {@code tenggatHari} days later
   * @param kemajuan told of each letter written (n of N letters)
   * @return the letters: the Surat Sounding (stage SOUNDING), MERAH first, then KUNING, then DATA,
   *     each by kode; then the second-stage letters (ESKALASI) and the thank-you notes
   *     (TERIMA_KASIH), each by kode ({@link SuratInstansi#tahap()} tells them apart)
   * @throws ReportRenderException when the warehouse or lake cannot be read or a file not written
   */
  public List<SuratInstansi> renderPeriode(
      Path warehouse,
      Periode periode,
      BerkasPegawai pegawai,
      Path folder,
      LocalDate tanggalSurat,
      Kemajuan kemajuan) {
    requireNonNull(kemajuan, "kemajuan is null");
    requireNonNull(warehouse, "warehouse is null");
    requireNonNull(periode, "periode is null");
    requireNonNull(pegawai, "pegawai is null");
    requireNonNull(folder, "folder is null");
    requireNonNull(tanggalSurat, "tanggalSurat is null");
    String dokumen = teks("dokumen.surat", periode.id());
    DataInstansiPeriode data;
    DataTahapLanjut lanjut;
    try {
      data = DataInstansiPeriode.baca(warehouse, periode, pengaturan);
      lanjut = DataTahapLanjut.baca(warehouse, periode, pengaturan);
    } catch (SQLException e) {
      throw Gagal.baca(warehouse, dokumen, e);
    }
    List<Baris> penerima = penerima(data);
    Path root = folder.toAbsolutePath().normalize();
    Map<String, DaftarPegawai.Berkas> daftar = new LinkedHashMap<>();
    List<SuratInstansi> hasil = new ArrayList<>();
    for (Baris instansi : penerima) {
      String kode = instansi.str("kode_instansi");
      Baris s = data.sounding.get(kode);
      boolean adaRoster = Boolean.TRUE.equals(TataLetakSurat.kepatuhan(data, kode).bool("melapor"));
      Path dir = root.resolve(kode);
      Optional<DaftarPegawai.Berkas> berkas =
          adaRoster && pegawai.ada()
              ? Optional.of(
                  new DaftarPegawai.Berkas(
                      dir.resolve("daftar-pegawai-" + kode + "-" + periode.id() + ".csv"),
                      dir.resolve("daftar-pegawai-" + kode + "-" + periode.id() + ".xlsx")))
              : Optional.empty();
      berkas.ifPresent(b -> daftar.put(kode, b));
      hasil.add(
          new SuratInstansi(
              kode,
              s.str("level"),
              dir.resolve(TahapSounding.SOUNDING.berkasPdf(kode, periode)),
              berkas.map(DaftarPegawai.Berkas::csv),
              berkas.map(DaftarPegawai.Berkas::xlsx)));
    }
    List<SuratLanjut> lanjutan = SuratLanjut.rencana(data, lanjut, root, periode);
    List<SuratInstansi> semuaSurat = new ArrayList<>(hasil);
    lanjutan.forEach(l -> semuaSurat.add(l.surat()));
    BerkasSuratLama.hapus(root, semuaSurat);
    int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicLong selesai = new AtomicLong();
    kemajuan.mulai(teks("kemajuan.surat", periode.id()), semuaSurat.size());
    try {
      List<Future<?>> lists = new ArrayList<>();
      List<Future<?>> futuresLain = new ArrayList<>();
      for (Map<String, DaftarPegawai.Berkas> bagian : bagi(daftar, threads)) {
        lists.add(
            pool.submit(
                () -> {
                  DaftarPegawai.tulis(pegawai, bagian, pengaturan);
                  return null;
                }));
      }
      List<Future<JasperPrint>> prints = new ArrayList<>();
      for (int i = 0; i < penerima.size(); i++) {
        Baris instansi = penerima.get(i);
        SuratInstansi surat = hasil.get(i);
        int nomorUrut = i + 1;
        prints.add(
            pool.submit(
                () -> {
                  Terbitan terbitan = terbitan(data, instansi, surat, tanggalSurat);
                  JasperPrint print =
                      tataLetak.isi(
                          data, instansi, surat, nomorUrut, tanggalSurat, terbitan.cap(pengaturan));
                  Dokumen.writePdf(List.of(print), surat.pdf(), judul(data, instansi));
                  terbitan.catat(pengaturan, surat.pdf());
                  kemajuan.maju(selesai.incrementAndGet(), surat.kodeInstansi());
                  return print;
                }));
      }
      List<Future<JasperPrint>> printsEskalasi = new ArrayList<>();
      for (int i = 0; i < lanjutan.size(); i++) {
        SuratLanjut l = lanjutan.get(i);
        int nomorUrut = penerima.size() + i + 1;
        Future<JasperPrint> print =
            pool.submit(
                () -> {
                  Terbitan terbitan = terbitan(data, l.instansi(), l.surat(), tanggalSurat);
                  JasperPrint p =
                      tataLetakLanjut.isi(
                          data, lanjut, l, nomorUrut, tanggalSurat, terbitan.cap(pengaturan));
                  Dokumen.writePdf(List.of(p), l.surat().pdf(), judulLanjut(data, l));
                  terbitan.catat(pengaturan, l.surat().pdf());
                  kemajuan.maju(selesai.incrementAndGet(), l.surat().kodeInstansi());
                  return p;
                });
        if (l.surat().tahap() == TahapSounding.ESKALASI) {
          printsEskalasi.add(print);
        } else {
          futuresLain.add(print);
        }
      }
      gabung(prints, gabungan(root, periode), teks("surat.judul_gabungan", data.judulPeriode()));
      gabung(
          printsEskalasi,
          gabunganEskalasi(root, periode),
          teks("surat.eskalasi.judul_gabungan", data.judulPeriode()));
      for (Future<?> lain : futuresLain) {
        lain.get();
      }
      for (Future<?> list : lists) {
        list.get();
      }
    } catch (ExecutionException e) {
      throw Gagal.tulis(dokumen, e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw Gagal.terputus(dokumen, e);
    } catch (IOException | JRException e) {
      throw Gagal.tulis(dokumen, e);
    } finally {
      pool.shutdownNow();
      kemajuan.selesai();
    }
    return List.copyOf(semuaSurat);
  }

  /** The combined PDF of a period's Surat Sounding, as written by {@link #renderPeriode}. */
  public static Path gabungan(Path folder, Periode periode) {
    return folder.resolve("surat-sounding-" + periode.id() + "-gabungan.pdf");
  }

  /** The combined PDF of a period's second-stage letters, as written by {@link #renderPeriode}. */
  public static Path gabunganEskalasi(Path folder, Periode periode) {
    return folder.resolve(
        TahapSounding.ESKALASI.awalanBerkas() + "-" + periode.id() + "-gabungan.pdf");
  }

  /** Writes the letters of {@code prints} as one PDF, or removes it when there are none. */
  private static void gabung(List<Future<JasperPrint>> prints, Path pdf, String judul)
      throws InterruptedException, ExecutionException, IOException, JRException {
    List<JasperPrint> semua = new ArrayList<>();
    for (Future<JasperPrint> print : prints) {
      semua.add(print.get());
    }
    if (semua.isEmpty()) {
      Files.deleteIfExists(pdf);
    } else {
      Dokumen.writePdf(semua, pdf, judul);
    }
  }

  /** Instansi whose level is not HIJAU, MERAH first, then KUNING, then DATA, each by kode. */
  private static List<Baris> penerima(DataInstansiPeriode data) {
    List<Baris> out = new ArrayList<>();
    for (Baris instansi : data.instansi) {
      Baris s = data.sounding.get(instansi.str("kode_instansi"));
      if (s != null && s.str("level") != null && !"HIJAU".equals(s.str("level"))) {
        out.add(instansi);
      }
    }
    out.sort(
        Comparator.comparingInt(
                (Baris b) -> urutanLevel(data.sounding.get(b.str("kode_instansi")).str("level")))
            .thenComparing(b -> b.str("kode_instansi")));
    return out;
  }

  private static int urutanLevel(String level) {
    return switch (level) {
      case "MERAH" -> 1;
      case "KUNING" -> 2;
      default -> 3;
    };
  }

  private static List<Map<String, DaftarPegawai.Berkas>> bagi(
      Map<String, DaftarPegawai.Berkas> daftar, int n) {
    List<Map<String, DaftarPegawai.Berkas>> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new LinkedHashMap<>());
    }
    int i = 0;
    for (Map.Entry<String, DaftarPegawai.Berkas> e : daftar.entrySet()) {
      out.get(i++ % n).put(e.getKey(), e.getValue());
    }
    out.removeIf(Map::isEmpty);
    return out;
  }

  /**
   * The letter as the register of issued documents knows it: its kind is its stage's file prefix
   * ({@code surat-sounding}, {@code surat-eskalasi}, {@code surat-terima-kasih}). The combined PDFs
   * are not registered: each letter in them carries its own code.
   */
  private static Terbitan terbitan(
      DataInstansiPeriode data, Baris instansi, SuratInstansi surat, LocalDate tanggalSurat) {
    return new Terbitan(
        surat.tahap().awalanBerkas(),
        surat.kodeInstansi(),
        data.namaInstansi(instansi),
        data.periode.id(),
        tanggalSurat);
  }

  private static String judul(DataInstansiPeriode data, Baris instansi) {
    return teks("surat.judul_pdf", data.namaInstansi(instansi), data.periode.id());
  }

  private static String judulLanjut(DataInstansiPeriode data, SuratLanjut l) {
    String kunci =
        l.surat().tahap() == TahapSounding.ESKALASI
            ? "surat.eskalasi.judul_pdf"
            : "surat.terima_kasih.judul_pdf";
    return teks(kunci, data.namaInstansi(l.instansi()), data.periode.id());
  }
}

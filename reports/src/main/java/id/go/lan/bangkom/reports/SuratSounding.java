package id.go.lan.bangkom.reports;

import static id.go.lan.bangkom.reports.Teks.teks;
import static java.util.Objects.requireNonNull;

import id.go.lan.bangkom.core.InstansiMaster;
import id.go.lan.bangkom.core.Kemajuan;
import id.go.lan.bangkom.core.Periode;
import java.io.IOException;
import java.nio.file.DirectoryStream;
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
 * <p>Reads the warehouse read-only ({@link DataInstansiPeriode}, shared with the profiles) and the
 * lake's Parquet (names and NIPs live only there, {@link DaftarPegawai}). Sentences in {@link
 * KalimatSurat}, layout in {@link TataLetakSurat}. Templates are compiled once per JVM; letters are
 * filled on all cores.
 */
public final class SuratSounding {
  private final PengaturanSurat pengaturan;
  private final TataLetakSurat tataLetak;

  public SuratSounding(PengaturanSurat pengaturan, InstansiMaster master) {
    this.pengaturan = requireNonNull(pengaturan, "pengaturan is null");
    this.tataLetak = new TataLetakSurat(pengaturan, requireNonNull(master, "master is null"));
  }

  /** Same as {@link #renderPeriode(Path, Periode, BerkasPegawai, Path, LocalDate, Kemajuan)}. */
  public List<SuratInstansi> renderPeriode(
      Path warehouse, Periode periode, BerkasPegawai pegawai, Path folder, LocalDate tanggalSurat) {
    return renderPeriode(warehouse, periode, pegawai, folder, tanggalSurat, Kemajuan.DIAM);
  }

  /**
   * Writes every letter of {@code periode} under {@code folder} (typically {@code
   * <workspace>/reports/<P>/sounding}); letters of instansi no longer on the list are removed.
   *
   * @param tanggalSurat the letter date; the deadline is {@code tenggatHari} days later
   * @param kemajuan told of each letter written (n of N instansi)
   * @return the letters, MERAH first, then KUNING, then DATA, each by kode
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
    try {
      data = DataInstansiPeriode.baca(warehouse, periode, pengaturan);
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
              dir.resolve("surat-sounding-" + kode + "-" + periode.id() + ".pdf"),
              berkas.map(DaftarPegawai.Berkas::csv),
              berkas.map(DaftarPegawai.Berkas::xlsx)));
    }
    hapusYangLama(root, hasil);
    int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicLong selesai = new AtomicLong();
    kemajuan.mulai(teks("kemajuan.surat", periode.id()), penerima.size());
    try {
      List<Future<?>> lists = new ArrayList<>();
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
                  JasperPrint print = tataLetak.isi(data, instansi, surat, nomorUrut, tanggalSurat);
                  Dokumen.writePdf(List.of(print), surat.pdf(), judul(data, instansi));
                  kemajuan.maju(selesai.incrementAndGet(), surat.kodeInstansi());
                  return print;
                }));
      }
      List<JasperPrint> semua = new ArrayList<>();
      for (Future<JasperPrint> print : prints) {
        semua.add(print.get());
      }
      for (Future<?> list : lists) {
        list.get();
      }
      Path gabungan = root.resolve("surat-sounding-" + periode.id() + "-gabungan.pdf");
      if (semua.isEmpty()) {
        Files.deleteIfExists(gabungan);
      } else {
        Dokumen.writePdf(semua, gabungan, teks("surat.judul_gabungan", data.judulPeriode()));
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
    return List.copyOf(hasil);
  }

  /** The combined PDF of a period, as written by {@link #renderPeriode}. */
  public static Path gabungan(Path folder, Periode periode) {
    return folder.resolve("surat-sounding-" + periode.id() + "-gabungan.pdf");
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

  /** Removes our files of instansi that are no longer on the list (a re-run after new data). */
  private static void hapusYangLama(Path root, List<SuratInstansi> hasil) {
    if (!Files.isDirectory(root)) {
      return;
    }
    List<String> kodes = hasil.stream().map(SuratInstansi::kodeInstansi).toList();
    try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root, Files::isDirectory)) {
      for (Path dir : dirs) {
        if (kodes.contains(dir.getFileName().toString())) {
          continue;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
          for (Path f : files) {
            String name = f.getFileName().toString();
            if (name.startsWith("surat-sounding-") || name.startsWith("daftar-pegawai-")) {
              Files.delete(f);
            }
          }
        }
        try (DirectoryStream<Path> rest = Files.newDirectoryStream(dir)) {
          if (!rest.iterator().hasNext()) {
            Files.delete(dir);
          }
        }
      }
    } catch (IOException e) {
      throw Gagal.tulis(teks("galat.surat_lama", root.toString()), e);
    }
  }

  private static String judul(DataInstansiPeriode data, Baris instansi) {
    return teks("surat.judul_pdf", data.namaInstansi(instansi), data.periode.id());
  }
}

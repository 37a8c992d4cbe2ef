package id.go.lan.bangkom.reports;

import static id.go.lan.bangkom.reports.Blok.esc;
import static id.go.lan.bangkom.reports.Blok.sel;
import static id.go.lan.bangkom.reports.FormatIndonesia.angka;
import static id.go.lan.bangkom.reports.FormatIndonesia.persen;
import static id.go.lan.bangkom.reports.FormatIndonesia.tanggal;
import static java.util.Objects.requireNonNull;

import id.go.lan.bangkom.core.Instansi;
import id.go.lan.bangkom.core.InstansiMaster;
import id.go.lan.bangkom.core.Periode;
import java.io.IOException;
import java.math.BigDecimal;
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
 * <p>Reads the warehouse read-only and the lake's Parquet (names and NIPs live only there).
 * Templates are compiled once per JVM; letters are filled on all cores.
 */
public final class SuratSounding {
  private final PengaturanSurat pengaturan;
  private final InstansiMaster master;

  public SuratSounding(PengaturanSurat pengaturan, InstansiMaster master) {
    this.pengaturan = requireNonNull(pengaturan, "pengaturan is null");
    this.master = requireNonNull(master, "master is null");
  }

  /**
   * Writes every letter of {@code periode} under {@code folder} (typically {@code
   * <workspace>/reports/<P>/sounding}); letters of instansi no longer on the list are removed.
   *
   * @param tanggalSurat the letter date; the deadline is {@code tenggatHari} days later
   * @return the letters, MERAH first, then KUNING, then DATA, each by kode
   * @throws ReportRenderException when the warehouse or lake cannot be read or a file not written
   */
  public List<SuratInstansi> renderPeriode(
      Path warehouse, Periode periode, BerkasPegawai pegawai, Path folder, LocalDate tanggalSurat) {
    requireNonNull(warehouse, "warehouse is null");
    requireNonNull(periode, "periode is null");
    requireNonNull(pegawai, "pegawai is null");
    requireNonNull(folder, "folder is null");
    requireNonNull(tanggalSurat, "tanggalSurat is null");
    DataInstansiPeriode data;
    try {
      data = DataInstansiPeriode.baca(warehouse, periode, pengaturan.calendar());
    } catch (SQLException e) {
      throw Gagal.baca(warehouse, "Surat Sounding " + periode, e);
    }
    List<Baris> penerima = penerima(data);
    Path root = folder.toAbsolutePath().normalize();
    Map<String, DaftarPegawai.Berkas> daftar = new LinkedHashMap<>();
    List<SuratInstansi> hasil = new ArrayList<>();
    for (Baris instansi : penerima) {
      String kode = instansi.str("kode_instansi");
      Baris s = data.sounding.get(kode);
      boolean adaRoster = Boolean.TRUE.equals(kepatuhan(data, kode).bool("melapor"));
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
    try {
      List<Future<?>> lists = new ArrayList<>();
      for (Map<String, DaftarPegawai.Berkas> bagian : bagi(daftar, threads)) {
        lists.add(
            pool.submit(
                () -> {
                  DaftarPegawai.tulis(pegawai, bagian);
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
                  JasperPrint print = isi(data, instansi, surat, nomorUrut, tanggalSurat);
                  Dokumen.writePdf(List.of(print), surat.pdf(), judul(data, instansi, surat));
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
        Dokumen.writePdf(semua, gabungan, "Surat Sounding " + data.judulPeriode() + " (gabungan)");
      }
    } catch (ExecutionException e) {
      throw Gagal.tulis("Surat Sounding " + periode, e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ReportRenderException(
          "Interrupted while writing Surat Sounding " + periode, true, e);
    } catch (IOException | JRException e) {
      throw Gagal.tulis("Surat Sounding " + periode, e);
    } finally {
      pool.shutdownNow();
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
      throw Gagal.tulis("old letters under " + root, e);
    }
  }

  private static Baris kepatuhan(DataInstansiPeriode data, String kode) {
    Baris k = data.kepatuhan.get(kode);
    return k == null ? Baris.kosong() : k;
  }

  private static String judul(DataInstansiPeriode data, Baris instansi, SuratInstansi surat) {
    return "Surat Sounding " + data.namaInstansi(instansi) + " " + data.periode.id();
  }

  private JasperPrint isi(
      DataInstansiPeriode data,
      Baris instansi,
      SuratInstansi surat,
      int nomorUrut,
      LocalDate tanggalSurat)
      throws JRException {
    DokumenTemplates t = DokumenTemplates.get();
    String kode = surat.kodeInstansi();
    String nama = data.namaInstansi(instansi);
    Optional<Instansi> m = master.find(kode);
    String pic = m.map(Instansi::namaPic).filter(s -> !s.isBlank()).orElse("Pengelola Kepegawaian");
    boolean data_ = "DATA".equals(surat.level());
    LocalDate tenggat = tanggalSurat.plusDays(pengaturan.tenggatHari());
    String cw = "Caturwulan " + data.periode.romawi() + " Tahun " + data.periode.tahun();
    String perihal =
        data_
            ? "Permintaan Data Pengembangan Kompetensi ASN " + cw
            : "Sounding Capaian Pengembangan Kompetensi ASN " + cw;
    String lampiran =
        surat.daftarXlsx().isPresent() ? "1 (satu) berkas daftar pegawai (XLSX dan CSV)" : "–";
    List<Blok> blocks = new ArrayList<>();
    blocks.add(
        Blok.tunggal(t.kopSurat())
            .param("INSTANSI_PENGIRIM", "LEMBAGA ADMINISTRASI NEGARA")
            .param(
                "UNIT_PENGIRIM",
                "PUSAT PEMBINAAN PROGRAM DAN KEBIJAKAN PENGEMBANGAN KOMPETENSI ASN")
            .param("ALAMAT_PENGIRIM", "Jalan Veteran Nomor 10, Jakarta Pusat 10110 · www.lan.go.id")
            .param("TEMPAT_TANGGAL", "Jakarta, " + tanggal(tanggalSurat))
            .param("NOMOR", nomor(nomorUrut, surat.level(), tanggalSurat))
            .param("SIFAT", "MERAH".equals(surat.level()) ? "Segera" : "Biasa")
            .param("LAMPIRAN", lampiran)
            .param("PERIHAL", perihal)
            .param(
                "KEPADA",
                "Yth. <b>"
                    + esc(pic)
                    + "</b>\nPengelola Kepegawaian\n"
                    + esc(nama)
                    + "\ndi tempat"));
    if (data_) {
      suratData(blocks, t, data, kode, nama, surat, tenggat);
    } else {
      suratCapaian(blocks, t, data, kode, nama, surat, tenggat);
    }
    blocks.add(
        Blok.paragraf(
            t,
            null,
            "Demikian kami sampaikan. Atas perhatian dan kerja sama Saudara, kami ucapkan terima"
                + " kasih."));
    blocks.add(
        Blok.tunggal(t.tandaTangan())
            .param(
                "JABATAN",
                "a.n. Kepala Lembaga Administrasi Negara\nKepala Pusat Pembinaan Program dan"
                    + " Kebijakan Pengembangan Kompetensi ASN,")
            .param("PENANDA", "Surat ini dibuat secara elektronik oleh sistem Sounding Bangkom.")
            .param(
                "TEMBUSAN",
                "Tembusan:\n1. Kepala Lembaga Administrasi Negara;\n2. Pejabat Pembina"
                    + " Kepegawaian "
                    + nama
                    + "."));
    String dokumen =
        "Surat Sounding "
            + kode
            + " · "
            + data.judulPeriode()
            + " · Tanggal surat "
            + tanggal(tanggalSurat);
    return Dokumen.fill(
        t,
        "Surat Sounding · " + nama + " · " + data.judulPeriode(),
        dokumen,
        data.versi.kaki(),
        blocks);
  }

  /** {@code B-0012/P3K-BANGKOM/SND.MERAH/XI/2026}: running number, level, month and year. */
  static String nomor(int urut, String level, LocalDate tanggalSurat) {
    String[] romawi = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};
    return String.format(
        java.util.Locale.ROOT,
        "B-%04d/P3K-BANGKOM/SND.%s/%s/%d",
        urut,
        level,
        romawi[tanggalSurat.getMonthValue() - 1],
        tanggalSurat.getYear());
  }

  private void suratCapaian(
      List<Blok> blocks,
      DokumenTemplates t,
      DataInstansiPeriode data,
      String kode,
      String nama,
      SuratInstansi surat,
      LocalDate tenggat) {
    Baris k = kepatuhan(data, kode);
    Baris s = data.sounding.get(kode);
    Baris p = data.proyeksi.getOrDefault(kode, Baris.kosong());
    Long pegawai = k.lng("jumlah_pegawai");
    Long tidakOnTrack = jumlah(k.lng("jumlah_tertinggal"), k.lng("jumlah_belum_ada_jp"));
    String ambang = persen(pengaturan.ambangKuningPersenOnTrack()) + "%";
    String level = surat.level();
    String penjelasan =
        "MERAH".equals(level)
            ? "yaitu kurang dari " + ambang + " pegawai berada pada jalur target"
            : "yaitu sebagian besar (sekurang-kurangnya "
                + ambang
                + ") pegawai berada pada jalur target, namun belum seluruhnya";
    blocks.add(
        Blok.paragraf(
            t,
            null,
            "Dengan hormat,\n\nSesuai ketentuan bahwa setiap Aparatur Sipil Negara berhak dan wajib"
                + " mengikuti pengembangan kompetensi paling sedikit 20 (dua puluh) jam pelajaran"
                + " (JP) dalam satu tahun, Lembaga Administrasi Negara memantau capaian"
                + " pengembangan kompetensi setiap caturwulan (sounding). Berdasarkan data yang"
                + " disampaikan "
                + esc(nama)
                + " sampai dengan batas "
                + "Caturwulan "
                + data.periode.romawi()
                + " Tahun "
                + data.periode.tahun()
                + " ("
                + tanggal(data.tanggalAkhir)
                + "), capaian instansi Saudara berada pada <b>level "
                + level
                + "</b>, "
                + penjelasan
                + ": <b>"
                + persen(k.dec("persen_on_track"))
                + "%</b> dari "
                + angka(pegawai)
                + " pegawai sesuai target, sedangkan "
                + angka(tidakOnTrack)
                + " pegawai masih tertinggal atau belum memiliki JP. Rincian capaian sebagai"
                + " berikut."));
    Baris jenis = data.perJenisInstansi.getOrDefault(instansi(data, kode), Baris.kosong());
    Baris nasional = data.nasional.orElse(Baris.kosong());
    List<Map<String, ?>> rows = new ArrayList<>();
    rows.add(
        sel(
            "Jumlah pegawai (populasi AKTIF)",
            angka(pegawai),
            angka(jenis.lng("jumlah_pegawai")),
            angka(nasional.lng("jumlah_pegawai"))));
    rows.add(
        sel(
            true,
            "Sesuai target (%)",
            persen(k.dec("persen_on_track")),
            persen(jenis.dec("persen_on_track")),
            persen(nasional.dec("persen_on_track"))));
    rows.add(
        sel(
            "Memenuhi target tahunan (%)",
            persen(k.dec("persen_memenuhi")),
            persen(jenis.dec("persen_memenuhi")),
            persen(nasional.dec("persen_memenuhi"))));
    rows.add(
        sel(
            "Tertinggal (orang)",
            angka(k.lng("jumlah_tertinggal")),
            angka(jenis.lng("jumlah_tertinggal")),
            angka(nasional.lng("jumlah_tertinggal"))));
    rows.add(
        sel(
            "Belum ada JP (orang)",
            angka(k.lng("jumlah_belum_ada_jp")),
            angka(jenis.lng("jumlah_belum_ada_jp")),
            angka(nasional.lng("jumlah_belum_ada_jp"))));
    rows.add(
        sel(
            "Rata-rata JP per pegawai",
            persen(k.dec("rata_rata_jp")),
            persen(jenis.dec("rata_rata_jp")),
            persen(nasional.dec("rata_rata_jp"))));
    rows.add(
        sel(
            "Proyeksi memenuhi target 31 Desember (%)",
            persen(p.dec("persen_memenuhi_proyeksi")),
            FormatIndonesia.KOSONG,
            FormatIndonesia.KOSONG));
    rows.add(
        sel(
            "JP yang masih dibutuhkan sampai akhir tahun",
            persen(p.dec("kekurangan_jp")),
            FormatIndonesia.KOSONG,
            FormatIndonesia.KOSONG));
    rows.add(
        sel(
            "Poin IP ASN kompetensi berisiko",
            persen(p.dec("poin_ip_asn_berisiko")),
            FormatIndonesia.KOSONG,
            FormatIndonesia.KOSONG));
    rows.add(
        sel(
            "Baris data ditolak (%)",
            persen(s.dec("persen_baris_ditolak")), FormatIndonesia.KOSONG, FormatIndonesia.KOSONG));
    blocks.add(
        Blok.tabel(
                t.tabel(),
                null,
                List.of(
                    "Ukuran",
                    "Instansi Saudara",
                    "Rata-rata " + Label.jenisInstansi(instansi(data, kode)),
                    "Nasional"),
                rows)
            .param(
                "CATATAN",
                "Sesuai target = telah memenuhi target tahunan atau capaian JP-nya sesuai target"
                    + " kumulatif sampai batas caturwulan. "
                    + Label.PEMBULATAN_TARGET
                    + " "
                    + Label.metodeProyeksi(List.of(p))));
    unitTertinggal(blocks, t, data, kode);
    String lampiran =
        surat.daftarXlsx().isPresent()
            ? " sebagaimana tercantum dalam lampiran ("
                + surat.daftarXlsx().get().getFileName()
                + ", juga dalam format CSV)"
            : "";
    blocks.add(
        Blok.paragraf(
            t,
            null,
            "Sehubungan dengan hal tersebut, kami mohon Saudara:\n"
                + "1. memastikan "
                + angka(tidakOnTrack)
                + " pegawai yang tertinggal atau belum memiliki JP"
                + lampiran
                + " mengikuti pengembangan kompetensi, sehingga capaiannya kembali sesuai target"
                + " kumulatif; kolom \"JP yang masih dibutuhkan\" menunjukkan kekurangan JP setiap"
                + " pegawai terhadap target kumulatif;\n"
                + "2. memprioritaskan unit kerja dan kelompok jabatan dengan capaian terendah di"
                + " atas, termasuk melalui jalur nonklasikal (e-learning, coaching, mentoring);\n"
                + "3. memutakhirkan data pengembangan kompetensi dan menyampaikannya pada submisi"
                + " caturwulan berikutnya;\n"
                + "4. menyampaikan rencana tindak lanjut kepada Lembaga Administrasi Negara c.q."
                + " Pusat Pembinaan Program dan Kebijakan Pengembangan Kompetensi ASN <b>paling"
                + " lambat "
                + tanggal(tenggat)
                + "</b>."));
  }

  private static String instansi(DataInstansiPeriode data, String kode) {
    for (Baris b : data.instansi) {
      if (kode.equals(b.str("kode_instansi"))) {
        return b.str("jenis_instansi");
      }
    }
    return null;
  }

  /** The lowest units (at most 6, below 100% on track) and every jabatan group. */
  private static void unitTertinggal(
      List<Blok> blocks, DokumenTemplates t, DataInstansiPeriode data, String kode) {
    List<Map<String, ?>> units = new ArrayList<>();
    int kecil = 0;
    for (Baris u : Baris.daftar(data.unit, kode)) {
      if (Boolean.TRUE.equals(u.bool("sel_kecil"))) {
        kecil++;
        continue;
      }
      BigDecimal onTrack = u.dec("persen_on_track");
      if (units.size() < 6 && onTrack != null && onTrack.compareTo(BigDecimal.valueOf(100)) < 0) {
        units.add(
            sel(
                u.str("unit_kerja"),
                angka(u.lng("jumlah_pegawai")),
                persen(onTrack),
                angka(u.lng("jumlah_tertinggal")),
                angka(u.lng("jumlah_belum_ada_jp")),
                persen(u.dec("rata_rata_jp"))));
      }
    }
    blocks.add(
        Blok.tabel(
                t.tabelLebar(),
                "Unit kerja dengan capaian terendah",
                List.of(
                    "Unit kerja",
                    "Pegawai",
                    "Sesuai target (%)",
                    "Tertinggal",
                    "Belum ada JP",
                    "Rata-rata JP"),
                units)
            .param("KOSONG", "Tidak ada unit kerja dengan capaian di bawah 100%.")
            .param(
                "CATATAN",
                kecil == 0
                    ? null
                    : kecil
                        + " unit kerja dengan kurang dari 5 pegawai tidak dirinci (perlindungan"
                        + " data pribadi); pegawainya tetap ada dalam lampiran."));
    List<Map<String, ?>> jabatan = new ArrayList<>();
    for (Baris j : Baris.daftar(data.jabatan, kode)) {
      jabatan.add(
          sel(
              Label.jenisJabatan(j.str("jenis_jabatan")),
              angka(j.lng("jumlah_pegawai")),
              persen(j.dec("persen_on_track")),
              angka(j.lng("jumlah_tertinggal")),
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
                    "Tertinggal",
                    "Belum ada JP",
                    "Rata-rata JP"),
                jabatan)
            .param("KOSONG", "Belum ada data per jenis jabatan."));
  }

  private void suratData(
      List<Blok> blocks,
      DokumenTemplates t,
      DataInstansiPeriode data,
      String kode,
      String nama,
      SuratInstansi surat,
      LocalDate tenggat) {
    Baris k = kepatuhan(data, kode);
    Baris s = data.sounding.get(kode);
    boolean adaRoster = Boolean.TRUE.equals(k.bool("melapor"));
    String cw = "Caturwulan " + data.periode.romawi() + " Tahun " + data.periode.tahun();
    String keadaan =
        adaRoster
            ? "sebanyak <b>"
                + persen(s.dec("persen_baris_ditolak"))
                + "%</b> baris data yang Saudara kirim untuk "
                + cw
                + " ditolak, di atas ambang "
                + persen(pengaturan.ambangDataPersenDitolak())
                + "%, sehingga capaian instansi Saudara belum dapat dinilai dengan andal"
            : "sampai dengan batas "
                + cw
                + " ("
                + tanggal(data.tanggalAkhir)
                + ") kami belum menerima daftar pegawai (roster) "
                + esc(nama)
                + " yang berlaku untuk periode tersebut, sehingga capaian pengembangan kompetensi"
                + " instansi Saudara belum dapat dihitung";
    blocks.add(
        Blok.paragraf(
            t,
            null,
            "Dengan hormat,\n\nDalam rangka pemantauan capaian pengembangan kompetensi Aparatur"
                + " Sipil Negara paling sedikit 20 (dua puluh) jam pelajaran per tahun, Lembaga"
                + " Administrasi Negara menghimpun data pegawai dan data pengembangan kompetensi"
                + " dari setiap instansi setiap caturwulan. Berdasarkan catatan kami, "
                + keadaan
                + " (<b>level DATA</b>)."));
    String daftar =
        surat.daftarXlsx().isPresent()
            ? "4. memperhatikan pegawai dalam lampiran ("
                + surat.daftarXlsx().get().getFileName()
                + ") yang menurut data yang diterima masih tertinggal atau belum memiliki JP;\n"
            : "";
    blocks.add(
        Blok.paragraf(
            t,
            null,
            "Sehubungan dengan hal tersebut, kami mohon Saudara <b>paling lambat "
                + tanggal(tenggat)
                + "</b>:\n"
                + "1. mengirimkan daftar pegawai (pegawai), data pengembangan kompetensi"
                + " (bangkom) dan data instrumen training rate untuk "
                + cw
                + " sesuai format yang ditetapkan (CSV, XLSX atau JSON);\n"
                + "2. memeriksa tanda terima submisi sebelumnya, yang menyebutkan setiap baris yang"
                + " ditolak beserta alasannya, dan memperbaikinya sebelum dikirim ulang;\n"
                + "3. memastikan NIP ditulis sebagai teks 18 digit dan tanggal selesai kegiatan"
                + " berada dalam periode;\n"
                + daftar
                + "Data yang dikirim ulang menggantikan data sebelumnya untuk periode yang sama."));
  }

  private static Long jumlah(Long a, Long b) {
    return a == null || b == null ? null : a + b;
  }
}

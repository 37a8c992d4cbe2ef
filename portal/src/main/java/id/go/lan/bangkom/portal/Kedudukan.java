package id.go.lan.bangkom.portal;

import static java.util.Objects.requireNonNull;

import id.go.lan.bangkom.core.Periode;
import id.go.lan.bangkom.core.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What the warehouse says about one instansi at one cut-off, for the standing pages, read-only (the
 * warehouse is attached {@code READ_ONLY} per request, so a {@code publish} swapping the file in is
 * seen by the next request). A table the warehouse does not have yet reads as empty.
 */
final class Kedudukan {
  private static final Locale ID = Locale.forLanguageTag("id-ID");

  private final Workspace ws;
  private final Gudang gudang;

  Kedudukan(Workspace ws) {
    this.ws = requireNonNull(ws, "ws is null");
    this.gudang = new Gudang(ws.warehouse());
  }

  /** Closes the warehouse connections. */
  void tutup() {
    gudang.close();
  }

  /** Counts and percentages of the instansi, its peers (same jenis) and the nation. */
  record Ringkasan(
      boolean melapor,
      long jumlahPegawai,
      long memenuhi,
      long sesuaiTarget,
      long tertinggal,
      long belumAdaJp,
      String persenOnTrack,
      String persenMemenuhi,
      String rataRataJp,
      String persenSejenis,
      String persenNasional,
      String level,
      String alasan) {}

  /** One indicator of the training rate. */
  record Indikator(
      String instrumen,
      String indikator,
      String nilai,
      boolean dihitung,
      boolean hilang,
      String potensi) {}

  /** The training rate and what pulled it down. */
  record Rate(
      String nilai,
      String kategori,
      String penarikTurun,
      String perbaikanUtama,
      List<Indikator> indikator) {}

  /** The year-end projection. */
  record Proyeksi(
      String persenMemenuhi,
      String persenProyeksi,
      String bawah,
      String atas,
      String kekuranganJp,
      long tidakOnTrack) {}

  /** A file LAN issued to the instansi for the period (a letter, the off-track list, a profile). */
  record Dokumen(String nama, String jenis) {}

  /** The whole standing page of one cut-off. */
  record Halaman(
      Periode periode,
      Optional<Ringkasan> ringkasan,
      Optional<Rate> rate,
      List<String> kelemahan,
      Optional<Proyeksi> proyeksi,
      List<Dokumen> dokumen) {}

  /** A row of the analis's worklist or the admin's overview. */
  record Baris(
      String kode,
      String nama,
      boolean melapor,
      String persenOnTrack,
      String level,
      String tahap) {}

  boolean adaGudang() {
    return gudang.ada();
  }

  /** Cut-offs the warehouse has for the instansi, newest first. */
  List<Periode> periode(String kode) throws SQLException {
    return kueri(
        "kepatuhan_instansi",
        "SELECT DISTINCT tahun, caturwulan FROM kepatuhan_instansi WHERE kode_instansi = ?"
            + " ORDER BY tahun DESC, caturwulan DESC",
        rs -> new Periode(rs.getInt(1), rs.getInt(2)),
        kode);
  }

  Halaman halaman(String kode, Periode p) throws SQLException {
    Optional<Ringkasan> ringkasan = Optional.empty();
    Optional<Rate> rate = Optional.empty();
    List<String> kelemahan = new ArrayList<>();
    Optional<Proyeksi> proyeksi = Optional.empty();
    if (adaGudang()) {
      try (Gudang.Koneksi k = gudang.buka()) {
        Connection c = k.c();
        ringkasan = ringkasan(k, c, kode, p);
        rate = rate(k, c, kode, p);
        kelemahan = kelemahan(k, c, kode, p);
        proyeksi = proyeksi(k, c, kode, p);
      }
    }
    return new Halaman(p, ringkasan, rate, kelemahan, proyeksi, dokumen(kode, p));
  }

  private Optional<Ringkasan> ringkasan(Gudang.Koneksi k, Connection c, String kode, Periode p)
      throws SQLException {
    if (!k.ada("kepatuhan_instansi")) {
      return Optional.empty();
    }
    boolean sounding = k.ada("sounding");
    String sql =
        "SELECT k.melapor, k.jumlah_pegawai, k.jumlah_memenuhi, k.jumlah_sesuai_target,"
            + " k.jumlah_tertinggal, k.jumlah_belum_ada_jp, k.persen_on_track, k.persen_memenuhi,"
            + " k.rata_rata_jp,"
            + " (SELECT CAST(ROUND(100.0 * SUM(x.jumlah_memenuhi + x.jumlah_sesuai_target)"
            + "    / NULLIF(SUM(x.jumlah_pegawai), 0), 2) AS DECIMAL(5,2)) FROM kepatuhan_instansi x"
            + "    JOIN dim_instansi dx ON dx.kode_instansi = x.kode_instansi"
            + "    WHERE x.tahun = k.tahun AND x.caturwulan = k.caturwulan AND x.melapor"
            + "    AND dx.jenis_instansi = d.jenis_instansi),"
            + " (SELECT n.persen_on_track FROM kepatuhan_nasional n"
            + "    WHERE n.tahun = k.tahun AND n.caturwulan = k.caturwulan),"
            + (sounding ? " s.level, s.alasan" : " CAST(NULL AS VARCHAR), CAST(NULL AS VARCHAR)")
            + " FROM kepatuhan_instansi k JOIN dim_instansi d ON d.kode_instansi = k.kode_instansi"
            + (sounding
                ? " LEFT JOIN sounding s ON s.tahun = k.tahun AND s.caturwulan = k.caturwulan"
                    + " AND s.kode_instansi = k.kode_instansi"
                : "")
            + " WHERE k.kode_instansi = ? AND k.tahun = ? AND k.caturwulan = ?";
    try (PreparedStatement ps = siapkan(c, sql, kode, p);
        ResultSet rs = ps.executeQuery()) {
      if (!rs.next()) {
        return Optional.empty();
      }
      return Optional.of(
          new Ringkasan(
              rs.getBoolean(1),
              rs.getLong(2),
              rs.getLong(3),
              rs.getLong(4),
              rs.getLong(5),
              rs.getLong(6),
              angka(rs.getBigDecimal(7)),
              angka(rs.getBigDecimal(8)),
              angka(rs.getBigDecimal(9)),
              angka(rs.getBigDecimal(10)),
              angka(rs.getBigDecimal(11)),
              teks(rs.getString(12)),
              teks(rs.getString(13))));
    }
  }

  private Optional<Rate> rate(Gudang.Koneksi k, Connection c, String kode, Periode p)
      throws SQLException {
    if (!k.ada("training_rate_instansi")) {
      return Optional.empty();
    }
    List<Indikator> indikator = new ArrayList<>();
    if (k.ada("training_rate_indikator")) {
      try (PreparedStatement ps =
              siapkan(
                  c,
                  "SELECT instrumen, indikator, nilai_dipakai, dihitung, hilang, potensi_tambahan"
                      + " FROM training_rate_indikator WHERE kode_instansi = ? AND tahun = ?"
                      + " AND caturwulan = ? ORDER BY potensi_tambahan DESC NULLS LAST, indikator",
                  kode,
                  p);
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          indikator.add(
              new Indikator(
                  rs.getString(1),
                  rs.getString(2),
                  angka(rs.getBigDecimal(3)),
                  rs.getBoolean(4),
                  rs.getBoolean(5),
                  angka(rs.getBigDecimal(6))));
        }
      }
    }
    try (PreparedStatement ps =
            siapkan(
                c,
                "SELECT training_rate, kategori, indikator_penarik_turun, perbaikan_utama"
                    + " FROM training_rate_instansi WHERE kode_instansi = ? AND tahun = ?"
                    + " AND caturwulan = ?",
                kode,
                p);
        ResultSet rs = ps.executeQuery()) {
      if (!rs.next() || rs.getBigDecimal(1) == null) {
        return Optional.empty();
      }
      return Optional.of(
          new Rate(
              angka(rs.getBigDecimal(1)),
              teks(rs.getString(2)),
              teks(rs.getString(3)),
              teks(rs.getString(4)),
              indikator));
    }
  }

  private List<String> kelemahan(Gudang.Koneksi k, Connection c, String kode, Periode p)
      throws SQLException {
    List<String> out = new ArrayList<>();
    if (!k.ada("kelemahan_instansi")) {
      return out;
    }
    try (PreparedStatement ps =
            siapkan(
                c,
                "SELECT kalimat FROM kelemahan_instansi WHERE kode_instansi = ? AND tahun = ?"
                    + " AND caturwulan = ? ORDER BY peringkat",
                kode,
                p);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }

  private Optional<Proyeksi> proyeksi(Gudang.Koneksi k, Connection c, String kode, Periode p)
      throws SQLException {
    if (!k.ada("proyeksi_instansi")) {
      return Optional.empty();
    }
    try (PreparedStatement ps =
            siapkan(
                c,
                "SELECT persen_memenuhi, persen_memenuhi_proyeksi, batas_bawah, batas_atas,"
                    + " kekurangan_jp, jumlah_tidak_on_track FROM proyeksi_instansi"
                    + " WHERE kode_instansi = ? AND tahun = ? AND caturwulan = ?",
                kode,
                p);
        ResultSet rs = ps.executeQuery()) {
      if (!rs.next() || rs.getBigDecimal(2) == null) {
        return Optional.empty();
      }
      return Optional.of(
          new Proyeksi(
              angka(rs.getBigDecimal(1)),
              angka(rs.getBigDecimal(2)),
              angka(rs.getBigDecimal(3)),
              angka(rs.getBigDecimal(4)),
              angka(rs.getBigDecimal(5)),
              rs.getLong(6)));
    }
  }

  /**
   * Files issued to the instansi for the period: {@code reports/<P>/sounding/<kode>/*} (letters,
   * off-track list) and {@code reports/<P>/profil/*-<kode>-*.pdf}.
   */
  List<Dokumen> dokumen(String kode, Periode p) {
    List<Dokumen> out = new ArrayList<>();
    for (Path f : berkasInstansi(kode, p).values()) {
      out.add(new Dokumen(f.getFileName().toString(), jenis(f.getFileName().toString())));
    }
    return out;
  }

  /** The files of {@link #dokumen}, by file name: the only files a download may name. */
  Map<String, Path> berkasInstansi(String kode, Periode p) {
    Map<String, Path> out = new LinkedHashMap<>();
    Path base = ws.reports(p);
    tambah(out, base.resolve("sounding").resolve(kode), n -> true);
    tambah(out, base.resolve("profil"), n -> n.contains("-" + kode + "-") && n.endsWith(".pdf"));
    return out;
  }

  private static void tambah(
      Map<String, Path> out, Path folder, java.util.function.Predicate<String> ambil) {
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (Stream<Path> s = Files.list(folder)) {
      s.filter(Files::isRegularFile)
          .filter(f -> ambil.test(f.getFileName().toString()))
          .sorted()
          .forEach(f -> out.put(f.getFileName().toString(), f));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String jenis(String nama) {
    if (nama.startsWith("surat-eskalasi")) {
      return "Surat eskalasi";
    }
    if (nama.startsWith("surat")) {
      return "Surat Sounding";
    }
    if (nama.startsWith("daftar-pegawai")) {
      return "Daftar pegawai belum on track";
    }
    if (nama.startsWith("profil")) {
      return "Profil instansi";
    }
    return "Dokumen";
  }

  /** Every instansi's row at the cut-off, in {@code kode} order (all when {@code kode} null). */
  Map<String, Baris> baris(Periode p, Set<String> kode) throws SQLException {
    Map<String, Baris> out = new LinkedHashMap<>();
    if (!adaGudang()) {
      return out;
    }
    try (Gudang.Koneksi k = gudang.buka()) {
      Connection c = k.c();
      if (!k.ada("kepatuhan_instansi")) {
        return out;
      }
      boolean sounding = k.ada("sounding");
      String sql =
          "SELECT k.kode_instansi, d.nama_instansi, k.melapor, k.persen_on_track, "
              + (sounding ? "s.level, s.tahap" : "NULL, NULL")
              + " FROM kepatuhan_instansi k JOIN dim_instansi d USING (kode_instansi)"
              + (sounding
                  ? " LEFT JOIN sounding s ON s.tahun = k.tahun AND s.caturwulan = k.caturwulan"
                      + " AND s.kode_instansi = k.kode_instansi"
                  : "")
              + " WHERE k.tahun = ? AND k.caturwulan = ? ORDER BY k.kode_instansi";
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setInt(1, p.tahun());
        ps.setInt(2, p.caturwulan());
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            String ki = rs.getString(1);
            if (kode == null || kode.contains(ki)) {
              out.put(
                  ki,
                  new Baris(
                      ki,
                      rs.getString(2),
                      rs.getBoolean(3),
                      angka(rs.getBigDecimal(4)),
                      teks(rs.getString(5)),
                      teks(rs.getString(6))));
            }
          }
        }
      }
    }
    return out;
  }

  /** The instansi assigned to an analis (dim_penugasan, the version in force). */
  Set<String> instansiAnalis(String email) throws SQLException {
    return new HashSet<>(
        kueri(
            "dim_penugasan",
            "SELECT kode_instansi FROM dim_penugasan WHERE lower(email_analis) = ?"
                + " AND berlaku_sampai IS NULL",
            rs -> rs.getString(1),
            email.toLowerCase(Locale.ROOT)));
  }

  /** The newest cut-off in the warehouse. */
  Optional<Periode> periodeTerakhir() throws SQLException {
    return kueri(
            "kepatuhan_instansi",
            "SELECT tahun, caturwulan FROM kepatuhan_instansi"
                + " ORDER BY tahun DESC, caturwulan DESC LIMIT 1",
            rs -> new Periode(rs.getInt(1), rs.getInt(2)))
        .stream()
        .findFirst();
  }

  /** The indicator values the computed indicators (e.g. PL1) got at the cut-off. */
  Map<String, String> indikatorDihitung(String kode, Periode p) throws SQLException {
    Map<String, String> out = new LinkedHashMap<>();
    for (String[] r :
        kueri(
            "training_rate_indikator",
            "SELECT indikator, nilai_dipakai FROM training_rate_indikator"
                + " WHERE kode_instansi = ? AND tahun = ? AND caturwulan = ? AND dihitung",
            rs -> new String[] {rs.getString(1), angka(rs.getBigDecimal(2))},
            kode,
            p.tahun(),
            p.caturwulan())) {
      out.put(r[0], r[1]);
    }
    return out;
  }

  /** The first analis of the assignment in force: {e-mail, name}. */
  Optional<String[]> analisPertama() throws SQLException {
    return kueri(
            "dim_penugasan",
            "SELECT email_analis, nama_analis FROM dim_penugasan WHERE berlaku_sampai IS NULL"
                + " ORDER BY email_analis LIMIT 1",
            rs -> new String[] {rs.getString(1), rs.getString(2)})
        .stream()
        .findFirst();
  }

  /** Reads one row of a result. */
  private interface Peta<T> {
    T dari(ResultSet rs) throws SQLException;
  }

  /**
   * The rows of {@code sql} (its parameters in order), each read by {@code peta}; none when the
   * warehouse or {@code tabel} is not there yet.
   */
  private <T> List<T> kueri(String tabel, String sql, Peta<T> peta, Object... param)
      throws SQLException {
    List<T> out = new ArrayList<>();
    if (!adaGudang()) {
      return out;
    }
    try (Gudang.Koneksi k = gudang.buka()) {
      if (!k.ada(tabel)) {
        return out;
      }
      try (PreparedStatement ps = k.c().prepareStatement(sql)) {
        for (int i = 0; i < param.length; i++) {
          ps.setObject(i + 1, param[i]);
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(peta.dari(rs));
          }
        }
      }
    }
    return out;
  }

  private static PreparedStatement siapkan(Connection c, String sql, String kode, Periode p)
      throws SQLException {
    PreparedStatement ps = c.prepareStatement(sql);
    ps.setString(1, kode);
    ps.setInt(2, p.tahun());
    ps.setInt(3, p.caturwulan());
    return ps;
  }

  static String angka(BigDecimal v) {
    if (v == null) {
      return "–";
    }
    NumberFormat f = NumberFormat.getNumberInstance(ID);
    f.setMinimumFractionDigits(v.scale() > 0 ? Math.min(2, v.scale()) : 0);
    f.setMaximumFractionDigits(2);
    return f.format(v);
  }

  private static String teks(String s) {
    return s == null ? "" : s;
  }
}

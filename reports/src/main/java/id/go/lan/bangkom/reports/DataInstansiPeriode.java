package id.go.lan.bangkom.reports;

import static id.go.lan.bangkom.reports.Teks.teks;

import id.go.lan.bangkom.core.CaturwulanCalendar;
import id.go.lan.bangkom.core.Periode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the letters and profiles of one cut-off print, read from the warehouse in one query
 * per table (not one per instansi), so 606 documents cost a handful of queries.
 */
final class DataInstansiPeriode {
  final Periode periode;
  final LocalDate tanggalMulai;
  final LocalDate tanggalAkhir;
  final VersiData versi;
  final List<Baris> instansi;
  final Map<String, Baris> kepatuhan;
  final Map<String, Baris> sounding;
  final Map<String, Baris> proyeksi;
  final Map<String, Baris> trainingRate;
  final Map<String, List<Baris>> indikator;
  final Map<String, List<Baris>> unit;
  final Map<String, List<Baris>> jabatan;
  final Map<String, List<Baris>> kelemahan;

  /** The data-quality scorecard by kode; empty for a warehouse published before the table. */
  final Map<String, Baris> mutuData;

  final Map<String, Baris> perJenisInstansi;
  final Optional<Baris> nasional;
  final Optional<Baris> trainingRateNasional;

  private DataInstansiPeriode(Connection c, Path warehouse, Periode p, CaturwulanCalendar calendar)
      throws SQLException {
    this.periode = p;
    int t = p.tahun();
    int cw = p.caturwulan();
    List<Baris> tanggal =
        Baris.query(
            c,
            "SELECT tanggal_mulai, tanggal_akhir FROM dim_periode WHERE tahun = ? AND caturwulan = ?",
            t,
            cw);
    this.tanggalMulai =
        tanggal.isEmpty() ? calendar.awal(p) : LocalDate.parse(tanggal.get(0).str("tanggal_mulai"));
    this.tanggalAkhir =
        tanggal.isEmpty()
            ? calendar.akhir(p)
            : LocalDate.parse(tanggal.get(0).str("tanggal_akhir"));
    this.versi = VersiData.baca(c, warehouse, t, cw, tanggalAkhir);
    this.instansi =
        Baris.query(
            c,
            "SELECT kode_instansi, nama_instansi, jenis_instansi, nama_provinsi FROM dim_instansi"
                + " ORDER BY kode_instansi");
    this.kepatuhan = Baris.satuPerKode(perPeriode(c, "kepatuhan_instansi", t, cw, ""));
    this.sounding =
        Baris.satuPerKode(perPeriode(c, "sounding", t, cw, SaringTahap.hanyaSounding(c, "")));
    this.proyeksi = Baris.satuPerKode(perPeriode(c, "proyeksi_instansi", t, cw, ""));
    this.trainingRate = Baris.satuPerKode(perPeriode(c, "training_rate_instansi", t, cw, ""));
    this.indikator =
        Baris.perKode(
            perPeriode(
                c,
                "training_rate_indikator",
                t,
                cw,
                " ORDER BY kode_instansi, CASE instrumen WHEN 'PERENCANAAN' THEN 1"
                    + " WHEN 'PELAKSANAAN' THEN 2 WHEN 'MONEV' THEN 3 ELSE 4 END, indikator"));
    this.unit =
        Baris.perKode(
            perPeriode(
                c,
                "kepatuhan_unit",
                t,
                cw,
                " ORDER BY kode_instansi, sel_kecil, persen_on_track ASC NULLS LAST,"
                    + " jumlah_pegawai DESC, unit_kerja"));
    this.jabatan =
        Baris.perKode(
            Baris.query(
                c,
                "SELECT k.* FROM kepatuhan_jabatan k LEFT JOIN dim_jenis_jabatan d USING"
                    + " (jenis_jabatan) WHERE k.tahun = ? AND k.caturwulan = ?"
                    + " ORDER BY k.kode_instansi, d.urutan, k.jenis_jabatan",
                t,
                cw));
    this.kelemahan =
        Baris.perKode(
            perPeriode(c, "kelemahan_instansi", t, cw, " ORDER BY kode_instansi, peringkat"));
    this.mutuData =
        ada(c, "mutu_data_instansi")
            ? Baris.satuPerKode(perPeriode(c, "mutu_data_instansi", t, cw, ""))
            : Map.of();
    this.perJenisInstansi = new java.util.HashMap<>();
    for (Baris b : perPeriode(c, "kepatuhan_jenis_instansi", t, cw, "")) {
      perJenisInstansi.put(b.str("jenis_instansi"), b);
    }
    this.nasional = perPeriode(c, "kepatuhan_nasional", t, cw, "").stream().findFirst();
    this.trainingRateNasional =
        perPeriode(c, "training_rate_nasional", t, cw, "").stream().findFirst();
  }

  static DataInstansiPeriode baca(Path warehouse, Periode periode, PengaturanSurat pengaturan)
      throws SQLException {
    try (Connection connection = WarehouseReader.open(warehouse, pengaturan)) {
      return new DataInstansiPeriode(connection, warehouse, periode, pengaturan.calendar());
    }
  }

  /** The warehouse has {@code table} (tables newer than the reader's oldest supported file). */
  private static boolean ada(Connection c, String table) throws SQLException {
    return !Baris.query(
            c, "SELECT 1 FROM information_schema.tables WHERE table_name = ? LIMIT 1", table)
        .isEmpty();
  }

  private static List<Baris> perPeriode(
      Connection c, String table, int tahun, int caturwulan, String orderBy) throws SQLException {
    return Baris.query(
        c,
        "SELECT * FROM " + table + " WHERE tahun = ? AND caturwulan = ?" + orderBy,
        tahun,
        caturwulan);
  }

  /** {@code Caturwulan II 2026 (1 Mei – 31 Agustus 2026)}. */
  String judulPeriode() {
    return teks(
        "umum.judul_periode",
        periode.romawi(),
        String.valueOf(periode.tahun()),
        tanggalMulai.getYear() == tanggalAkhir.getYear()
            ? FormatIndonesia.tanggalTanpaTahun(tanggalMulai)
            : FormatIndonesia.tanggal(tanggalMulai),
        FormatIndonesia.tanggal(tanggalAkhir));
  }

  String namaInstansi(Baris instansi) {
    String nama = instansi.str("nama_instansi");
    return nama == null ? instansi.str("kode_instansi") : nama;
  }
}

package id.go.lan.bangkom.reports.tindaklanjut;

import static id.go.lan.bangkom.reports.tindaklanjut.Teks.teks;

import id.go.lan.bangkom.core.Periode;
import id.go.lan.bangkom.core.kontrak.TahapSounding;
import id.go.lan.bangkom.reports.SaringTahap;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The worklist rows of one cut-off, read from the warehouse (attached read-only as {@code w}): one
 * per instansi of {@code dim_instansi}, with its level now and at the previous cut-off, what data
 * is missing or refused, the letter and the follow-ups recorded, and the later stage of the
 * escalation ladder it reached. The level, the letter and the deadline are those of the first
 * stage: only {@code sounding} and {@code pengiriman} rows of {@code tahap} SOUNDING count there.
 * {@code dim_penugasan}, {@code tindak_lanjut} and {@code sounding.tahap} are newer than the rest:
 * a warehouse without them reads as no assignment, no follow-up and no escalation, with a note
 * saying so.
 */
final class KueriDaftar {
  private final Connection connection;
  private final Periode periode;
  private final Periode sebelumnya;
  private final LocalDate tanggalLaporan;
  private final int tenggatHari;
  private final List<String> catatan = new ArrayList<>();

  KueriDaftar(Connection connection, Periode periode, LocalDate tanggalLaporan, int tenggatHari) {
    this.connection = connection;
    this.periode = periode;
    this.sebelumnya = sebelumnya(periode);
    this.tanggalLaporan = tanggalLaporan;
    this.tenggatHari = tenggatHari;
  }

  /** The cut-off before {@code periode}: CW1's is the previous year's CW3. */
  static Periode sebelumnya(Periode periode) {
    return periode.caturwulan() > 1
        ? new Periode(periode.tahun(), periode.caturwulan() - 1)
        : new Periode(periode.tahun() - 1, 3);
  }

  /**
   * Notes in Indonesian about tables the warehouse does not have yet (read after {@link #baca}).
   */
  List<String> catatan() {
    return List.copyOf(catatan);
  }

  /**
   * Every instansi's row, ordered by {@link BarisDaftar#URGENSI}.
   *
   * @return empty when the warehouse has no sounding for the period
   */
  List<BarisDaftar> baca() throws SQLException {
    Map<String, BarisDaftar.Analis> penugasan = penugasan();
    Map<String, Surat> surat = surat();
    Map<String, String> masalah = masalahData();
    Map<String, BigDecimal> jpKurang = jpKurang();
    Map<String, Riwayat> riwayat = riwayat();
    Map<String, BigDecimal> skorMutu = skorMutu();
    Map<String, Tahap> tahap = tahapLanjut();
    String sql =
        "SELECT d.kode_instansi, d.nama_instansi, s.level, s.alasan, sp.level AS level_sebelumnya,"
            + " coalesce(k.persen_on_track, s.persen_on_track) AS persen,"
            + " coalesce(kp.persen_on_track, sp.persen_on_track) AS persen_sebelumnya"
            + " FROM dim_instansi d"
            + " JOIN sounding s ON s.kode_instansi = d.kode_instansi"
            + " AND s.tahun = ? AND s.caturwulan = ?"
            + SaringTahap.hanyaSounding(connection, "sounding", "s")
            + " LEFT JOIN kepatuhan_instansi k ON k.kode_instansi = d.kode_instansi"
            + " AND k.tahun = s.tahun AND k.caturwulan = s.caturwulan"
            + " LEFT JOIN sounding sp ON sp.kode_instansi = d.kode_instansi"
            + " AND sp.tahun = ? AND sp.caturwulan = ?"
            + SaringTahap.hanyaSounding(connection, "sounding", "sp")
            + " LEFT JOIN kepatuhan_instansi kp ON kp.kode_instansi = d.kode_instansi"
            + " AND kp.tahun = sp.tahun AND kp.caturwulan = sp.caturwulan";
    List<BarisDaftar> rows = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setInt(1, periode.tahun());
      statement.setInt(2, periode.caturwulan());
      statement.setInt(3, sebelumnya.tahun());
      statement.setInt(4, sebelumnya.caturwulan());
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          String kode = rs.getString("kode_instansi");
          String level = isi(rs.getString("level"));
          BigDecimal persen = rs.getBigDecimal("persen");
          BigDecimal persenSebelumnya = rs.getBigDecimal("persen_sebelumnya");
          Surat s = surat.getOrDefault(kode, Surat.TIDAK_ADA);
          boolean perluSurat = !"HIJAU".equals(level);
          List<String> masalahInstansi = new ArrayList<>();
          if ("DATA".equals(level)) {
            masalahInstansi.add(isi(rs.getString("alasan")));
          }
          Optional.ofNullable(masalah.get(kode)).ifPresent(masalahInstansi::add);
          Riwayat r = riwayat.getOrDefault(kode, Riwayat.KOSONG);
          Tahap t = tahap.getOrDefault(kode, Tahap.TIDAK_ADA);
          rows.add(
              new BarisDaftar(
                  periode.id(),
                  kode,
                  isi(rs.getString("nama_instansi")),
                  level,
                  isi(rs.getString("level_sebelumnya")),
                  persen,
                  persen == null || persenSebelumnya == null
                      ? null
                      : persen.subtract(persenSebelumnya),
                  jpKurang.get(kode),
                  String.join("; ", masalahInstansi),
                  skorMutu.get(kode),
                  s.terkirim().orElse(perluSurat ? teks("tindak_lanjut.surat.belum") : ""),
                  s.gagal().orElse(""),
                  perluSurat
                      ? s.tanggal().orElse(tanggalLaporan).plusDays(tenggatHari).toString()
                      : "",
                  t.teks(),
                  t.tahap(),
                  r.terakhir(),
                  r.janji(),
                  Optional.ofNullable(penugasan.get(kode))));
        }
      }
    }
    rows.sort(BarisDaftar.URGENSI);
    return rows;
  }

  /** The assignment in force on the report date: kode -> analis. */
  private Map<String, BarisDaftar.Analis> penugasan() throws SQLException {
    Map<String, BarisDaftar.Analis> out = new HashMap<>();
    if (!ada("dim_penugasan")) {
      catatan.add(teks("tindak_lanjut.tabel_tidak_ada.dim_penugasan"));
      return out;
    }
    String sql =
        "SELECT kode_instansi, nama_analis, email_analis FROM dim_penugasan"
            + " WHERE berlaku_mulai <= ? AND (berlaku_sampai IS NULL OR berlaku_sampai >= ?)"
            + " AND nullif(trim(email_analis), '') IS NOT NULL"
            + " QUALIFY row_number() OVER (PARTITION BY kode_instansi ORDER BY versi DESC) = 1";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setObject(1, tanggalLaporan);
      statement.setObject(2, tanggalLaporan);
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          out.put(
              rs.getString(1),
              new BarisDaftar.Analis(isi(rs.getString(2)), rs.getString(3).trim()));
        }
      }
    }
    return out;
  }

  /** The letter of the cut-off: the last one sent, and a failed attempt after it. */
  private Map<String, Surat> surat() throws SQLException {
    Map<String, Surat> out = new HashMap<>();
    if (!ada("pengiriman")) {
      return out;
    }
    // dicatat_pada is WIB (docs/warehouse.md): its date is the letter's date as the PIC sees it.
    String sql =
        "SELECT kode_instansi, status, level, kode_alasan, alasan,"
            + " CAST(dicatat_pada AS DATE) AS tanggal FROM pengiriman"
            + " WHERE tahun = ? AND caturwulan = ? AND status IN ('TERKIRIM', 'GAGAL')"
            + SaringTahap.hanyaSounding(connection, "pengiriman", "pengiriman")
            + " ORDER BY kode_instansi, dicatat_pada";
    try (PreparedStatement statement = periode(sql)) {
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          String kode = rs.getString("kode_instansi");
          LocalDate tanggal = rs.getObject("tanggal", LocalDate.class);
          Surat lama = out.getOrDefault(kode, Surat.TIDAK_ADA);
          if ("TERKIRIM".equals(rs.getString("status"))) {
            out.put(
                kode,
                new Surat(
                    Optional.of(
                        teks(
                            "tindak_lanjut.surat.terkirim",
                            tanggal.toString(),
                            rs.getString("level"))),
                    // The deadline runs from the first letter accepted, as the escalation rule's
                    // (sounding_tahap.sql): a re-send on purpose does not move it.
                    lama.tanggal().isPresent() ? lama.tanggal() : Optional.of(tanggal),
                    Optional.empty()));
          } else {
            String gagal =
                teks(
                    "tindak_lanjut.surat.gagal",
                    tanggal.toString(),
                    isi(rs.getString("kode_alasan")),
                    isi(rs.getString("alasan")));
            out.put(kode, new Surat(lama.terkirim(), lama.tanggal(), Optional.of(gagal)));
          }
        }
      }
    }
    return out;
  }

  /**
   * The later stages of the ladder the instansi reached at the cut-off (the {@code sounding} rows
   * of another {@code tahap} than SOUNDING), each with the state of its letter.
   */
  private Map<String, Tahap> tahapLanjut() throws SQLException {
    Map<String, Tahap> out = new HashMap<>();
    if (!SaringTahap.adaKolom(connection, "sounding", "tahap")) {
      catatan.add(teks("tindak_lanjut.tabel_tidak_ada.tahap"));
      return out;
    }
    Map<String, Surat> surat = suratTahap();
    String sql =
        "SELECT kode_instansi, tahap, pemicu, alasan FROM sounding"
            + " WHERE tahun = ? AND caturwulan = ? AND tahap <> 'SOUNDING'"
            + " ORDER BY kode_instansi, tahap";
    try (PreparedStatement statement = periode(sql);
        ResultSet rs = statement.executeQuery()) {
      while (rs.next()) {
        String kode = rs.getString("kode_instansi");
        TahapSounding tahap = TahapSounding.dari(rs.getString("tahap"));
        String kalimat =
            teksTahap(
                tahap,
                isi(rs.getString("pemicu")),
                isi(rs.getString("alasan")),
                surat.getOrDefault(kode + "/" + tahap.name(), Surat.TIDAK_ADA));
        Tahap baru = new Tahap(kalimat, Optional.of(tahap));
        // Both stages at one cut-off cannot happen (MERAH/DATA vs HIJAU); if it did, keep both
        // texts and let the escalation decide the highlight and the order.
        out.merge(
            kode,
            baru,
            (lama, lain) ->
                new Tahap(
                    lama.teks() + " | " + lain.teks(),
                    lama.tahap().filter(TahapSounding.ESKALASI::equals).or(lain::tahap)));
      }
    }
    return out;
  }

  /**
   * The letters of the later stages of the cut-off, per {@code kode/tahap}: the last one sent, or
   * the last failed attempt when none was sent.
   */
  private Map<String, Surat> suratTahap() throws SQLException {
    Map<String, Surat> out = new HashMap<>();
    if (!ada("pengiriman") || !SaringTahap.adaKolom(connection, "pengiriman", "tahap")) {
      return out;
    }
    String sql =
        "SELECT kode_instansi, tahap, status, kode_alasan, alasan,"
            + " CAST(dicatat_pada AS DATE) AS tanggal FROM pengiriman"
            + " WHERE tahun = ? AND caturwulan = ? AND status IN ('TERKIRIM', 'GAGAL')"
            + " AND tahap <> 'SOUNDING' ORDER BY kode_instansi, tahap, dicatat_pada";
    try (PreparedStatement statement = periode(sql);
        ResultSet rs = statement.executeQuery()) {
      while (rs.next()) {
        String kunci = rs.getString("kode_instansi") + "/" + rs.getString("tahap");
        LocalDate tanggal = rs.getObject("tanggal", LocalDate.class);
        Surat lama = out.getOrDefault(kunci, Surat.TIDAK_ADA);
        if ("TERKIRIM".equals(rs.getString("status"))) {
          out.put(
              kunci,
              new Surat(Optional.of(tanggal.toString()), Optional.of(tanggal), Optional.empty()));
        } else if (lama.terkirim().isEmpty()) {
          out.put(
              kunci,
              new Surat(
                  Optional.empty(),
                  Optional.empty(),
                  Optional.of(
                      teks(
                          "tindak_lanjut.surat.gagal",
                          tanggal.toString(),
                          isi(rs.getString("kode_alasan")),
                          isi(rs.getString("alasan"))))));
        }
      }
    }
    return out;
  }

  /**
   * The text of column {@code eskalasi}: the stage and why ({@code pemicu}; an unknown one by the
   * row's {@code alasan}), then whether its letter was sent (date), failed (date, code, reason) or
   * not yet.
   */
  static String teksTahap(TahapSounding tahap, String pemicu, String alasan, Surat surat) {
    String label =
        switch (tahap) {
          case TERIMA_KASIH -> teks("tindak_lanjut.eskalasi.terima_kasih");
          case ESKALASI ->
              switch (pemicu) {
                case "DUA_BERTURUT", "TENGGAT_LEWAT" ->
                    teks("tindak_lanjut.eskalasi.pemicu." + pemicu);
                default -> teks("tindak_lanjut.eskalasi.pemicu_lain", alasan);
              };
          case SOUNDING -> throw new IllegalArgumentException("Not a later stage: " + tahap);
        };
    String awalan = "tindak_lanjut.eskalasi.surat." + tahap.name();
    if (surat.tanggal().isPresent()) {
      return teks(awalan + ".terkirim", label, surat.tanggal().get().toString());
    }
    return surat
        .gagal()
        .map(gagal -> teks(awalan + ".gagal", label, gagal))
        .orElse(teks(awalan + ".belum", label));
  }

  /** Late roster and rows refused in the latest version sent for the cut-off. */
  private Map<String, String> masalahData() throws SQLException {
    Map<String, List<String>> bagian = new HashMap<>();
    if (ada("cakupan")) {
      String sql =
          "SELECT kode_instansi, batas_submisi FROM cakupan"
              + " WHERE tahun = ? AND caturwulan = ? AND terlambat";
      try (PreparedStatement statement = periode(sql);
          ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          bagian
              .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
              .add(
                  teks(
                      "tindak_lanjut.masalah.terlambat",
                      String.valueOf(rs.getObject(2, LocalDate.class))));
        }
      }
    }
    if (ada("submisi") && ada("penolakan")) {
      String sql =
          "WITH terakhir AS (SELECT submisi_id, kode_instansi, versi, baris_dibaca, baris_ditolak"
              + " FROM submisi WHERE tahun = ? AND caturwulan = ? AND baris_ditolak > 0"
              + " QUALIFY row_number() OVER (PARTITION BY kode_instansi ORDER BY versi DESC) = 1),"
              + " alasan AS (SELECT p.submisi_id, p.kode_alasan, count(*) AS n"
              + " FROM penolakan p JOIN terakhir t USING (submisi_id)"
              + " GROUP BY p.submisi_id, p.kode_alasan"
              + " QUALIFY row_number() OVER (PARTITION BY p.submisi_id"
              + " ORDER BY count(*) DESC, p.kode_alasan) = 1)"
              + " SELECT t.kode_instansi, t.versi, t.baris_dibaca, t.baris_ditolak,"
              + " a.kode_alasan, a.n FROM terakhir t LEFT JOIN alasan a USING (submisi_id)";
      try (PreparedStatement statement = periode(sql);
          ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          String alasan = rs.getString("kode_alasan");
          String kalimat =
              alasan == null
                  ? teks(
                      "tindak_lanjut.masalah.ditolak",
                      String.valueOf(rs.getInt("versi")),
                      rs.getLong("baris_ditolak"),
                      rs.getLong("baris_dibaca"))
                  : teks(
                      "tindak_lanjut.masalah.ditolak_alasan",
                      String.valueOf(rs.getInt("versi")),
                      rs.getLong("baris_ditolak"),
                      rs.getLong("baris_dibaca"),
                      alasan,
                      rs.getLong("n"));
          bagian
              .computeIfAbsent(rs.getString("kode_instansi"), k -> new ArrayList<>())
              .add(kalimat);
        }
      }
    }
    Map<String, String> out = new HashMap<>();
    bagian.forEach((kode, daftar) -> out.put(kode, String.join("; ", daftar)));
    return out;
  }

  private Map<String, BigDecimal> jpKurang() throws SQLException {
    Map<String, BigDecimal> out = new HashMap<>();
    if (!ada("proyeksi_instansi")) {
      return out;
    }
    String sql =
        "SELECT kode_instansi, kekurangan_jp FROM proyeksi_instansi"
            + " WHERE tahun = ? AND caturwulan = ? AND kekurangan_jp IS NOT NULL";
    try (PreparedStatement statement = periode(sql);
        ResultSet rs = statement.executeQuery()) {
      while (rs.next()) {
        out.put(rs.getString(1), rs.getBigDecimal(2));
      }
    }
    return out;
  }

  /** The data-quality score of the cut-off (mutu_data_instansi, newer than the rest). */
  private Map<String, BigDecimal> skorMutu() throws SQLException {
    Map<String, BigDecimal> out = new HashMap<>();
    if (!ada("mutu_data_instansi")) {
      catatan.add(teks("tindak_lanjut.tabel_tidak_ada.mutu_data_instansi"));
      return out;
    }
    String sql =
        "SELECT kode_instansi, skor_mutu FROM mutu_data_instansi"
            + " WHERE tahun = ? AND caturwulan = ?";
    try (PreparedStatement statement = periode(sql);
        ResultSet rs = statement.executeQuery()) {
      while (rs.next()) {
        out.put(rs.getString(1), rs.getBigDecimal(2));
      }
    }
    return out;
  }

  /** The follow-ups recorded up to this cut-off: the last one and the last promise. */
  private Map<String, Riwayat> riwayat() throws SQLException {
    Map<String, Riwayat> out = new HashMap<>();
    if (!ada("tindak_lanjut")) {
      catatan.add(teks("tindak_lanjut.tabel_tidak_ada.tindak_lanjut"));
      return out;
    }
    String sql =
        "SELECT kode_instansi, TRY_CAST(tanggal AS DATE) AS tanggal, saluran, kontak, hasil,"
            + " janji_tindakan, TRY_CAST(janji_tanggal AS DATE) AS janji_tanggal"
            + " FROM tindak_lanjut WHERE tahun * 10 + caturwulan <= ?"
            + " ORDER BY kode_instansi, TRY_CAST(tanggal AS DATE) NULLS FIRST, dicatat_pada, id";
    Map<String, Integer> jumlah = new HashMap<>();
    Map<String, String> terakhir = new HashMap<>();
    Map<String, String> janji = new HashMap<>();
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setInt(1, periode.tahun() * 10 + periode.caturwulan());
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          String kode = rs.getString("kode_instansi");
          int n = jumlah.merge(kode, 1, Integer::sum);
          terakhir.put(
              kode,
              teks(
                  "tindak_lanjut.riwayat",
                  tanggal(rs.getObject("tanggal", LocalDate.class)),
                  isi(rs.getString("saluran")),
                  isi(rs.getString("kontak")),
                  isi(rs.getString("hasil")),
                  n));
          String tindakan = isi(rs.getString("janji_tindakan")).trim();
          if (!tindakan.isEmpty()) {
            LocalDate tanggalJanji = rs.getObject("janji_tanggal", LocalDate.class);
            janji.put(
                kode,
                tanggalJanji == null
                    ? tindakan
                    : teks(
                        tanggalJanji.isBefore(tanggalLaporan)
                            ? "tindak_lanjut.janji_lewat"
                            : "tindak_lanjut.janji",
                        tindakan,
                        tanggalJanji.toString()));
          }
        }
      }
    }
    terakhir.forEach(
        (kode, kalimat) -> out.put(kode, new Riwayat(kalimat, janji.getOrDefault(kode, ""))));
    return out;
  }

  private static String tanggal(LocalDate tanggal) {
    return tanggal == null ? "" : tanggal.toString();
  }

  /** {@code value}, or empty for NULL. */
  private static String isi(String value) {
    return value == null ? "" : value;
  }

  private PreparedStatement periode(String sql) throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    statement.setInt(1, periode.tahun());
    statement.setInt(2, periode.caturwulan());
    return statement;
  }

  private boolean ada(String table) throws SQLException {
    return SaringTahap.adaTabel(connection, table);
  }

  /** The letter of an instansi: the last sent (text and date) and a later failed attempt. */
  record Surat(Optional<String> terkirim, Optional<LocalDate> tanggal, Optional<String> gagal) {
    static final Surat TIDAK_ADA = new Surat(Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** The later stage reached (empty: none) and the text of column {@code eskalasi}. */
  private record Tahap(String teks, Optional<TahapSounding> tahap) {
    static final Tahap TIDAK_ADA = new Tahap("", Optional.empty());
  }

  private record Riwayat(String terakhir, String janji) {
    static final Riwayat KOSONG = new Riwayat("", "");
  }
}

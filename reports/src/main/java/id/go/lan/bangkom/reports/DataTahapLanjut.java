package id.go.lan.bangkom.reports;

import id.go.lan.bangkom.core.Periode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the letters of the escalation ladder's later stages (issue 16.4) print beyond the cut-off's
 * own figures ({@link DataInstansiPeriode}): the stage rows of the cut-off ({@code sounding} rows
 * of tahap ESKALASI and TERIMA_KASIH, with pemicu and alasan), the level of each instansi at the
 * previous cut-off and when that cut-off ended, and the day each Surat Sounding of the cut-off was
 * first accepted by the mail server ({@code pengiriman}). A warehouse published before the ladder
 * has no stage rows.
 */
final class DataTahapLanjut {
  /** Stage rows of the cut-off, ESKALASI first, then TERIMA_KASIH, each by kode. */
  final List<Baris> tahap;

  /** The previous cut-off (CW1: CW3 of the year before), when it is a valid period. */
  final Optional<Periode> sebelumnya;

  /** The last day of the previous cut-off, when there is one. */
  final Optional<LocalDate> akhirSebelumnya;

  /** The SOUNDING rows of the previous cut-off by kode. */
  final Map<String, Baris> levelSebelumnya;

  /** The day (WIB) the cut-off's Surat Sounding was first accepted by the mail server, by kode. */
  final Map<String, LocalDate> terkirimPada;

  private DataTahapLanjut(
      List<Baris> tahap,
      Optional<Periode> sebelumnya,
      Optional<LocalDate> akhirSebelumnya,
      Map<String, Baris> levelSebelumnya,
      Map<String, LocalDate> terkirimPada) {
    this.tahap = List.copyOf(tahap);
    this.sebelumnya = sebelumnya;
    this.akhirSebelumnya = akhirSebelumnya;
    this.levelSebelumnya = Map.copyOf(levelSebelumnya);
    this.terkirimPada = Map.copyOf(terkirimPada);
  }

  static DataTahapLanjut baca(Path warehouse, Periode periode, PengaturanSurat pengaturan)
      throws SQLException {
    try (Connection c = WarehouseReader.open(warehouse, pengaturan)) {
      if (!SaringTahap.adaTahap(c)) {
        return new DataTahapLanjut(
            List.of(), Optional.empty(), Optional.empty(), Map.of(), Map.of());
      }
      List<Baris> tahap =
          Baris.query(
              c,
              "SELECT * FROM sounding WHERE tahun = ? AND caturwulan = ?"
                  + " AND tahap IN ('ESKALASI', 'TERIMA_KASIH')"
                  + " ORDER BY CASE tahap WHEN 'ESKALASI' THEN 1 ELSE 2 END, kode_instansi",
              periode.tahun(),
              periode.caturwulan());
      Optional<Periode> sebelumnya = sebelumnya(periode);
      Map<String, Baris> level = Map.of();
      Optional<LocalDate> akhir = Optional.empty();
      if (sebelumnya.isPresent()) {
        Periode p = sebelumnya.get();
        level =
            Baris.satuPerKode(
                Baris.query(
                    c,
                    "SELECT * FROM sounding WHERE tahun = ? AND caturwulan = ?"
                        + " AND tahap = 'SOUNDING'",
                    p.tahun(),
                    p.caturwulan()));
        akhir = Optional.of(akhir(c, p, pengaturan));
      }
      return new DataTahapLanjut(tahap, sebelumnya, akhir, level, terkirimPada(c, periode));
    }
  }

  /** {@code (Y, k-1)}, or {@code (Y-1, 3)} for k = 1; empty before the first valid year. */
  static Optional<Periode> sebelumnya(Periode periode) {
    if (periode.caturwulan() > 1) {
      return Optional.of(new Periode(periode.tahun(), periode.caturwulan() - 1));
    }
    return periode.tahun() > 2000
        ? Optional.of(new Periode(periode.tahun() - 1, 3))
        : Optional.empty();
  }

  private static LocalDate akhir(Connection c, Periode p, PengaturanSurat pengaturan)
      throws SQLException {
    List<Baris> rows =
        Baris.query(
            c,
            "SELECT tanggal_akhir FROM dim_periode WHERE tahun = ? AND caturwulan = ?",
            p.tahun(),
            p.caturwulan());
    return rows.isEmpty()
        ? pengaturan.calendar().akhir(p)
        : LocalDate.parse(rows.get(0).str("tanggal_akhir"));
  }

  /**
   * First TERKIRIM attempt of each Surat Sounding of the cut-off; {@code dicatat_pada} is WIB
   * (docs/warehouse.md), so its date is the day in Jakarta. Older logs have no tahap: SOUNDING.
   */
  private static Map<String, LocalDate> terkirimPada(Connection c, Periode periode)
      throws SQLException {
    String tahap = SaringTahap.adaKolom(c, "pengiriman", "tahap") ? " AND tahap = 'SOUNDING'" : "";
    Map<String, LocalDate> out = new HashMap<>();
    for (Baris b :
        Baris.query(
            c,
            "SELECT kode_instansi, CAST(min(dicatat_pada) AS DATE) AS tanggal FROM pengiriman"
                + " WHERE tahun = ? AND caturwulan = ? AND status = 'TERKIRIM'"
                + tahap
                + " GROUP BY kode_instansi",
            periode.tahun(),
            periode.caturwulan())) {
      out.put(b.str("kode_instansi"), LocalDate.parse(b.str("tanggal")));
    }
    return out;
  }
}

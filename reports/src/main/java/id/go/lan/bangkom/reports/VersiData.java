package id.go.lan.bangkom.reports;

import static id.go.lan.bangkom.reports.Teks.teks;
import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * What a footer says about the data: the cut-off, when the warehouse was published (its file time;
 * publish swaps a new file in) and how many submission versions of the year it holds up to the
 * cut-off. Two documents with the same footer were made from the same data.
 */
record VersiData(LocalDate batas, Instant diterbitkan, long jumlahSubmisi) {
  private static final DateTimeFormatter JAM =
      DateTimeFormatter.ofPattern("d MMMM yyyy HH.mm", FormatIndonesia.LOCALE)
          .withZone(FormatIndonesia.ZONA);

  VersiData {
    requireNonNull(batas, "batas is null");
    requireNonNull(diterbitkan, "diterbitkan is null");
  }

  static VersiData baca(
      Connection connection, Path warehouse, int tahun, int caturwulan, LocalDate batas)
      throws SQLException {
    Instant terbit;
    try {
      terbit = Files.getLastModifiedTime(warehouse).toInstant();
    } catch (IOException e) {
      terbit = Instant.EPOCH;
    }
    boolean adaSubmisi =
        Baris.query(
                    connection,
                    "SELECT count(*) AS n FROM duckdb_tables() WHERE table_name = 'submisi'")
                .get(0)
                .lng("n")
            > 0;
    if (!adaSubmisi) {
      return new VersiData(batas, terbit, 0);
    }
    List<Baris> rows =
        Baris.query(
            connection,
            "SELECT count(*) AS n FROM submisi WHERE tahun = ? AND caturwulan <= ?",
            tahun,
            caturwulan);
    return new VersiData(batas, terbit, rows.get(0).lng("n"));
  }

  String kaki() {
    return teks(
        "umum.kaki_data",
        FormatIndonesia.tanggal(batas),
        JAM.format(diterbitkan),
        FormatIndonesia.angka(jumlahSubmisi),
        String.valueOf(batas.getYear()));
  }
}

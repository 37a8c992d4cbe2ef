package id.go.lan.bangkom.ingestion;

import id.go.lan.bangkom.core.Pesan;
import id.go.lan.bangkom.core.SqlTeks;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Collects the rows of one submission version in in-memory DuckDB tables (Appender), then writes
 * them as Parquet with the types of docs/contracts.md.
 *
 * <p>The lineage columns that are constant for a table are not appended row by row: {@code
 * submisi_id}, {@code kode_instansi} and {@code periode} are the writer's, and a dataset table
 * holds the rows of one file (a second file for a dataset is refused as {@code BERKAS_GANDA}), so
 * its {@code berkas} is one value too. They are added as literals when the Parquet is written, in
 * the contract's column order; the Appender then moves only what varies (a third less per row).
 */
final class VersionWriter implements RowSink, AutoCloseable {
  private static final Pesan PESAN = Pesan.modul("ingestion");

  private final Connection connection;
  private final String suffix;
  private final String submisiId;
  private final String kode;
  private final String periode;
  private Dataset dataset;
  private String berkas;
  private DuckDBAppender rows;
  private DuckDBAppender rejects;
  private int[] scales;
  private final java.util.Map<Dataset, String> berkasOf = new java.util.EnumMap<>(Dataset.class);

  /**
   * @param suffix makes this writer's table names unique in a database shared by parallel writers
   */
  VersionWriter(Connection connection, String suffix, String submisiId, String kode, String periode)
      throws SQLException {
    this.connection = connection;
    this.suffix = suffix;
    this.submisiId = submisiId;
    this.kode = kode;
    this.periode = periode;
    try (Statement s = connection.createStatement()) {
      for (Dataset d : Dataset.values()) {
        s.execute(LakeTables.createTable(table(d.id()), LakeTables.columns(d), 4));
      }
      s.execute(
          LakeTables.createTable(table(LakeTables.PENOLAKAN), LakeTables.penolakanColumns(), 3));
    }
  }

  private String table(String name) {
    return name + "_" + suffix;
  }

  /** The scale of each DECIMAL(p,s) column of a dataset, -1 for other types. */
  private static int[] scales(Dataset dataset) {
    List<LakeTables.ColumnDef> columns = LakeTables.columns(dataset);
    int[] out = new int[columns.size()];
    for (int i = 0; i < out.length; i++) {
      String type = columns.get(i).type();
      int comma = type.indexOf(',');
      out[i] =
          type.startsWith("DECIMAL(") && comma > 0
              ? Integer.parseInt(type.substring(comma + 1, type.length() - 1))
              : -1;
    }
    return out;
  }

  @Override
  public void beginFile(Dataset dataset, String berkas) {
    String earlier = berkasOf.putIfAbsent(dataset, berkas);
    if (earlier != null) {
      throw new IllegalStateException(
          "Cannot take a second file for dataset " + dataset.id() + ": " + earlier + ", " + berkas);
    }
    this.dataset = dataset;
    this.berkas = berkas;
    this.scales = scales(dataset);
    try {
      DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
      rows = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, table(dataset.id()));
      rejects = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, table(LakeTables.PENOLAKAN));
    } catch (SQLException e) {
      throw new IllegalStateException(PESAN.f("galat.tabel_sementara", berkas), e);
    }
  }

  @Override
  public void accepted(long nomorBaris, Object[] values) {
    try {
      rows.beginRow();
      rows.append(nomorBaris);
      for (int i = 0; i < values.length; i++) {
        append(rows, values[i], scales[i]);
      }
      rows.endRow();
    } catch (SQLException e) {
      throw new IllegalStateException(PESAN.f("galat.tabel_sementara", berkas), e);
    }
  }

  @Override
  public void rejected(long nomorBaris, Fault fault) {
    try {
      appendReject(rejects, dataset.id(), berkas, nomorBaris, fault);
    } catch (SQLException e) {
      throw new IllegalStateException(PESAN.f("galat.tabel_sementara", berkas), e);
    }
  }

  @Override
  public void commitFile() {
    closeAppenders();
  }

  @Override
  public void discardFile() {
    closeAppenders();
    berkasOf.remove(dataset);
    try (PreparedStatement d1 = connection.prepareStatement("DELETE FROM " + table(dataset.id()));
        PreparedStatement d2 =
            connection.prepareStatement(
                "DELETE FROM " + table(LakeTables.PENOLAKAN) + " WHERE berkas = ?")) {
      d1.executeUpdate();
      d2.setString(1, berkas);
      d2.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(PESAN.f("galat.tabel_sementara", berkas), e);
    }
  }

  /** A whole-file refusal: one penolakan row with dataset {@code berkas} and row number 0. */
  @Override
  public void refusedFile(String refusedBerkas, Fault fault) {
    try {
      DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
      try (DuckDBAppender a =
          duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, table(LakeTables.PENOLAKAN))) {
        appendReject(a, "berkas", refusedBerkas, 0, fault);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(PESAN.f("galat.tabel_sementara", refusedBerkas), e);
    }
  }

  /**
   * Writes {@code <dataset>.parquet} for each of {@code datasets} and {@code penolakan.parquet}.
   */
  void writeParquet(Path folder, Set<Dataset> datasets) {
    try (Statement s = connection.createStatement()) {
      // One file per dataset, appended in row order (preserve_insertion_order): no sort needed.
      for (Dataset d : datasets) {
        String file = berkasOf.get(d);
        if (file == null) {
          throw new IllegalStateException("Cannot write dataset " + d.id() + ", no file was read");
        }
        copy(
            s,
            constants() + ", " + SqlTeks.literal(file) + " AS berkas",
            table(d.id()),
            "",
            folder.resolve(d.id() + ".parquet"));
      }
      copy(
          s,
          constants(),
          table(LakeTables.PENOLAKAN),
          " ORDER BY berkas, nomor_baris, kode_alasan, kolom NULLS FIRST, nilai NULLS FIRST",
          folder.resolve("penolakan.parquet"));
    } catch (SQLException e) {
      throw new UncheckedIOException(
          new java.io.IOException(PESAN.f("galat.tulis_parquet", folder.toString()), e));
    }
  }

  /** The lineage values every row of this writer shares, as SQL select items. */
  private String constants() {
    return SqlTeks.literal(submisiId)
        + " AS submisi_id, "
        + SqlTeks.literal(kode)
        + " AS kode_instansi, "
        + SqlTeks.literal(periode)
        + " AS periode";
  }

  private static void copy(Statement s, String constants, String table, String orderBy, Path target)
      throws SQLException {
    s.execute(
        "COPY (SELECT "
            + constants
            + ", * FROM "
            + table
            + orderBy
            + ") TO "
            + SqlTeks.path(target)
            + " (FORMAT PARQUET)");
  }

  private void appendReject(
      DuckDBAppender a, String datasetId, String file, long nomorBaris, Fault fault)
      throws SQLException {
    a.beginRow();
    a.append(file);
    a.append(nomorBaris);
    a.append(datasetId);
    a.append(fault.reason().name());
    appendString(a, fault.kolom());
    appendString(a, fault.nilai());
    a.append(fault.pesan());
    a.endRow();
  }

  private static void appendString(DuckDBAppender a, String s) throws SQLException {
    if (s == null) {
      a.appendNull();
    } else {
      a.append(s);
    }
  }

  private static void append(DuckDBAppender a, Object value, int scale) throws SQLException {
    if (value == null) {
      a.appendNull();
    } else if (value instanceof String s) {
      a.append(s);
    } else if (value instanceof LocalDate d) {
      a.append(d);
    } else if (value instanceof Integer i) {
      a.append(i.intValue());
    } else if (value instanceof BigDecimal b) {
      a.append(b.setScale(scale, RoundingMode.HALF_UP));
    } else {
      throw new IllegalArgumentException("Cannot append value of type " + value.getClass());
    }
  }

  private void closeAppenders() {
    try {
      if (rows != null) {
        rows.close();
      }
      if (rejects != null) {
        rejects.close();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(PESAN.f("galat.tabel_sementara", berkas), e);
    } finally {
      rows = null;
      rejects = null;
    }
  }

  /** Flushes the appenders and drops this writer's tables. */
  @Override
  public void close() {
    try {
      closeAppenders();
    } finally {
      try (Statement s = connection.createStatement()) {
        for (Dataset d : Dataset.values()) {
          s.execute("DROP TABLE IF EXISTS " + table(d.id()));
        }
        s.execute("DROP TABLE IF EXISTS " + table(LakeTables.PENOLAKAN));
      } catch (SQLException e) {
        throw new IllegalStateException(PESAN.f("galat.tabel_sementara", submisiId), e);
      }
    }
  }
}

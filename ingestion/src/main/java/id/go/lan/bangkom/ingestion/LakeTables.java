package id.go.lan.bangkom.ingestion;

import java.util.ArrayList;
import java.util.List;

/** The lake Parquet schemas of docs/contracts.md, as DuckDB column definitions. */
final class LakeTables {
  record ColumnDef(String name, String type) {}

  static final List<ColumnDef> LINEAGE =
      List.of(
          new ColumnDef("submisi_id", "VARCHAR"),
          new ColumnDef("kode_instansi", "VARCHAR"),
          new ColumnDef("periode", "VARCHAR"),
          new ColumnDef("berkas", "VARCHAR"),
          new ColumnDef("nomor_baris", "BIGINT"));

  static final String PENOLAKAN = "penolakan";

  private LakeTables() {}

  /** Columns after the lineage, in the order {@link RowValidator} produces the values. */
  static List<ColumnDef> columns(Dataset dataset) {
    return switch (dataset) {
      case PEGAWAI ->
          List.of(
              new ColumnDef("nip", "VARCHAR"),
              new ColumnDef("nama", "VARCHAR"),
              new ColumnDef("jenis_pegawai", "VARCHAR"),
              new ColumnDef("jenis_jabatan", "VARCHAR"),
              new ColumnDef("jabatan", "VARCHAR"),
              new ColumnDef("unit_kerja", "VARCHAR"),
              new ColumnDef("golongan", "VARCHAR"),
              new ColumnDef("tmt_asn", "DATE"),
              new ColumnDef("status", "VARCHAR"));
      case BANGKOM ->
          List.of(
              new ColumnDef("nip", "VARCHAR"),
              new ColumnDef("nama_kegiatan", "VARCHAR"),
              new ColumnDef("jenis_diklat", "INTEGER"),
              new ColumnDef("jalur", "VARCHAR"),
              new ColumnDef("tanggal_mulai", "DATE"),
              new ColumnDef("tanggal_selesai", "DATE"),
              new ColumnDef("jp", "DECIMAL(10,2)"),
              new ColumnDef("penyelenggara", "VARCHAR"),
              new ColumnDef("nomor_sertifikat", "VARCHAR"));
      case TRAINING_RATE ->
          List.of(
              new ColumnDef("instrumen", "VARCHAR"),
              new ColumnDef("indikator", "VARCHAR"),
              new ColumnDef("nilai", "DECIMAL(5,2)"),
              new ColumnDef("bukti", "VARCHAR"));
    };
  }

  static List<ColumnDef> penolakanColumns() {
    return List.of(
        new ColumnDef("dataset", "VARCHAR"),
        new ColumnDef("kode_alasan", "VARCHAR"),
        new ColumnDef("kolom", "VARCHAR"),
        new ColumnDef("nilai", "VARCHAR"),
        new ColumnDef("pesan", "VARCHAR"));
  }

  /**
   * A table with the lineage columns from {@code constantLineage} on, then {@code columns}: the
   * first lineage columns are constant for the table and added when it is written.
   */
  static String createTable(String table, List<ColumnDef> columns, int constantLineage) {
    List<String> defs = new ArrayList<>();
    for (ColumnDef c : LINEAGE.subList(constantLineage, LINEAGE.size())) {
      defs.add(c.name() + " " + c.type());
    }
    for (ColumnDef c : columns) {
      defs.add(c.name() + " " + c.type());
    }
    return "CREATE TABLE " + table + " (" + String.join(", ", defs) + ")";
  }
}

package id.go.lan.bangkom.ingestion;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The three datasets of a submission, with their columns in lake order. */
enum Dataset {
  PEGAWAI(
      "pegawai",
      List.of(
          Column.NIP,
          Column.NAMA,
          Column.JENIS_PEGAWAI,
          Column.JENIS_JABATAN,
          Column.JABATAN,
          Column.UNIT_KERJA,
          Column.GOLONGAN,
          Column.TMT_ASN,
          Column.STATUS),
      List.of(
          Column.NIP,
          Column.NAMA,
          Column.JENIS_PEGAWAI,
          Column.JENIS_JABATAN,
          Column.UNIT_KERJA,
          Column.TMT_ASN,
          Column.STATUS)),
  BANGKOM(
      "bangkom",
      List.of(
          Column.NIP,
          Column.NAMA_KEGIATAN,
          Column.JENIS_DIKLAT,
          Column.JALUR,
          Column.TANGGAL_MULAI,
          Column.TANGGAL_SELESAI,
          Column.JP,
          Column.DURASI_MENIT,
          Column.PENYELENGGARA,
          Column.NOMOR_SERTIFIKAT),
      // jp or durasi_menit: checked apart.
      List.of(
          Column.NIP,
          Column.NAMA_KEGIATAN,
          Column.JENIS_DIKLAT,
          Column.TANGGAL_MULAI,
          Column.TANGGAL_SELESAI)),
  TRAINING_RATE(
      "training_rate",
      List.of(Column.INSTRUMEN, Column.INDIKATOR, Column.NILAI, Column.BUKTI),
      List.of(Column.INSTRUMEN, Column.INDIKATOR, Column.NILAI));

  private final String id;
  private final List<Column> columns;
  private final List<Column> required;

  Dataset(String id, List<Column> columns, List<Column> required) {
    this.id = id;
    this.columns = columns;
    this.required = required;
  }

  /** The lake name: {@code pegawai}, {@code bangkom}, {@code training_rate}. */
  String id() {
    return id;
  }

  /** Columns that may be read from a file (durasi_menit is read but not stored). */
  List<Column> columns() {
    return columns;
  }

  List<Column> required() {
    return required;
  }

  /** The dataset named by a file base name or sheet name ({@code Training-Rate} too). */
  static Optional<Dataset> fromName(String name) {
    String n = Headers.normalize(name);
    for (Dataset d : values()) {
      if (Headers.normalize(d.id).equals(n)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return id.toLowerCase(Locale.ROOT);
  }
}

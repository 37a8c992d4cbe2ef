package id.go.lan.bangkom.transforms;

import java.math.BigDecimal;
import java.sql.Date;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Rows of the lake's pegawai and bangkom datasets, in the column order of {@link LakeSchemas}, for
 * tests. NIPs go in as the lake holds them ({@link TestNip#of} makes readable ones).
 */
final class LakeRows {
  private LakeRows() {}

  static Row pegawai(
      String kode,
      String periode,
      String nip,
      String jenis,
      String jabatan,
      String tmt,
      String status) {
    return RowFactory.create(
        kode, periode, nip, jenis, jabatan, "Bagian Umum", Date.valueOf(tmt), status);
  }

  static Row bangkom(
      String kode,
      String periode,
      String nip,
      String nama,
      String jalur,
      String mulai,
      String selesai,
      String jp) {
    return RowFactory.create(
        kode,
        periode,
        nip,
        nama,
        3,
        jalur,
        Date.valueOf(mulai),
        Date.valueOf(selesai),
        new BigDecimal(jp));
  }
}

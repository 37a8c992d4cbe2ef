package id.go.lan.bangkom.transforms;

import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createDecimalType;

import org.apache.spark.sql.types.StructType;

/**
 * The lake's Parquet schemas as ingestion writes them (docs/contracts.md). Every read passes one of
 * these; nothing is inferred. Only the columns the transforms use are listed, so Parquet prunes the
 * rest.
 */
final class LakeSchemas {
  private LakeSchemas() {}

  static final StructType PEGAWAI =
      new StructType()
          .add("kode_instansi", StringType)
          .add("periode", StringType)
          .add("nip", StringType)
          .add("jenis_pegawai", StringType)
          .add("jenis_jabatan", StringType)
          .add("unit_kerja", StringType)
          .add("tmt_asn", DateType)
          .add("status", StringType);

  static final StructType BANGKOM =
      new StructType()
          .add("kode_instansi", StringType)
          .add("periode", StringType)
          .add("nip", StringType)
          .add("nama_kegiatan", StringType)
          .add("jenis_diklat", IntegerType)
          .add("jalur", StringType)
          .add("tanggal_mulai", DateType)
          .add("tanggal_selesai", DateType)
          .add("jp", createDecimalType(10, 2));

  static final StructType TRAINING_RATE =
      new StructType()
          .add("kode_instansi", StringType)
          .add("periode", StringType)
          .add("instrumen", StringType)
          .add("indikator", StringType)
          .add("nilai", createDecimalType(5, 2));

  /** The instansi master list as a small table. */
  static final StructType INSTANSI =
      new StructType()
          .add("kode_instansi", StringType)
          .add("jenis_instansi", StringType)
          .add("kode_provinsi", StringType);

  /** Rows read and rejected per instansi over the datasets in force for a period. */
  static final StructType BARIS =
      new StructType()
          .add("kode_instansi", StringType)
          .add("melapor", org.apache.spark.sql.types.DataTypes.BooleanType)
          .add("baris_dibaca", LongType)
          .add("baris_ditolak", LongType);
}

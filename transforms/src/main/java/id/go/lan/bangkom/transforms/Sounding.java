package id.go.lan.bangkom.transforms;

import static id.go.lan.bangkom.transforms.Compliance.EXACT;
import static id.go.lan.bangkom.transforms.Compliance.PERSEN;
import static id.go.lan.bangkom.transforms.Compliance.persen;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;

/** The sounding level per instansi (SPEC §6) as a pure function over Datasets. */
final class Sounding {
  private Sounding() {}

  /**
   * Sounding level per instansi (SPEC §6): DATA when no roster is in force, nobody is in the
   * population, or more than the threshold of the rows in force were rejected; else HIJAU when
   * everyone is on track, KUNING from the threshold on, else MERAH; with the reason in a sentence.
   */
  static Dataset<Row> level(
      Dataset<Row> kepatuhanInstansi, Dataset<Row> laporan, SoundingRules rules) {
    Column dibaca = coalesce(col("baris_dibaca"), lit(0L));
    Column ditolak = coalesce(col("baris_ditolak"), lit(0L));
    Column persenDitolak =
        when(dibaca.gt(0), persen(ditolak, dibaca)).otherwise(lit(0).cast(PERSEN));
    Column onTrack = col("jumlah_memenuhi").plus(col("jumlah_sesuai_target"));
    // Compared exactly: ditolak * 100 > ambang * dibaca, onTrack * 100 >= ambang * pegawai.
    Column terlaluBanyakDitolak =
        ditolak.cast(EXACT).multiply(100).gt(lit(rules.ambangDataPersenDitolak()).multiply(dibaca));
    Column tanpaPopulasi = coalesce(col("jumlah_pegawai"), lit(0L)).equalTo(0);
    Column tidakMelapor = col("melapor").equalTo(false);
    Column semuaOnTrack = onTrack.equalTo(col("jumlah_pegawai"));
    Column cukupOnTrack =
        onTrack
            .cast(EXACT)
            .multiply(100)
            .geq(lit(rules.ambangKuningPersenOnTrack()).multiply(col("jumlah_pegawai")));
    Column level =
        when(tidakMelapor.or(tanpaPopulasi).or(terlaluBanyakDitolak), "DATA")
            .when(semuaOnTrack, "HIJAU")
            .when(cukupOnTrack, "KUNING")
            .otherwise("MERAH");
    Column persenTeks =
        regexp_replace(col("persen_on_track").cast(DataTypes.StringType), "\\.", ",");
    Column ditolakTeks = regexp_replace(persenDitolak.cast(DataTypes.StringType), "\\.", ",");
    Column ambangTeks = lit(rules.ambangDataPersenDitolak().stripTrailingZeros().toPlainString());
    Column alasan =
        when(tidakMelapor, Teks.kolom("sounding.alasan.tidak_melapor"))
            .when(
                terlaluBanyakDitolak,
                Teks.kolom("sounding.alasan.terlalu_banyak_ditolak", ditolakTeks, ambangTeks))
            .when(tanpaPopulasi, Teks.kolom("sounding.alasan.tanpa_populasi"))
            .when(semuaOnTrack, Teks.kolom("sounding.alasan.semua_sesuai_target"))
            .otherwise(Teks.kolom("sounding.alasan.sebagian_sesuai_target", persenTeks));
    return kepatuhanInstansi
        .join(
            laporan.select("kode_instansi", "baris_dibaca", "baris_ditolak"),
            "kode_instansi",
            "left")
        .select(
            col("tahun"),
            col("caturwulan"),
            col("kode_instansi"),
            level.as("level"),
            col("jumlah_pegawai"),
            col("persen_on_track"),
            persenDitolak.as("persen_baris_ditolak"),
            alasan.as("alasan"));
  }
}

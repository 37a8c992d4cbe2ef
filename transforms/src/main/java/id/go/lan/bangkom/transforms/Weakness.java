package id.go.lan.bangkom.transforms;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.desc;
import static org.apache.spark.sql.functions.format_number;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.median;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.translate;
import static org.apache.spark.sql.functions.upper;
import static org.apache.spark.sql.functions.when;

import id.go.lan.bangkom.core.InstrumenTrainingRate;
import id.go.lan.bangkom.core.Periode;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;

/**
 * Weakness analysis (SPEC §6): per instansi and cut-off, the measures on which it does worse than
 * the median of its peers (same jenis_instansi; the nation when it has no peers), ranked by the
 * size of the gap, each with a sentence a PIC understands.
 */
final class Weakness {
  static final DecimalType NILAI = DataTypes.createDecimalType(9, 2);
  private static final DecimalType EXACT = DataTypes.createDecimalType(24, 8);

  private Weakness() {}

  /** A measure per instansi: kode_instansi, ukuran, nilai, arah (+1 higher is better), rincian. */
  static Dataset<Row> ukuran(
      Dataset<Row> data, String ukuran, Column nilai, int arah, Column rincian) {
    return data.select(
        col("kode_instansi"),
        lit(ukuran).as("ukuran"),
        nilai.cast(NILAI).as("nilai"),
        lit(arah).as("arah"),
        rincian.cast(DataTypes.StringType).as("rincian"));
  }

  /** The group (unit kerja or jenis jabatan) with the lowest % on track, large enough to name. */
  static Dataset<Row> kelompokTerendah(Dataset<Row> populasi, String kelompok, int minimum) {
    Column onTrack = col("status").isin(Compliance.MEMENUHI, Compliance.SESUAI_TARGET);
    Dataset<Row> perKelompok =
        populasi
            .groupBy(col("kode_instansi"), col(kelompok))
            .agg(
                count(lit(1)).as("n"),
                sum(when(onTrack, 1L).otherwise(0L))
                    .cast(EXACT)
                    .multiply(100)
                    .divide(count(lit(1)))
                    .as("persen"))
            .filter(col("n").geq(minimum));
    return perKelompok
        .groupBy(col("kode_instansi"))
        .agg(min(struct(col("persen"), col(kelompok))).as("terendah"))
        .select(
            col("kode_instansi"),
            col("terendah").getField("persen").as("persen"),
            col("terendah").getField(kelompok).as("nama"));
  }

  /**
   * Share of JP through jalur NONKLASIKAL per instansi, over its population's JP.
   *
   * @param jpPerNip {@code nip_kunci, jp, jp_nonklasikal} ({@link Compliance#jpPerNip})
   */
  static Dataset<Row> porsiNonklasikal(Dataset<Row> populasi, Dataset<Row> jpPerNip) {
    return populasi
        .select(col("kode_instansi"), Kunci.nip(col("nip")).as("nip_kunci"))
        .join(jpPerNip, "nip_kunci")
        .groupBy(col("kode_instansi"))
        .agg(sum(col("jp")).as("jp_total"), sum(col("jp_nonklasikal")).as("jp_nonklasikal"))
        .select(
            col("kode_instansi"),
            when(
                    col("jp_total").gt(0),
                    col("jp_nonklasikal").cast(EXACT).multiply(100).divide(col("jp_total")))
                .as("persen"));
  }

  /** Ranks the measures into findings with their comparisons and sentences. */
  static Dataset<Row> temuan(
      Dataset<Row> ukuran,
      Dataset<Row> instansi,
      Periode p,
      int temuanMaksimum,
      java.math.BigDecimal selisihMinimum) {
    Dataset<Row> u =
        ukuran
            .filter(col("nilai").isNotNull())
            .join(instansi.select("kode_instansi", "jenis_instansi"), "kode_instansi");
    Dataset<Row> nasional =
        u.groupBy(col("ukuran")).agg(median(col("nilai")).as("median_nasional"));
    Dataset<Row> sejenis =
        u.groupBy(col("ukuran"), col("jenis_instansi"))
            .agg(median(col("nilai")).as("median_sejenis"), count(lit(1)).as("jumlah_sejenis"));
    Column pembanding =
        when(col("jumlah_sejenis").gt(1), col("median_sejenis")).otherwise(col("median_nasional"));
    Column selisih = col("nilai").minus(col("pembanding")).multiply(col("arah"));
    Column tanpaNonklasikal =
        col("ukuran").equalTo("persen_jp_nonklasikal").and(col("nilai").equalTo(0));
    // Worse than the comparison by at least the minimum gap (a tie or a hair is no finding).
    Column lebihBuruk = selisih.leq(lit(selisihMinimum).unary_$minus()).or(tanpaNonklasikal);
    Dataset<Row> t =
        u.join(nasional, "ukuran")
            .join(sejenis, new String[] {"ukuran", "jenis_instansi"})
            .withColumn("pembanding", round(pembanding, 2).cast(NILAI))
            .withColumn("selisih", abs(selisih).cast(NILAI))
            .filter(lebihBuruk)
            .withColumn(
                "peringkat",
                row_number()
                    .over(
                        Window.partitionBy(col("kode_instansi"))
                            .orderBy(desc("selisih"), col("ukuran"))))
            .filter(col("peringkat").leq(temuanMaksimum));
    return t.select(
        lit(p.tahun()).as("tahun"),
        lit(p.caturwulan()).as("caturwulan"),
        col("kode_instansi"),
        col("peringkat"),
        col("ukuran"),
        col("nilai"),
        col("rincian"),
        round(col("median_nasional"), 2).cast(NILAI).as("median_nasional"),
        round(col("median_sejenis"), 2).cast(NILAI).as("median_sejenis"),
        col("selisih"),
        kalimat().as("kalimat"));
  }

  private static Column angka(Column c) {
    // Spark formats 1,234.50; Indonesian readers expect 1.234,50.
    return translate(format_number(c, 2), ",.", ".,");
  }

  private static Column kalimat() {
    Column label =
        when(col("ukuran").equalTo("persen_on_track"), Teks.kolom("kelemahan.label.on_track"))
            .when(
                col("ukuran").equalTo("persen_belum_ada_jp"),
                Teks.kolom("kelemahan.label.belum_ada_jp"))
            .when(
                col("ukuran").equalTo("persen_jp_nonklasikal"),
                Teks.kolom("kelemahan.label.jp_nonklasikal"))
            .when(
                col("ukuran").equalTo("unit_kerja_terendah"),
                Teks.kolom("kelemahan.label.unit_kerja_terendah", col("rincian")))
            .when(
                col("ukuran").equalTo("jabatan_terendah"),
                Teks.kolom("kelemahan.label.jabatan_terendah", col("rincian")))
            .when(
                col("ukuran").equalTo("perubahan_on_track_tahunan"),
                Teks.kolom("kelemahan.label.perubahan_tahunan"))
            .when(
                col("ukuran").equalTo("persen_baris_ditolak"),
                Teks.kolom("kelemahan.label.baris_ditolak"))
            .when(
                col("ukuran").startsWith("skor_"),
                Teks.kolom(
                    "kelemahan.label.skor_instrumen",
                    upper(regexp_replace(col("ukuran"), "^skor_", ""))))
            .otherwise(col("ukuran"));
    Column perbandingan =
        when(
                col("arah").gt(0),
                Teks.kolom(
                    "kelemahan.kalimat.di_bawah",
                    label,
                    angka(col("nilai")),
                    angka(col("pembanding"))))
            .otherwise(
                Teks.kolom(
                    "kelemahan.kalimat.di_atas",
                    label,
                    angka(col("nilai")),
                    angka(col("pembanding"))));
    // "0,00 di bawah median pembanding (0,00)" would read as a contradiction when the peers use no
    // nonklasikal either: say what is missing instead.
    Column tanpaNonklasikal =
        col("ukuran").equalTo("persen_jp_nonklasikal").and(col("nilai").equalTo(0));
    return when(
            tanpaNonklasikal,
            Teks.kolom("kelemahan.kalimat.tanpa_nonklasikal", angka(col("pembanding"))))
        .otherwise(perbandingan);
  }

  /** All measures of one cut-off, in the long form {@link #temuan} ranks. */
  static Dataset<Row> semuaUkuran(
      Dataset<Row> kepatuhanInstansi,
      Dataset<Row> populasi,
      Dataset<Row> jpPerNip,
      Dataset<Row> trInstansi,
      InstrumenTrainingRate ins,
      Dataset<Row> sounding,
      Dataset<Row> tahunLalu,
      AnalysisRules rules) {
    Dataset<Row> ki = kepatuhanInstansi.filter(col("melapor"));
    List<Dataset<Row>> parts = new ArrayList<>();
    parts.add(ukuran(ki, "persen_on_track", col("persen_on_track"), 1, lit(null)));
    parts.add(
        ukuran(
            ki.filter(col("jumlah_pegawai").gt(0)),
            "persen_belum_ada_jp",
            col("jumlah_belum_ada_jp").cast(EXACT).multiply(100).divide(col("jumlah_pegawai")),
            -1,
            lit(null)));
    Dataset<Row> nonklasikal = porsiNonklasikal(populasi, jpPerNip);
    parts.add(ukuran(nonklasikal, "persen_jp_nonklasikal", col("persen"), 1, lit(null)));
    Dataset<Row> unit = kelompokTerendah(populasi, "unit_kerja", rules.ukuranKelompokMinimum());
    parts.add(ukuran(unit, "unit_kerja_terendah", col("persen"), 1, col("nama")));
    Dataset<Row> jabatan =
        kelompokTerendah(populasi, "jenis_jabatan", rules.ukuranKelompokMinimum());
    parts.add(ukuran(jabatan, "jabatan_terendah", col("persen"), 1, col("nama")));
    for (InstrumenTrainingRate.Instrumen i : ins.instrumen()) {
      String s = TrainingRate.skorColumn(i.nama());
      parts.add(ukuran(trInstansi, s, col(s), 1, lit(null)));
    }
    // Only instansi that reported: one that sent nothing has 0 % rejected, which is no sign of
    // good data and would pull the medians of data quality to 0.
    parts.add(
        ukuran(
            sounding
                .filter(col("persen_baris_ditolak").isNotNull())
                .join(ki.select(col("kode_instansi")), "kode_instansi"),
            "persen_baris_ditolak",
            col("persen_baris_ditolak"),
            -1,
            lit(null)));
    Dataset<Row> perubahan =
        ki.select(col("kode_instansi"), col("persen_on_track"))
            .join(
                tahunLalu.select(col("kode_instansi"), col("persen_on_track").as("tahun_lalu")),
                "kode_instansi")
            .withColumn("selisih_tahunan", col("persen_on_track").minus(col("tahun_lalu")));
    parts.add(
        ukuran(
            perubahan,
            "perubahan_on_track_tahunan",
            col("selisih_tahunan"),
            1,
            Teks.kolom(
                "kelemahan.rincian.tahun_lalu", angka(coalesce(col("tahun_lalu"), lit(0))))));
    Dataset<Row> all = parts.get(0);
    for (Dataset<Row> part : parts.subList(1, parts.size())) {
      all = all.unionByName(part);
    }
    return all;
  }
}

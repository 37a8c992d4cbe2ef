package id.go.lan.bangkom.transforms;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.ceil;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.median;
import static org.apache.spark.sql.functions.month;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

import id.go.lan.bangkom.core.Periode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;

/**
 * SPEC §3 as pure functions over Datasets: no I/O, no clock, no actions. Parameters (period,
 * cut-off date, rules) are passed in.
 */
final class Compliance {
  static final String MEMENUHI = "MEMENUHI";
  static final String SESUAI_TARGET = "SESUAI_TARGET";
  static final String TERTINGGAL = "TERTINGGAL";
  static final String BELUM_ADA_JP = "BELUM_ADA_JP";
  static final String AKTIF = "AKTIF";

  static final DecimalType JP = DataTypes.createDecimalType(10, 2);
  static final DecimalType TOTAL_JP = DataTypes.createDecimalType(14, 2);
  static final DecimalType PERSEN = DataTypes.createDecimalType(5, 2);
  private static final DecimalType EXACT = DataTypes.createDecimalType(24, 8);

  private Compliance() {}

  /**
   * One row per record key (nip, normalised nama_kegiatan, tanggal_mulai, tanggal_selesai); of
   * duplicates with different JP the largest counts (SPEC §5), so resent year-to-date files never
   * double JP.
   */
  static Dataset<Row> dedupBangkom(Dataset<Row> bangkom) {
    Column kegiatan = lower(regexp_replace(trim(col("nama_kegiatan")), "\\s+", " "));
    return bangkom
        .withColumn("kegiatan_kunci", kegiatan)
        .groupBy(col("nip"), col("kegiatan_kunci"), col("tanggal_mulai"), col("tanggal_selesai"))
        .agg(max(col("jp")).as("jp"), max(col("jalur")).as("jalur"));
  }

  /** The deduplicated records that count at a cut-off: ended in its year, up to its last day. */
  static Dataset<Row> recordsAtCutoff(Dataset<Row> dedupedBangkom, int tahun, LocalDate akhir) {
    Column dalamTahun = year(col("tanggal_selesai")).equalTo(tahun);
    Column sampaiCutoff = col("tanggal_selesai").leq(lit(java.sql.Date.valueOf(akhir)));
    return dedupedBangkom.filter(dalamTahun.and(sampaiCutoff));
  }

  /** JP per NIP of the cut-off's year up to its last day, whichever instansi sent them. */
  static Dataset<Row> jpAtCutoff(Dataset<Row> dedupedBangkom, int tahun, LocalDate akhir) {
    return recordsAtCutoff(dedupedBangkom, tahun, akhir)
        .groupBy(col("nip"))
        .agg(sum(col("jp")).cast(JP).as("jp"));
  }

  /**
   * Adds {@code target_tahunan}, {@code target_kumulatif} and the months served used to compare
   * without rounding: {@code bulan_dinas} (by the cut-off) and {@code bulan_dinas_tahun}.
   */
  static Dataset<Row> withTargets(Dataset<Row> roster, TargetRules rules, Periode periode) {
    Column base = lit(null).cast(JP);
    for (String jenis : TargetRules.JENIS_PEGAWAI) {
      base =
          when(col("jenis_pegawai").equalTo(jenis), lit(rules.targetTahunan().get(jenis)))
              .otherwise(base);
    }
    int bulanAkhir = rules.calendar().bulanAkhir(periode.caturwulan());
    Column mulaiTahunIni =
        lit(rules.prorata())
            .and(coalesce(year(col("tmt_asn")).equalTo(periode.tahun()), lit(false)));
    Column bulanMulai = month(col("tmt_asn"));
    Column bulanTahun = lit(13).minus(bulanMulai);
    Column targetTahunan =
        when(mulaiTahunIni, ceil(base.multiply(bulanTahun).divide(12)).cast(JP))
            .otherwise(base.cast(JP));
    Column bulanDinas =
        when(mulaiTahunIni, greatest(lit(0), lit(bulanAkhir).minus(bulanMulai).plus(1)))
            .otherwise(lit(bulanAkhir));
    Column bulanDinasTahun = when(mulaiTahunIni, bulanTahun).otherwise(lit(12));
    return roster
        .withColumn("target_tahunan", targetTahunan)
        .withColumn("bulan_dinas", bulanDinas)
        .withColumn("bulan_dinas_tahun", bulanDinasTahun)
        .withColumn(
            "target_kumulatif",
            round(
                    col("target_tahunan")
                        .cast(EXACT)
                        .multiply(col("bulan_dinas"))
                        .divide(col("bulan_dinas_tahun")),
                    2)
                .cast(JP));
  }

  /** Every roster row with its JP (0 when none) and status. */
  static Dataset<Row> kepatuhanPegawai(Dataset<Row> rosterWithTargets, Dataset<Row> jpPerNip) {
    Column jp = coalesce(col("jp"), lit(0).cast(JP)).cast(JP);
    Column memenuhi = col("jp").geq(col("target_tahunan"));
    // jp >= target_tahunan * bulan_dinas / bulan_dinas_tahun, compared without rounding.
    Column sesuaiTarget =
        col("jp")
            .cast(EXACT)
            .multiply(col("bulan_dinas_tahun"))
            .geq(col("target_tahunan").cast(EXACT).multiply(col("bulan_dinas")));
    Column adaJp = col("jp").gt(0);
    return rosterWithTargets
        .join(jpPerNip, rosterWithTargets.col("nip").equalTo(jpPerNip.col("nip")), "left")
        .drop(jpPerNip.col("nip"))
        .withColumn("jp", jp)
        .withColumn(
            "status",
            when(memenuhi, MEMENUHI)
                .when(sesuaiTarget, SESUAI_TARGET)
                .when(adaJp, TERTINGGAL)
                .otherwise(BELUM_ADA_JP));
  }

  /** The population: AKTIF rows of the roster in force. */
  static Dataset<Row> populasi(Dataset<Row> kepatuhanPegawai) {
    return kepatuhanPegawai.filter(col("status_pegawai").equalTo(AKTIF));
  }

  /** The measures of the kepatuhan_* tables over population rows grouped by {@code keys}. */
  static Dataset<Row> measures(Dataset<Row> populasi, String... keys) {
    Column[] groupBy = Arrays.stream(keys).map(k -> col(k)).toArray(Column[]::new);
    Dataset<Row> counts =
        populasi
            .groupBy(groupBy)
            .agg(
                count(lit(1)).as("jumlah_pegawai"),
                countStatus(MEMENUHI).as("jumlah_memenuhi"),
                countStatus(SESUAI_TARGET).as("jumlah_sesuai_target"),
                countStatus(TERTINGGAL).as("jumlah_tertinggal"),
                countStatus(BELUM_ADA_JP).as("jumlah_belum_ada_jp"),
                sum(col("jp")).cast(TOTAL_JP).as("total_jp"),
                round(avg(col("jp")), 2).cast(JP).as("rata_rata_jp"),
                round(median(col("jp")).cast(EXACT), 2).cast(JP).as("median_jp"));
    return counts
        .withColumn("persen_memenuhi", persen(col("jumlah_memenuhi"), col("jumlah_pegawai")))
        .withColumn(
            "persen_on_track",
            persen(
                col("jumlah_memenuhi").plus(col("jumlah_sesuai_target")), col("jumlah_pegawai")));
  }

  static final List<String> MEASURES =
      List.of(
          "jumlah_pegawai",
          "jumlah_memenuhi",
          "jumlah_sesuai_target",
          "jumlah_tertinggal",
          "jumlah_belum_ada_jp",
          "persen_memenuhi",
          "persen_on_track",
          "total_jp",
          "rata_rata_jp",
          "median_jp");

  /**
   * One row per instansi of the master list: its measures when a roster is in force ({@code
   * melapor}), else null counts.
   *
   * @param instansi master list with {@code kode_instansi}
   * @param laporan {@code kode_instansi, melapor, baris_dibaca, baris_ditolak} for the period
   */
  static Dataset<Row> kepatuhanInstansi(
      Dataset<Row> kepatuhanPegawai, Dataset<Row> instansi, Dataset<Row> laporan, Periode p) {
    Dataset<Row> m = measures(populasi(kepatuhanPegawai), "kode_instansi");
    Dataset<Row> nonAktif =
        kepatuhanPegawai
            .filter(col("status_pegawai").notEqual(AKTIF))
            .groupBy(col("kode_instansi"))
            .agg(count(lit(1)).as("jumlah_non_aktif"));
    Column melapor = coalesce(col("melapor"), lit(false));
    List<Column> out = new ArrayList<>();
    out.add(lit(p.tahun()).as("tahun"));
    out.add(lit(p.caturwulan()).as("caturwulan"));
    out.add(col("kode_instansi"));
    out.add(melapor.as("melapor"));
    for (String measure : MEASURES) {
      Column value = col(measure);
      if (measure.startsWith("jumlah_")) {
        value = coalesce(value, lit(0L));
      }
      out.add(when(melapor, value).as(measure));
      if (measure.equals("jumlah_belum_ada_jp")) {
        out.add(when(melapor, coalesce(col("jumlah_non_aktif"), lit(0L))).as("jumlah_non_aktif"));
      }
    }
    return instansi
        .select(col("kode_instansi"))
        .join(laporan.select("kode_instansi", "melapor"), "kode_instansi", "left")
        .join(m, "kode_instansi", "left")
        .join(nonAktif, "kode_instansi", "left")
        .select(out.toArray(Column[]::new));
  }

  /** One row per (instansi, unit kerja) with a population. */
  static Dataset<Row> kepatuhanUnit(Dataset<Row> kepatuhanPegawai, Periode p) {
    Dataset<Row> m = measures(populasi(kepatuhanPegawai), "kode_instansi", "unit_kerja");
    List<Column> out = new ArrayList<>();
    out.add(lit(p.tahun()).as("tahun"));
    out.add(lit(p.caturwulan()).as("caturwulan"));
    out.add(col("kode_instansi"));
    out.add(col("unit_kerja"));
    MEASURES.forEach(k -> out.add(col(k)));
    return m.select(out.toArray(Column[]::new));
  }

  /** One row: the nation at the cut-off, with coverage over the master list. */
  static Dataset<Row> kepatuhanNasional(
      Dataset<Row> kepatuhanPegawai, Dataset<Row> kepatuhanInstansi, Periode p) {
    Dataset<Row> cakupan =
        kepatuhanInstansi.agg(
            count(lit(1)).as("jumlah_instansi"),
            sum(when(col("melapor"), 1).otherwise(0))
                .cast(DataTypes.LongType)
                .as("jumlah_instansi_melapor"));
    // No keys: a global aggregate, one row even when nobody is in any population.
    Dataset<Row> m = measures(populasi(kepatuhanPegawai));
    List<Column> out = new ArrayList<>();
    out.add(lit(p.tahun()).as("tahun"));
    out.add(lit(p.caturwulan()).as("caturwulan"));
    out.add(col("jumlah_instansi"));
    out.add(col("jumlah_instansi_melapor"));
    out.add(persen(col("jumlah_instansi_melapor"), col("jumlah_instansi")).as("persen_cakupan"));
    for (String measure : MEASURES) {
      out.add(
          measure.startsWith("jumlah_")
              ? coalesce(col(measure), lit(0L)).as(measure)
              : col(measure));
    }
    return cakupan.crossJoin(m).select(out.toArray(Column[]::new));
  }

  /**
   * Sounding level per instansi (SPEC §6): DATA when no roster is in force, nobody is in the
   * population, or more than the threshold of the rows in force were rejected; else HIJAU when
   * everyone is on track, KUNING from the threshold on, else MERAH.
   */
  static Dataset<Row> sounding(
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
    Column alasan =
        when(tidakMelapor, lit("Belum ada daftar pegawai periode ini"))
            .when(
                terlaluBanyakDitolak,
                org.apache.spark.sql.functions.concat(
                    ditolakTeks,
                    lit("% baris ditolak (ambang "),
                    lit(rules.ambangDataPersenDitolak().stripTrailingZeros().toPlainString()),
                    lit("%)")))
            .when(tanpaPopulasi, lit("Tidak ada pegawai berstatus AKTIF"))
            .when(semuaOnTrack, lit("Seluruh pegawai sesuai target"))
            .otherwise(
                org.apache.spark.sql.functions.concat(persenTeks, lit("% pegawai sesuai target")));
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

  private static Column countStatus(String status) {
    return sum(when(col("status").equalTo(status), 1L).otherwise(0L));
  }

  private static Column persen(Column bagian, Column jumlah) {
    return when(
            jumlah.gt(0), round(bagian.cast(EXACT).multiply(100).divide(jumlah), 2).cast(PERSEN))
        .otherwise(lit(null).cast(PERSEN));
  }
}

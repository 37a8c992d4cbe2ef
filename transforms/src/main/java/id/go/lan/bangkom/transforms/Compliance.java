package id.go.lan.bangkom.transforms;

import static org.apache.spark.sql.functions.ceil;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.month;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;
import static org.apache.spark.sql.functions.year;

import id.go.lan.bangkom.core.BangkomConfig;
import id.go.lan.bangkom.core.Periode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;

/**
 * SPEC §3 per person as pure functions over Datasets: no I/O, no clock, no actions. Parameters
 * (period, cut-off date, rules) are passed in. The records that count, their deduplication, JP per
 * NIP, targets and status; the aggregates over people are {@link KepatuhanAgregat}, the sounding
 * level {@link Sounding}.
 */
final class Compliance {
  static final String MEMENUHI = "MEMENUHI";
  static final String SESUAI_TARGET = "SESUAI_TARGET";
  static final String TERTINGGAL = "TERTINGGAL";
  static final String BELUM_ADA_JP = "BELUM_ADA_JP";
  static final String AKTIF = "AKTIF";
  static final String KLASIKAL = "KLASIKAL";
  static final String NONKLASIKAL = "NONKLASIKAL";

  static final DecimalType JP = DataTypes.createDecimalType(10, 2);
  static final DecimalType TOTAL_JP = DataTypes.createDecimalType(14, 2);

  /**
   * One record's JP as summed per person: up to 999,999.99, far above the largest JP a record may
   * carry ({@code ingest.jp_maksimum}, 1000 by default); a larger one stops the run (ANSI).
   */
  static final DecimalType JP_CATATAN = DataTypes.createDecimalType(8, 2);

  static final DecimalType PERSEN = DataTypes.createDecimalType(5, 2);

  /** Exact intermediate results, rounded only where shown. */
  static final DecimalType EXACT = DataTypes.createDecimalType(24, 8);

  private static final BigDecimal BULAN_SETAHUN = BigDecimal.valueOf(12);

  private Compliance() {}

  /**
   * The records that count at a cut-off: ended in its year, up to its last day. Applied before
   * {@link #dedupBangkom}: the end date is part of the record key, so this keeps or drops every
   * copy of a record alike.
   */
  static Dataset<Row> recordsAtCutoff(Dataset<Row> bangkom, int tahun, LocalDate akhir) {
    // A date range rather than year(): Parquet skips row groups by it, and no per-row arithmetic.
    Column dalamTahun =
        col("tanggal_selesai").geq(lit(java.sql.Date.valueOf(LocalDate.of(tahun, 1, 1))));
    Column sampaiCutoff = col("tanggal_selesai").leq(lit(java.sql.Date.valueOf(akhir)));
    return bangkom.filter(dalamTahun.and(sampaiCutoff));
  }

  /**
   * One row per record key (nip, normalised nama_kegiatan, tanggal_mulai, tanggal_selesai); of
   * duplicates with different JP the largest counts (SPEC §5), so resent year-to-date files never
   * double JP. Gives {@code nip_kunci} ({@link Kunci#nip}), {@code jp} (the largest) and {@code
   * jalur_kode} (2 NONKLASIKAL, 1 KLASIKAL; of copies with both, NONKLASIKAL as in text order).
   *
   * <p>Made for speed at national scale: the key is the NIP as a number and one 64-bit hash of the
   * normalised name and both dates (two different activities of one person collide with a chance of
   * about 2^-64), so the shuffle and the hash aggregation see fixed-width values only; the records
   * are partitioned by NIP once, which also serves the sums per NIP.
   */
  static Dataset<Row> dedupBangkom(Dataset<Row> records) {
    return dedupBangkom(records, List.of(), List.of());
  }

  /**
   * {@link #dedupBangkom(Dataset)} that also keeps the record's {@code columns} (read from {@code
   * records}) as the {@code aggregates} over its copies say, e.g. the NIP as text for {@link
   * BangkomRingkas}: one deduplication for every table that counts records.
   */
  static Dataset<Row> dedupBangkom(
      Dataset<Row> records, List<String> columns, List<Column> aggregates) {
    Column jalurKode =
        when(col("jalur").equalTo(NONKLASIKAL), 2).when(col("jalur").equalTo(KLASIKAL), 1);
    List<Column> selected = new ArrayList<>();
    selected.add(Kunci.nip(col("nip")).as("nip_kunci"));
    selected.add(
        xxhash64(Kunci.kegiatan(col("nama_kegiatan")), col("tanggal_mulai"), col("tanggal_selesai"))
            .as("kegiatan_kunci"));
    selected.add(col("jp"));
    selected.add(jalurKode.as("jalur_kode"));
    columns.forEach(c -> selected.add(col(c)));
    List<Column> more = new ArrayList<>();
    more.add(max(col("jalur_kode")).as("jalur_kode"));
    more.addAll(aggregates);
    return records
        .select(selected.toArray(Column[]::new))
        .repartition(col("nip_kunci"))
        .groupBy(col("nip_kunci"), col("kegiatan_kunci"))
        .agg(max(col("jp")).as("jp"), more.toArray(Column[]::new));
  }

  /**
   * Per NIP, from {@link #dedupBangkom}: {@code jp}, and {@code jp_nonklasikal} through jalur
   * NONKLASIKAL, all that compliance and the jalur share of weakness need of the records.
   *
   * <p>A record's JP is summed as {@link #JP_CATATAN}: a sum over DECIMAL of at most 8 digits runs
   * on the unscaled longs (Spark's DecimalAggregates rule), exact and without BigDecimal; a
   * DECIMAL(10,2) sum would widen past 18 digits and run on BigDecimal row by row.
   */
  static Dataset<Row> jpPerNip(Dataset<Row> deduped) {
    Column jp = col("jp").cast(JP_CATATAN);
    return deduped
        .groupBy(col("nip_kunci"))
        .agg(
            sum(jp).cast(JP).as("jp"),
            sum(when(col("jalur_kode").equalTo(2), jp)
                    .otherwise(lit(BigDecimal.ZERO).cast(JP_CATATAN)))
                .cast(JP)
                .as("jp_nonklasikal"));
  }

  /** JP per NIP of the cut-off's year up to its last day, whichever instansi sent them. */
  static Dataset<Row> jpAtCutoff(Dataset<Row> bangkom, int tahun, LocalDate akhir) {
    return jpPerNip(dedupBangkom(recordsAtCutoff(bangkom, tahun, akhir)));
  }

  /**
   * Adds {@code target_tahunan}, {@code target_kumulatif} and the months served: {@code
   * bulan_dinas} (by the cut-off) and {@code bulan_dinas_tahun}.
   *
   * <p>One rule for the status and every shown target (docs/warehouse.md, kepatuhan_pegawai): the
   * exact cumulative target {@code target_tahunan * bulan_dinas / bulan_dinas_tahun} (40/3 at CW2
   * for 20 JP) rounded UP to cents is {@code target_kumulatif} (13.34, "13⅓ rounded up"). JP are
   * whole cents, so {@code jp >= exact} holds exactly when {@code jp >= target_kumulatif}: a shown
   * JP at or above the shown target is always on track, one below it never is.
   *
   * <p>An ASN who served the whole year has the figures of their jenis_pegawai, computed here once
   * with BigDecimal; only those who began this year (pro-rated) are computed per row.
   */
  static Dataset<Row> withTargets(Dataset<Row> roster, TargetRules rules, Periode periode) {
    int bulanAkhir = rules.calendar().bulanAkhir(periode.caturwulan());
    BigDecimal bulanKe = BigDecimal.valueOf(bulanAkhir);
    Column base = lit(null);
    Column basePenuh = lit(null).cast(JP);
    Column kumulatifPenuh = lit(null).cast(JP);
    for (String jenis : BangkomConfig.JENIS_PEGAWAI) {
      BigDecimal target = rules.targetTahunan().get(jenis);
      // target_tahunan of a full year, as the cast to JP rounds it (half up).
      BigDecimal sampaiCutoff = target.setScale(2, RoundingMode.HALF_UP).multiply(bulanKe);
      Column isJenis = col("jenis_pegawai").equalTo(jenis);
      base = when(isJenis, lit(target)).otherwise(base);
      basePenuh = when(isJenis, lit(target).cast(JP)).otherwise(basePenuh);
      // target * bulanAkhir / 12 rounded up to cents: jp * 12 >= target * bulanAkhir, jp in cents.
      kumulatifPenuh =
          when(isJenis, lit(sampaiCutoff.divide(BULAN_SETAHUN, 2, RoundingMode.CEILING)).cast(JP))
              .otherwise(kumulatifPenuh);
    }
    Column mulaiTahunIni = col("mulai_tahun_ini");
    Column bulanMulai = month(col("tmt_asn"));
    Column bulanTahun = lit(13).minus(bulanMulai);
    Column targetTahunan =
        when(mulaiTahunIni, ceil(base.multiply(bulanTahun).divide(12)).cast(JP))
            .otherwise(basePenuh);
    Column bulanDinas =
        when(mulaiTahunIni, greatest(lit(0), lit(bulanAkhir).minus(bulanMulai).plus(1)))
            .otherwise(lit(bulanAkhir));
    Column bulanDinasTahun = when(mulaiTahunIni, bulanTahun).otherwise(lit(12));
    // target_tahunan * bulan_dinas / bulan_dinas_tahun, exact before rounding up.
    Column kumulatif =
        col("target_tahunan")
            .cast(EXACT)
            .multiply(col("bulan_dinas"))
            .divide(col("bulan_dinas_tahun"));
    return roster
        .withColumn(
            "mulai_tahun_ini",
            lit(rules.prorata())
                .and(coalesce(year(col("tmt_asn")).equalTo(periode.tahun()), lit(false))))
        .withColumn("target_tahunan", targetTahunan)
        .withColumn("bulan_dinas", bulanDinas)
        .withColumn("bulan_dinas_tahun", bulanDinasTahun)
        .withColumn(
            "target_kumulatif",
            when(mulaiTahunIni, ceil(kumulatif, lit(2)).cast(JP)).otherwise(kumulatifPenuh))
        .drop("mulai_tahun_ini");
  }

  /**
   * Every roster row with its JP (0 when none), targets ({@link #withTargets}) and status. The
   * targets are added after the join, so the roster crosses the shuffle with its own columns only.
   */
  static Dataset<Row> kepatuhanPegawai(
      Dataset<Row> roster, TargetRules rules, Periode periode, Dataset<Row> jpPerNip) {
    Column jpOrZero = coalesce(col("jp"), lit(0).cast(JP)).cast(JP);
    Dataset<Row> jp = jpPerNip.select(col("nip_kunci"), col("jp"));
    Column memenuhi = col("jp").geq(col("target_tahunan"));
    // The exact cumulative target rounded up to cents: the same test as against the exact value,
    // and the same figure as the one shown (withTargets).
    Column sesuaiTarget = col("jp").geq(col("target_kumulatif"));
    Column adaJp = col("jp").gt(0);
    Dataset<Row> withJp =
        roster
            // JP per NIP goes to every task whole (a hash table of longs, ~50 bytes per person
            // with JP): the roster, the larger side, is then read and joined without a shuffle.
            .join(
                jp.hint("broadcast"),
                Kunci.nip(roster.col("nip")).equalTo(jp.col("nip_kunci")),
                "left")
            .drop(jp.col("nip_kunci"))
            .withColumn("jp", jpOrZero);
    return withTargets(withJp, rules, periode)
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

  /** 100 * {@code bagian} / {@code jumlah} half up to 2 decimals; null when jumlah is 0. */
  static Column persen(Column bagian, Column jumlah) {
    return when(
            jumlah.gt(0), round(bagian.cast(EXACT).multiply(100).divide(jumlah), 2).cast(PERSEN))
        .otherwise(lit(null).cast(PERSEN));
  }
}

package id.go.lan.bangkom.transforms;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import id.go.lan.bangkom.core.InstrumenTrainingRate;
import id.go.lan.bangkom.core.Periode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

/**
 * The stages of one cut-off, from its inputs to its tables: JP per NIP, kepatuhan_pegawai (written
 * at once: the other tables read it back), then kepatuhan per instansi and group, sounding,
 * coverage, training rate, weakness and projection, each a pure function of {@link Compliance},
 * {@link KepatuhanAgregat}, {@link Sounding}, {@link TrainingRate}, {@link Weakness}, {@link
 * Projection} and {@link Kalibrasi}. The tables but kepatuhan_pegawai are lazy: they are computed
 * when written.
 */
final class TahapPeriode {
  private final Komputasi lake;
  private final TabelInduk induk;
  private final PengaturanTransform pengaturan;

  TahapPeriode(Komputasi lake, TabelInduk induk, PengaturanTransform pengaturan) {
    this.lake = lake;
    this.induk = induk;
    this.pengaturan = pengaturan;
  }

  /**
   * The tables of a cut-off, in {@link TransformJob#TABLES} order (without ralat and
   * proyeksi_uji_balik), and the cached inputs they share, released by {@link #close}.
   */
  record Hasil(Map<String, Dataset<Row>> tabel, List<Dataset<Row>> cache) implements AutoCloseable {
    @Override
    public void close() {
      cache.forEach(Dataset::unpersist);
    }
  }

  /** The driver-built tables (master list, reports per instansi). */
  TabelInduk induk() {
    return induk;
  }

  /** JP per NIP at the cut-off, total and NONKLASIKAL, from the deduplicated records (lazy). */
  Dataset<Row> jpPerNip(MasukanPeriode.Masukan in, Periode periode) {
    return Compliance.jpAtCutoff(
        lake.read(in.bangkomPaths(), LakeSchemas.BANGKOM),
        periode.tahun(),
        pengaturan.kalender().akhir(periode));
  }

  /**
   * Writes kepatuhan_pegawai of the cut-off (every roster row with JP, targets, status) to {@code
   * target} and returns it read back from there: the Parquet is the cache the other tables read,
   * cheaper than Spark's in-memory columnar cache for millions of rows.
   */
  Dataset<Row> writePegawai(
      MasukanPeriode.Masukan in, Periode periode, Dataset<Row> jpPerNip, Path target) {
    Dataset<Row> roster =
        lake.read(in.rosterPaths(), LakeSchemas.PEGAWAI)
            .withColumnRenamed("status", "status_pegawai");
    Compliance.kepatuhanPegawai(roster, pengaturan.target(periode.tahun()), periode, jpPerNip)
        .select(
            lit(periode.tahun()).as("tahun"),
            lit(periode.caturwulan()).as("caturwulan"),
            col("kode_instansi"),
            col("nip"),
            col("jenis_pegawai"),
            col("jenis_jabatan"),
            col("unit_kerja"),
            col("status_pegawai"),
            col("tmt_asn"),
            col("jp"),
            col("target_tahunan"),
            col("target_kumulatif"),
            col("bulan_dinas"),
            col("bulan_dinas_tahun"),
            col("status"))
        .write()
        .mode(SaveMode.Overwrite)
        // One value per person: a dictionary would only be built to be dropped.
        .option("parquet.enable.dictionary#nip", "false")
        .option("parquet.column.statistics.enabled#nip", "false")
        .option("parquet.column.statistics.enabled#unit_kerja", "false")
        .parquet(Komputasi.lokasi(target));
    return lake.spark().read().parquet(Komputasi.lokasi(target));
  }

  /**
   * Every table of the cut-off: kepatuhan_pegawai is written here ({@code pegawaiDitulis} runs once
   * it is), the others are returned lazy.
   */
  Hasil hitung(MasukanPeriode.Masukan in, Periode periode, Runnable pegawaiDitulis) {
    InstrumenTrainingRate instrumen = pengaturan.instrumen();
    AnalysisRules rules = pengaturan.analisis();
    Dataset<Row> instansi = induk.instansi();
    Dataset<Row> laporan = induk.laporan(in.lake(), periode);
    List<Dataset<Row>> cache = new ArrayList<>();
    // JP per NIP, total and NONKLASIKAL: all that compliance and weakness (jalur shares) need of
    // the records, a fraction of their size, kept for both.
    Dataset<Row> jpPerNip = simpan(cache, jpPerNip(in, periode));
    try {
      Dataset<Row> pegawai =
          writePegawai(in, periode, jpPerNip, lake.partition("kepatuhan_pegawai", periode));
      pegawaiDitulis.run();
      Dataset<Row> populasi = Compliance.populasi(pegawai);
      Dataset<Row> kepatuhanInstansi =
          simpan(cache, KepatuhanAgregat.kepatuhanInstansi(pegawai, instansi, laporan, periode));
      Dataset<Row> sounding =
          simpan(cache, Sounding.level(kepatuhanInstansi, laporan, pengaturan.sounding()));
      Dataset<Row> trIndikator =
          simpan(
              cache,
              TrainingRate.indikator(
                  lake.read(in.trPaths(), LakeSchemas.TRAINING_RATE),
                  kepatuhanInstansi,
                  instrumen,
                  periode));
      Dataset<Row> trInstansi = simpan(cache, TrainingRate.instansi(trIndikator, instrumen));
      boolean kalibrasi = adaRiwayatProyeksi(periode);
      Dataset<Row> perPegawai = proyeksiPerPegawai(populasi, instansi, periode, rules, kalibrasi);
      Column metode = lit(kalibrasi ? "KALIBRASI" : "LAJU").as("metode");

      Map<String, Dataset<Row>> out = new LinkedHashMap<>();
      out.put("kepatuhan_pegawai", pegawai);
      out.put("kepatuhan_instansi", kepatuhanInstansi);
      out.put(
          "kepatuhan_unit",
          KepatuhanAgregat.grain(populasi, periode, "kode_instansi", "unit_kerja"));
      out.put(
          "kepatuhan_jabatan",
          KepatuhanAgregat.grain(populasi, periode, "kode_instansi", "jenis_jabatan"));
      out.put(
          "kepatuhan_jenis_pegawai",
          KepatuhanAgregat.grain(populasi, periode, "kode_instansi", "jenis_pegawai"));
      out.put(
          "kepatuhan_jenis_instansi",
          KepatuhanAgregat.grain(
              populasi.join(instansi.select("kode_instansi", "jenis_instansi"), "kode_instansi"),
              periode,
              "jenis_instansi"));
      out.put(
          "kepatuhan_nasional",
          KepatuhanAgregat.kepatuhanNasional(pegawai, kepatuhanInstansi, periode));
      out.put("sounding", sounding);
      out.put("cakupan", induk.cakupan(in.lake(), periode));
      out.put("training_rate_indikator", trIndikator);
      out.put("training_rate_instansi", trInstansi);
      out.put(
          "training_rate_nasional",
          TrainingRate.nasional(trInstansi, induk.jumlahInstansi(), instrumen, periode));
      // The measures (a dozen per instansi, a few thousand rows) are read three times by the
      // ranking (national and peer medians, and the join): kept in one partition, so their dozen
      // lineages run once instead of three times and the ranking's stages are one task each.
      Dataset<Row> ukuran =
          simpan(
              cache,
              Komputasi.oneFile(
                  Weakness.semuaUkuran(
                      kepatuhanInstansi,
                      populasi,
                      jpPerNip,
                      trInstansi,
                      instrumen,
                      sounding,
                      lake.computedOrEmpty(
                          "kepatuhan_instansi",
                          new Periode(periode.tahun() - 1, periode.caturwulan())),
                      rules)));
      out.put(
          "kelemahan_instansi",
          Weakness.temuan(
              ukuran, instansi, periode, rules.temuanMaksimum(), rules.selisihMinimum()));
      out.put(
          "proyeksi_instansi",
          Projection.aggregate(perPegawai, periode, "kode_instansi").withColumn("metode", metode));
      out.put(
          "proyeksi_nasional",
          Projection.aggregate(perPegawai, periode).withColumn("metode", metode));
      return new Hasil(out, cache);
    } catch (RuntimeException | Error e) {
      cache.forEach(Dataset::unpersist);
      throw e;
    }
  }

  private static Dataset<Row> simpan(List<Dataset<Row>> cache, Dataset<Row> table) {
    Dataset<Row> kept = table.persist();
    cache.add(kept);
    return kept;
  }

  /** Whether the previous year's same cut-off and its year end are computed (docs/proyeksi.md). */
  private boolean adaRiwayatProyeksi(Periode periode) {
    return lake.ada("kepatuhan_pegawai", new Periode(periode.tahun() - 1, periode.caturwulan()))
        && lake.ada("kepatuhan_pegawai", new Periode(periode.tahun() - 1, 3));
  }

  /**
   * The projection per employee: calibrated with last year's catch-up rates when the previous
   * year's same cut-off and its year end are computed, else the run-rate (docs/proyeksi.md).
   */
  private Dataset<Row> proyeksiPerPegawai(
      Dataset<Row> populasi,
      Dataset<Row> instansi,
      Periode periode,
      AnalysisRules rules,
      boolean kalibrasi) {
    Dataset<Row> lajuPerPegawai = Projection.perPegawai(populasi, rules);
    if (!kalibrasi) {
      return lajuPerPegawai;
    }
    Periode lalu = new Periode(periode.tahun() - 1, periode.caturwulan());
    Periode akhirLalu = new Periode(periode.tahun() - 1, 3);
    Dataset<Row> laju =
        Kalibrasi.lajuSusulan(
            lake.computed("kepatuhan_pegawai", lalu),
            lake.computed("kepatuhan_pegawai", akhirLalu),
            instansi,
            rules);
    return Kalibrasi.kalibrasi(lajuPerPegawai, laju, instansi, rules);
  }
}

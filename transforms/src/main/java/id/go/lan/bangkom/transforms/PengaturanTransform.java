package id.go.lan.bangkom.transforms;

import static java.util.Objects.requireNonNull;

import id.go.lan.bangkom.core.BangkomConfig;
import id.go.lan.bangkom.core.CaturwulanCalendar;
import id.go.lan.bangkom.core.InstrumenTrainingRate;
import java.math.BigDecimal;
import java.util.function.IntFunction;

/**
 * Every setting the transforms use, read once from {@link BangkomConfig} when a job is built and
 * checked here: a bad value stops the program at start-up with the key, the value and what is
 * allowed, in Indonesian. No default lives in code: each key has its default in core's {@code
 * bangkom-default.properties}, so a key missing there is a build error, caught by the tests.
 *
 * @param kalender the caturwulan boundaries
 * @param targetPerTahun each year's target rules: {@code target.jp.<JENIS>.<tahun>} else {@code
 *     target.jp.<JENIS>}, and {@code target.prorata}. The year keys are open-ended, so a year's
 *     targets are looked up when that year is computed; BangkomConfig checked every target key and
 *     value when it was loaded.
 * @param sounding the sounding thresholds
 * @param analisis the projection, IP ASN, coverage and weakness settings
 * @param instrumen the training-rate instrument
 * @param duckdbMemoryLimit DuckDB's {@code memory_limit} for the transforms' own DuckDB reads
 * @param duckdbThreads DuckDB's {@code threads} likewise
 * @param selMinimum {@code privasi.sel_minimum}: the warehouse hides unit rows of fewer people, so
 *     the restatements of kepatuhan_unit hide them too
 * @param partisiShuffle {@code spark.shuffle_partitions}: the most partitions a shuffle of a
 *     cut-off has ({@link PartisiShuffle})
 */
record PengaturanTransform(
    CaturwulanCalendar kalender,
    IntFunction<TargetRules> targetPerTahun,
    SoundingRules sounding,
    AnalysisRules analisis,
    InstrumenTrainingRate instrumen,
    String duckdbMemoryLimit,
    int duckdbThreads,
    int selMinimum,
    int partisiShuffle) {
  static final String SEL_MINIMUM = "privasi.sel_minimum";

  PengaturanTransform {
    requireNonNull(kalender, "kalender is null");
    requireNonNull(targetPerTahun, "targetPerTahun is null");
    requireNonNull(sounding, "sounding is null");
    requireNonNull(analisis, "analisis is null");
    requireNonNull(instrumen, "instrumen is null");
    requireNonNull(duckdbMemoryLimit, "duckdbMemoryLimit is null");
    if (selMinimum < 1) {
      throw tidakSah(SEL_MINIMUM, Integer.toString(selMinimum), "bulat_min", "1");
    }
  }

  /** The transforms' settings from {@code config}, each value checked. */
  static PengaturanTransform dari(BangkomConfig config) {
    return new PengaturanTransform(
        config.calendar(),
        tahun -> TargetRules.from(config, tahun),
        SoundingRules.from(config),
        AnalysisRules.from(config),
        config.trainingRate(),
        config.duckdbMemoryLimit(),
        config.duckdbThreads(),
        config.privasiSelMinimum(),
        config.sparkShufflePartitions());
  }

  /** The target rules of {@code tahun}. */
  TargetRules target(int tahun) {
    return targetPerTahun.apply(tahun);
  }

  /** The value of {@code key}, which core's defaults file gives. */
  static String nilai(BangkomConfig config, String key) {
    return config
        .get(key)
        .map(String::strip)
        .filter(v -> !v.isEmpty())
        .orElseThrow(() -> new IllegalArgumentException(Teks.f("pengaturan.wajib", key)));
  }

  static int bulat(BangkomConfig config, String key) {
    String v = nilai(config, key);
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw tidakSah(key, v, "bulat");
    }
  }

  static BigDecimal angka(BangkomConfig config, String key) {
    String v = nilai(config, key);
    try {
      return new BigDecimal(v);
    } catch (NumberFormatException e) {
      throw tidakSah(key, v, "angka");
    }
  }

  /**
   * "Nilai konfigurasi tidak sah untuk KEY: "VALUE" (ALLOWED)", ALLOWED the message {@code
   * pengaturan.boleh.<boleh>} with {@code batas}.
   */
  static IllegalArgumentException tidakSah(
      String key, String value, String boleh, Object... batas) {
    return new IllegalArgumentException(
        Teks.f("pengaturan.tidak_sah", key, value, Teks.f("pengaturan.boleh." + boleh, batas)));
  }
}

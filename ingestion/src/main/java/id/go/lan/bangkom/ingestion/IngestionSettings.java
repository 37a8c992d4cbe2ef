package id.go.lan.bangkom.ingestion;

import static java.util.Objects.requireNonNull;

import id.go.lan.bangkom.core.BangkomConfig;
import id.go.lan.bangkom.core.CaturwulanCalendar;
import id.go.lan.bangkom.core.InstrumenTrainingRate;
import java.math.BigDecimal;

/**
 * Everything ingestion reads from the configuration, read once when {@link Ingestion} is built.
 * {@link BangkomConfig} has validated every value already (with its Indonesian message naming the
 * key); the defaults live in {@code bangkom-default.properties} only.
 *
 * @param paralel submissions read at once: {@code ingest.paralel}, or when it is unset the
 *     processors, at most 4 (the rule written beside the commented key in the defaults file)
 * @param duckdbThreads {@code duckdb.threads}
 * @param duckdbMemoryLimit {@code duckdb.memory_limit}, in DuckDB's own form ({@code 2GB})
 */
record IngestionSettings(
    CaturwulanCalendar calendar,
    BigDecimal jpMaksimum,
    int menitPerJp,
    InstrumenTrainingRate trainingRate,
    int paralel,
    int duckdbThreads,
    String duckdbMemoryLimit) {
  /** Without {@code ingest.paralel}: this many processors at most. */
  private static final int PARALEL_TANPA_PENGATURAN_MAKSIMUM = 4;

  IngestionSettings {
    requireNonNull(calendar, "calendar is null");
    requireNonNull(jpMaksimum, "jpMaksimum is null");
    requireNonNull(trainingRate, "trainingRate is null");
    requireNonNull(duckdbMemoryLimit, "duckdbMemoryLimit is null");
    if (jpMaksimum.signum() <= 0 || menitPerJp <= 0 || paralel <= 0 || duckdbThreads <= 0) {
      // Unreachable through BangkomConfig, which refuses such values when it loads.
      throw new IllegalArgumentException(
          "Ingestion settings: jp, minutes, parallelism and threads must be positive: "
              + jpMaksimum
              + ", "
              + menitPerJp
              + ", "
              + paralel
              + ", "
              + duckdbThreads);
    }
  }

  /** The settings of a configuration that {@link BangkomConfig} has already validated. */
  static IngestionSettings from(BangkomConfig config) {
    requireNonNull(config, "config is null");
    int paralel =
        config
            .ingestParalel()
            .orElse(
                Math.min(
                    PARALEL_TANPA_PENGATURAN_MAKSIMUM, Runtime.getRuntime().availableProcessors()));
    return new IngestionSettings(
        config.calendar(),
        config.jpMaksimum(),
        config.menitPerJp(),
        config.trainingRate(),
        paralel,
        config.duckdbThreads(),
        config.duckdbMemoryLimit());
  }
}

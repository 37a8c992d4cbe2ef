package id.go.lan.bangkom.core.kontrak;

import java.util.List;

/**
 * The computed tables that the transforms write under {@code lake/computed/<table>/periode=<id>/}
 * and the warehouse publishes under the same names (docs/warehouse.md): the contract between the
 * two modules, so that neither names the other's classes.
 */
public final class TabelHitungan {
  /** Restatements: appended per period, never overwritten. */
  public static final String RALAT = "ralat";

  /**
   * The deduplicated bangkom records summed per year and caturwulan of their end date (one row set
   * per year, in the partition of the latest cut-off that counted that year: docs/warehouse.md).
   */
  public static final String BANGKOM_RINGKAS = "bangkom_ringkas";

  /** The figures of one cut-off each: a period's partition holds that cut-off's rows. */
  public static final List<String> PER_PERIODE =
      List.of(
          "kepatuhan_pegawai",
          "kepatuhan_instansi",
          "kepatuhan_unit",
          "kepatuhan_jabatan",
          "kepatuhan_jenis_pegawai",
          "kepatuhan_jenis_instansi",
          "kepatuhan_nasional",
          "sounding",
          "cakupan",
          "training_rate_indikator",
          "training_rate_instansi",
          "training_rate_nasional",
          "kelemahan_instansi",
          "proyeksi_instansi",
          "proyeksi_nasional",
          "proyeksi_uji_balik",
          RALAT);

  /** Every computed table a transform of a period writes, {@link #BANGKOM_RINGKAS} last. */
  public static final List<String> SEMUA =
      java.util.stream.Stream.concat(
              PER_PERIODE.stream(), java.util.stream.Stream.of(BANGKOM_RINGKAS))
          .toList();

  private TabelHitungan() {}
}

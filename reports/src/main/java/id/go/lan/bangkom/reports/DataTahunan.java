package id.go.lan.bangkom.reports;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the Laporan Tahunan prints, read from the warehouse by {@link KueriTahunan}: per-cut-off
 * rows are keyed by caturwulan (1..3), in order.
 *
 * @param akhir the last cut-off of the year with compliance data (3 when there is none)
 * @param batas the date of that cut-off
 * @param kepatuhan {@code kepatuhan_nasional} per caturwulan
 * @param trainingRate {@code training_rate_nasional} per caturwulan
 * @param proyeksi {@code proyeksi_nasional} per caturwulan
 * @param perJenis {@code kepatuhan_jenis_instansi} per jenis instansi (in its order), per
 *     caturwulan
 * @param polaKelemahan the weakness patterns at {@code akhir}, most frequent first
 * @param ujiBalik the national back-tests up to this year, newest first
 * @param perTahun {@code kepatuhan_nasional} per year up to this one, per caturwulan
 * @param levelSounding the count of each sounding level per caturwulan
 * @param targetPerJenis the annual JP target per jenis pegawai; empty for an older warehouse
 * @param efektivitas the year's {@code efektivitas_sounding} rows; empty for a warehouse published
 *     before the table existed
 * @param selMinimum a group of fewer instansi shows no figure ({@code privasi.sel_minimum})
 */
record DataTahunan(
    int tahun,
    int akhir,
    LocalDate batas,
    VersiData versi,
    Map<Integer, Baris> kepatuhan,
    Map<Integer, Baris> trainingRate,
    Map<Integer, Baris> proyeksi,
    Map<String, Map<Integer, Baris>> perJenis,
    List<Baris> polaKelemahan,
    List<Baris> ujiBalik,
    Map<Integer, Map<Integer, Baris>> perTahun,
    List<Baris> levelSounding,
    Map<String, BigDecimal> targetPerJenis,
    Optional<List<Baris>> efektivitas,
    int selMinimum) {
  DataTahunan {
    requireNonNull(batas, "batas is null");
    requireNonNull(versi, "versi is null");
    kepatuhan = urut(requireNonNull(kepatuhan, "kepatuhan is null"));
    trainingRate = urut(requireNonNull(trainingRate, "trainingRate is null"));
    proyeksi = urut(requireNonNull(proyeksi, "proyeksi is null"));
    perJenis =
        Collections.unmodifiableMap(
            new LinkedHashMap<>(requireNonNull(perJenis, "perJenis is null")));
    polaKelemahan = List.copyOf(requireNonNull(polaKelemahan, "polaKelemahan is null"));
    ujiBalik = List.copyOf(requireNonNull(ujiBalik, "ujiBalik is null"));
    perTahun = urut(requireNonNull(perTahun, "perTahun is null"));
    levelSounding = List.copyOf(requireNonNull(levelSounding, "levelSounding is null"));
    targetPerJenis =
        Collections.unmodifiableMap(
            new LinkedHashMap<>(requireNonNull(targetPerJenis, "targetPerJenis is null")));
    efektivitas = requireNonNull(efektivitas, "efektivitas is null").map(List::copyOf);
    if (selMinimum < 1) {
      throw new IllegalArgumentException("Cannot use a selMinimum below 1: " + selMinimum);
    }
  }

  /** An unmodifiable copy in key order (the tables and charts go through cut-offs and years). */
  private static <V> Map<Integer, V> urut(Map<Integer, V> map) {
    return Collections.unmodifiableMap(new TreeMap<>(map));
  }

  /** The national compliance row of the last cut-off, or an empty row. */
  Baris kepatuhanAkhir() {
    return kepatuhan.getOrDefault(akhir, Baris.kosong());
  }

  /** The national training-rate row of the last cut-off, or an empty row. */
  Baris trainingRateAkhir() {
    return trainingRate.getOrDefault(akhir, Baris.kosong());
  }
}

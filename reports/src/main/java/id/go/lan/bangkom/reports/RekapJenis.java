package id.go.lan.bangkom.reports;

import static id.go.lan.bangkom.reports.Teks.teks;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * Compliance of one jenis instansi, summed over its instansi that reported. The counts are null
 * when none of them reported.
 */
record RekapJenis(
    String jenisInstansi,
    long jumlahInstansi,
    long jumlahMelapor,
    Long jumlahPegawai,
    Long jumlahMemenuhi,
    Long jumlahSesuaiTarget) {

  RekapJenis {
    requireNonNull(jenisInstansi, "jenisInstansi is null");
    if (jumlahMelapor < 0 || jumlahMelapor > jumlahInstansi) {
      throw new IllegalArgumentException(
          teks(
              "galat.jumlah_melapor",
              jenisInstansi,
              String.valueOf(jumlahMelapor),
              String.valueOf(jumlahInstansi)));
    }
  }

  BigDecimal persenMemenuhi() {
    return FormatIndonesia.rasio(jumlahMemenuhi, jumlahPegawai);
  }

  BigDecimal persenOnTrack() {
    Long onTrack =
        jumlahMemenuhi == null || jumlahSesuaiTarget == null
            ? null
            : jumlahMemenuhi + jumlahSesuaiTarget;
    return FormatIndonesia.rasio(onTrack, jumlahPegawai);
  }

  /** One row for the template: display strings plus raw numbers for the chart. */
  Map<String, Object> baris() {
    Map<String, Object> baris = new HashMap<>();
    baris.put("jenis", Label.jenisInstansi(jenisInstansi));
    baris.put("jumlah_instansi", FormatIndonesia.angka(jumlahInstansi));
    baris.put("melapor", FormatIndonesia.angka(jumlahMelapor));
    baris.put(
        "cakupan", FormatIndonesia.persen(FormatIndonesia.rasio(jumlahMelapor, jumlahInstansi)));
    baris.put("pegawai", FormatIndonesia.angka(jumlahPegawai));
    baris.put("persen_memenuhi", FormatIndonesia.persen(persenMemenuhi()));
    baris.put("persen_on_track", FormatIndonesia.persen(persenOnTrack()));
    baris.put("nilai_memenuhi", nilai(persenMemenuhi()));
    baris.put("nilai_on_track", nilai(persenOnTrack()));
    return baris;
  }

  /** Chart value; null (no bar) when nobody of this jenis reported, rather than a false 0. */
  private static Double nilai(BigDecimal persen) {
    return persen == null ? null : persen.doubleValue();
  }
}

package id.go.lan.bangkom.reports;

import static id.go.lan.bangkom.reports.Teks.teks;

import java.math.BigDecimal;

/**
 * The national row of {@code kepatuhan_nasional} for one cut-off. Every measure is null when the
 * period has no row (nothing reported yet); {@code jumlahInstansi} is then the size of the master
 * list.
 */
record RingkasanNasional(
    long jumlahInstansi,
    long jumlahInstansiMelapor,
    BigDecimal persenCakupan,
    Long jumlahPegawai,
    Long jumlahMemenuhi,
    Long jumlahSesuaiTarget,
    Long jumlahTertinggal,
    Long jumlahBelumAdaJp,
    BigDecimal persenMemenuhi,
    BigDecimal persenOnTrack,
    BigDecimal totalJp,
    BigDecimal rataRataJp,
    BigDecimal medianJp) {

  RingkasanNasional {
    if (jumlahInstansi < 0 || jumlahInstansiMelapor < 0 || jumlahInstansiMelapor > jumlahInstansi) {
      throw new IllegalArgumentException(
          teks(
              "galat.jumlah_melapor",
              teks("caturwulan.nasional"),
              String.valueOf(jumlahInstansiMelapor),
              String.valueOf(jumlahInstansi)));
    }
  }

  /** The summary of a period without data: the master list, nobody reporting. */
  static RingkasanNasional kosong(long jumlahInstansi) {
    return new RingkasanNasional(
        jumlahInstansi, 0, null, null, null, null, null, null, null, null, null, null, null);
  }
}

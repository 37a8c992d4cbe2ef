package id.go.lan.bangkom.reports;

import static id.go.lan.bangkom.reports.Teks.teks;
import static java.util.Objects.requireNonNull;

import id.go.lan.bangkom.core.Periode;
import java.time.LocalDate;
import java.util.List;

/** Everything the Laporan Caturwulan prints, read from the warehouse for one cut-off. */
record DataLaporanCaturwulan(
    Periode periode,
    LocalDate tanggalMulai,
    LocalDate tanggalAkhir,
    RingkasanNasional nasional,
    List<RekapJenis> perJenis,
    List<InstansiSounding> sounding,
    List<BarisLampiran> lampiran,
    String kakiData,
    RalatPeriode ralat) {

  DataLaporanCaturwulan {
    requireNonNull(periode, "periode is null");
    requireNonNull(tanggalMulai, "tanggalMulai is null");
    requireNonNull(tanggalAkhir, "tanggalAkhir is null");
    requireNonNull(nasional, "nasional is null");
    if (tanggalAkhir.isBefore(tanggalMulai)) {
      throw new IllegalArgumentException(
          teks("galat.periode_terbalik", periode.id(), tanggalAkhir.toString()));
    }
    perJenis = List.copyOf(perJenis);
    sounding = List.copyOf(sounding);
    lampiran = List.copyOf(lampiran);
    requireNonNull(kakiData, "kakiData is null");
    requireNonNull(ralat, "ralat is null");
  }
}

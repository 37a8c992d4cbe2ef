package id.go.lan.bangkom.reports;

import static id.go.lan.bangkom.reports.Teks.teks;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * One instansi of the master list in the appendix. {@code melapor} is null when the warehouse has
 * no row for it in this period.
 */
record BarisLampiran(
    String kodeInstansi,
    String namaInstansi,
    String jenisInstansi,
    Boolean melapor,
    Long jumlahPegawai,
    BigDecimal persenMemenuhi,
    BigDecimal persenOnTrack,
    String level) {

  BarisLampiran {
    requireNonNull(kodeInstansi, "kodeInstansi is null");
  }

  Map<String, Object> baris() {
    Map<String, Object> baris = new HashMap<>();
    baris.put("kode", kodeInstansi);
    baris.put("nama", namaInstansi == null ? kodeInstansi : namaInstansi);
    baris.put("jenis", Label.jenisInstansi(jenisInstansi));
    baris.put(
        "melapor",
        melapor == null
            ? FormatIndonesia.KOSONG
            : teks(melapor ? "caturwulan.lampiran.ya" : "caturwulan.lampiran.tidak"));
    baris.put("pegawai", FormatIndonesia.angka(jumlahPegawai));
    baris.put("persen_memenuhi", FormatIndonesia.persen(persenMemenuhi));
    baris.put("persen_on_track", FormatIndonesia.persen(persenOnTrack));
    baris.put("level", level == null ? FormatIndonesia.KOSONG : level);
    return baris;
  }
}

package id.go.lan.bangkom.reports;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/** One instansi on the sounding list (level MERAH, KUNING or DATA). */
record InstansiSounding(
    String kodeInstansi,
    String namaInstansi,
    String jenisInstansi,
    String level,
    BigDecimal persenOnTrack,
    String alasan) {

  InstansiSounding {
    requireNonNull(kodeInstansi, "kodeInstansi is null");
    requireNonNull(level, "level is null");
  }

  Map<String, Object> baris() {
    Map<String, Object> baris = new HashMap<>();
    baris.put("kode", kodeInstansi);
    baris.put("nama", namaInstansi == null ? kodeInstansi : namaInstansi);
    baris.put("jenis", Label.jenisInstansi(jenisInstansi));
    baris.put("level", level);
    baris.put("persen_on_track", FormatIndonesia.persen(persenOnTrack));
    baris.put("alasan", alasan == null ? FormatIndonesia.KOSONG : alasan);
    return baris;
  }
}

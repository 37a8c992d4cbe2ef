package id.go.lan.bangkom.schedules.scheduler;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The steps of the scheduled cycle, in their order ({@code penjadwal.langkah_siklus}). */
public enum CycleStep {
  INGEST,
  TRANSFORM,
  PUBLISH,
  /** Laporan Caturwulan, Surat Sounding with their lists, Profil Instansi. */
  REPORT,
  /** Sounding delivery by e-mail (a dry run into the outbox when SMTP is not configured). */
  KIRIM;

  /** Parses {@code ingest,transform,...}; refuses unknown names, repeats and a wrong order. */
  static List<CycleStep> parseList(String key, String text) {
    List<CycleStep> steps = new ArrayList<>();
    for (String part : text.split(",")) {
      String name = part.trim().toUpperCase(Locale.ROOT);
      if (name.isEmpty()) {
        continue;
      }
      CycleStep step;
      try {
        step = valueOf(name);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "Nilai konfigurasi tidak sah untuk "
                + key
                + ": langkah tidak dikenal '"
                + part.trim()
                + "' (pilih dari ingest, transform, publish, report, kirim)");
      }
      if (!steps.isEmpty() && steps.get(steps.size() - 1).compareTo(step) >= 0) {
        throw new IllegalArgumentException(
            "Nilai konfigurasi tidak sah untuk "
                + key
                + ": urutan langkah harus "
                + "ingest, transform, publish, report, kirim: "
                + text);
      }
      steps.add(step);
    }
    if (steps.isEmpty()) {
      throw new IllegalArgumentException("Konfigurasi wajib tidak diisi: " + key);
    }
    return List.copyOf(steps);
  }
}

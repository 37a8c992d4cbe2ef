package id.go.lan.bangkom.reports;

import static id.go.lan.bangkom.reports.Blok.sel;
import static id.go.lan.bangkom.reports.FormatIndonesia.angka;
import static id.go.lan.bangkom.reports.FormatIndonesia.persen;
import static id.go.lan.bangkom.reports.Teks.teks;

import id.go.lan.bangkom.reports.EfektivitasTahunan.Ringkas;
import id.go.lan.bangkom.reports.EfektivitasTahunan.Sisi;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Section 8 of the Laporan Tahunan, "does sounding work?": what the comparison is, the caution that
 * it is observational, and the tables per level and per jenis instansi ({@link
 * EfektivitasTahunan}). A side with fewer than {@code privasi.sel_minimum} instansi shows its count
 * and says it is too small instead of a figure.
 */
final class TataLetakTahunanEfektivitas {
  private TataLetakTahunanEfektivitas() {}

  static void tambah(List<Blok> blocks, DokumenTemplates t, DataTahunan data) {
    String selMinimum = String.valueOf(data.selMinimum());
    if (data.efektivitas().isEmpty()) {
      blocks.add(
          Blok.paragraf(
              t, teks("tahunan.efektivitas.judul"), teks("tahunan.efektivitas.tabel_tidak_ada")));
      return;
    }
    List<Baris> rows = data.efektivitas().get();
    blocks.add(
        Blok.paragraf(
            t,
            teks("tahunan.efektivitas.judul"),
            teks("tahunan.efektivitas.pengantar")
                + "\n\n"
                + teks("tahunan.efektivitas.perhatian")));
    blocks.add(
        tabel(
            t,
            teks("tahunan.efektivitas.judul.level"),
            EfektivitasTahunan.perLevel(rows),
            k ->
                k == null
                    ? teks("tahunan.efektivitas.semua")
                    : teks("tahunan.efektivitas.level." + k),
            data.selMinimum(),
            selMinimum));
    blocks.add(
        tabel(
            t,
            teks("tahunan.efektivitas.judul.jenis"),
            EfektivitasTahunan.perJenis(rows),
            Label::jenisInstansi,
            data.selMinimum(),
            selMinimum));
  }

  private static Blok tabel(
      DokumenTemplates t,
      String judul,
      Map<String, Map<Sisi, Ringkas>> kelompok,
      Function<String, String> nama,
      int minimum,
      String selMinimum) {
    List<Map<String, ?>> rows = new ArrayList<>();
    for (Map.Entry<String, Map<Sisi, Ringkas>> e : kelompok.entrySet()) {
      for (Sisi sisi : Sisi.values()) {
        Ringkas r = e.getValue().get(sisi);
        String label =
            teks(
                "tahunan.efektivitas.baris",
                nama.apply(e.getKey()),
                teks("tahunan.efektivitas.sisi." + sisi.name().toLowerCase(Locale.ROOT)));
        if (r.jumlah() < minimum) {
          String kecil = teks("tahunan.efektivitas.terlalu_sedikit");
          rows.add(
              sel(label, angka(r.jumlah()), kecil, FormatIndonesia.KOSONG, FormatIndonesia.KOSONG));
        } else {
          rows.add(
              sel(
                  label,
                  angka(r.jumlah()),
                  perubahan(r.rataRata()),
                  angka(r.membaik()),
                  angka(r.memburuk())));
        }
      }
    }
    return Blok.tabel(
            t.tabel(),
            judul,
            List.of(
                teks("tahunan.efektivitas.kolom.kelompok"),
                teks("tahunan.efektivitas.kolom.instansi"),
                teks("tahunan.efektivitas.kolom.perubahan"),
                teks("tahunan.efektivitas.kolom.membaik"),
                teks("tahunan.efektivitas.kolom.memburuk"),
                ""),
            rows)
        .param("KOSONG", teks("tahunan.efektivitas.kosong"))
        .param("CATATAN", teks("tahunan.efektivitas.catatan", selMinimum));
  }

  /** A change in percentage points with its sign: {@code +4,50}, {@code -10,00}. */
  static String perubahan(BigDecimal nilai) {
    return nilai != null && nilai.signum() > 0 ? "+" + persen(nilai) : persen(nilai);
  }
}

package id.go.lan.bangkom.reports.tindaklanjut;

import static id.go.lan.bangkom.reports.tindaklanjut.Teks.teks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The worklist's sheet {@code Efektivitas}: the Laporan Tahunan's comparison "does sounding work?"
 * over the analis's own instansi. First the caution that it is observational, then per group (all
 * levels, each level at the first cut-off) and side (letter delivered or not, followed up or not)
 * the instansi, their mean change in persen on track and how many went up or down a level; a side
 * with fewer than {@code privasi.sel_minimum} instansi says so instead of a figure. Then one row
 * per instansi and pair of cut-offs, so the analis sees who is behind each figure.
 */
final class LembarEfektivitas {
  static final String SHEET = "Efektivitas";

  /** The header of the comparison. */
  static final List<String> KOLOM_RINGKAS =
      List.of(
          "kelompok",
          "sisi",
          "jumlah_instansi",
          "rata_rata_perubahan",
          "jumlah_membaik",
          "jumlah_memburuk");

  /** The header of the rows per instansi. */
  static final List<String> KOLOM_INSTANSI =
      List.of(
          "periode",
          "periode_berikut",
          "kode_instansi",
          "nama_instansi",
          "level",
          "level_berikut",
          "persen_on_track",
          "persen_on_track_berikut",
          "perubahan_persen",
          "disounding",
          "ditindaklanjuti");

  private static final List<String> LEVEL = List.of("MERAH", "KUNING", "DATA", "HIJAU");

  /** The sides compared in each group, in order, with the key of their name. */
  private static final Map<String, Predicate<PerubahanInstansi>> SISI = new LinkedHashMap<>();

  static {
    SISI.put("surat", PerubahanInstansi::disounding);
    SISI.put("tanpa_surat", p -> !p.disounding());
    SISI.put("ditindaklanjuti", PerubahanInstansi::ditindaklanjuti);
    SISI.put("tidak_ditindaklanjuti", p -> !p.ditindaklanjuti());
  }

  private LembarEfektivitas() {}

  /** The sheet's XML for {@code rows} (the analis's instansi only), year {@code tahun}. */
  static String xml(List<PerubahanInstansi> rows, int tahun, int selMinimum) {
    StringBuilder s = new StringBuilder(8192 + rows.size() * 512);
    s.append(BukuKerjaDaftar.XML)
        .append("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">")
        .append("<cols><col min=\"1\" max=\"2\" width=\"22\" customWidth=\"1\"/>")
        .append("<col min=\"3\" max=\"3\" width=\"14\" customWidth=\"1\"/>")
        .append("<col min=\"4\" max=\"4\" width=\"36\" customWidth=\"1\"/>")
        .append("<col min=\"5\" max=\"11\" width=\"16\" customWidth=\"1\"/></cols><sheetData>");
    int r = 1;
    baris(s, r, List.of(teks("tindak_lanjut.efektivitas.judul", String.valueOf(tahun))), 2);
    r++;
    baris(s, r, List.of(teks("tindak_lanjut.efektivitas.pengantar")), 0);
    r++;
    baris(s, r, List.of(teks("tindak_lanjut.efektivitas.perhatian")), 0);
    r += 2;
    baris(s, r, KOLOM_RINGKAS, 2);
    Map<String, List<PerubahanInstansi>> kelompok = new LinkedHashMap<>();
    kelompok.put(teks("tindak_lanjut.efektivitas.semua"), rows);
    for (String level : LEVEL) {
      List<PerubahanInstansi> bagian = rows.stream().filter(p -> p.level().equals(level)).toList();
      if (!bagian.isEmpty()) {
        kelompok.put(level, bagian);
      }
    }
    for (Map.Entry<String, List<PerubahanInstansi>> e : kelompok.entrySet()) {
      for (Map.Entry<String, Predicate<PerubahanInstansi>> sisi : SISI.entrySet()) {
        List<PerubahanInstansi> isi = e.getValue().stream().filter(sisi.getValue()).toList();
        r++;
        s.append("<row r=\"").append(r).append("\">");
        BukuKerjaDaftar.sel(s, 0, r, e.getKey(), 0);
        BukuKerjaDaftar.sel(s, 1, r, teks("tindak_lanjut.efektivitas.sisi." + sisi.getKey()), 0);
        BukuKerjaDaftar.angka(s, 2, r, BigDecimal.valueOf(isi.size()), 0);
        if (isi.size() < selMinimum) {
          BukuKerjaDaftar.sel(
              s,
              3,
              r,
              teks("tindak_lanjut.efektivitas.terlalu_sedikit", String.valueOf(selMinimum)),
              0);
        } else {
          BigDecimal jumlah =
              isi.stream()
                  .map(PerubahanInstansi::perubahan)
                  .reduce(BigDecimal.ZERO, BigDecimal::add);
          BukuKerjaDaftar.angka(
              s, 3, r, jumlah.divide(BigDecimal.valueOf(isi.size()), 2, RoundingMode.HALF_UP));
          BukuKerjaDaftar.angka(
              s, 4, r, BigDecimal.valueOf(isi.stream().filter(p -> p.langkah() > 0).count()), 0);
          BukuKerjaDaftar.angka(
              s, 5, r, BigDecimal.valueOf(isi.stream().filter(p -> p.langkah() < 0).count()), 0);
        }
        s.append("</row>");
      }
    }
    r += 2;
    baris(s, r, KOLOM_INSTANSI, 2);
    if (rows.isEmpty()) {
      r++;
      baris(s, r, List.of(teks("tindak_lanjut.efektivitas.kosong", String.valueOf(tahun))), 0);
    }
    for (PerubahanInstansi p : rows) {
      r++;
      s.append("<row r=\"").append(r).append("\">");
      BukuKerjaDaftar.sel(s, 0, r, p.periode(), 0);
      BukuKerjaDaftar.sel(s, 1, r, p.periodeBerikut(), 0);
      BukuKerjaDaftar.sel(s, 2, r, p.kodeInstansi(), 0);
      BukuKerjaDaftar.sel(s, 3, r, p.namaInstansi(), 0);
      BukuKerjaDaftar.sel(s, 4, r, p.level(), 0);
      BukuKerjaDaftar.sel(s, 5, r, p.levelBerikut(), 0);
      BukuKerjaDaftar.angka(s, 6, r, p.persen());
      BukuKerjaDaftar.angka(s, 7, r, p.persenBerikut());
      BukuKerjaDaftar.angka(s, 8, r, p.perubahan());
      BukuKerjaDaftar.sel(s, 9, r, yaTidak(p.disounding()), 0);
      BukuKerjaDaftar.sel(s, 10, r, yaTidak(p.ditindaklanjuti()), 0);
      s.append("</row>");
    }
    s.append("</sheetData></worksheet>");
    return s.toString();
  }

  private static String yaTidak(boolean nilai) {
    return teks(nilai ? "tindak_lanjut.efektivitas.ya" : "tindak_lanjut.efektivitas.tidak")
        .toUpperCase(Locale.ROOT);
  }

  private static void baris(StringBuilder s, int r, List<String> cells, int style) {
    s.append("<row r=\"").append(r).append("\">");
    for (int i = 0; i < cells.size(); i++) {
      BukuKerjaDaftar.sel(s, i, r, cells.get(i), style);
    }
    s.append("</row>");
  }
}

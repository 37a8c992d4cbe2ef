package id.go.lan.bangkom.reports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

/**
 * One block of a document ({@code dokumen.jrxml}): a compiled block template, its parameters and
 * its rows. A block's data source is consumed by one fill, so blocks are built per document.
 */
final class Blok {
  private final Map<String, Object> row = new HashMap<>();
  private final Map<String, Object> parameter = new HashMap<>();

  private Blok(JasperReport template, JRDataSource data) {
    row.put("template", template);
    row.put("parameter", parameter);
    row.put("data", data);
    row.put("halaman_baru", Boolean.FALSE);
    parameter.put(JRParameter.REPORT_LOCALE, FormatIndonesia.LOCALE);
    parameter.put(JRParameter.REPORT_TIME_ZONE, FormatIndonesia.TIME_ZONE);
  }

  /** A block without rows (title, paragraph, tiles, letterhead, signature). */
  static Blok tunggal(JasperReport template) {
    return new Blok(template, new JREmptyDataSource(1));
  }

  /** A block over rows (tables, charts). */
  static Blok baris(JasperReport template, Collection<? extends Map<String, ?>> rows) {
    @SuppressWarnings("unchecked")
    Collection<Map<String, ?>> maps = (Collection<Map<String, ?>>) List.copyOf(rows);
    return new Blok(template, new JRMapCollectionDataSource(maps));
  }

  Blok param(String name, Object value) {
    parameter.put(name, value);
    return this;
  }

  /** Starts the block on a new page. */
  Blok halamanBaru() {
    row.put("halaman_baru", Boolean.TRUE);
    return this;
  }

  Map<String, Object> row() {
    return row;
  }

  // ---- shorthands for the common blocks ----

  static Blok judul(DokumenTemplates t, String judul, String subjudul, String keterangan) {
    return tunggal(t.judul())
        .param("JUDUL", judul)
        .param("SUBJUDUL", subjudul)
        .param("KETERANGAN", keterangan);
  }

  /** A paragraph; {@code teks} is styled markup, so escape data with {@link #esc(String)}. */
  static Blok paragraf(DokumenTemplates t, String judul, String teks) {
    return tunggal(t.paragraf()).param("JUDUL", judul).param("TEKS", teks);
  }

  /**
   * A table; {@code header} has up to six labels, each row up to six cells (the first text, the
   * others figures).
   */
  static Blok tabel(
      JasperReport template, String judul, List<String> header, List<Map<String, ?>> rows) {
    Blok blok = baris(template, rows).param("JUDUL", judul);
    for (int i = 0; i < header.size(); i++) {
      blok.param("H" + i, header.get(i));
    }
    return blok;
  }

  /** A table row from its cells; {@code tebal} prints it bold (a total). */
  static Map<String, ?> sel(boolean tebal, String... cells) {
    Map<String, Object> map = new HashMap<>();
    for (int i = 0; i < cells.length; i++) {
      map.put("c" + i, cells[i]);
    }
    map.put("tebal", tebal);
    return map;
  }

  static Map<String, ?> sel(String... cells) {
    return sel(false, cells);
  }

  /** One bar of a chart. */
  static Map<String, ?> batang(String kategori, String seri, Double nilai, String label) {
    Map<String, Object> map = new HashMap<>();
    map.put("kategori", kategori);
    map.put("seri", seri);
    map.put("nilai", nilai);
    map.put("label", label);
    return map;
  }

  static Blok grafik(
      DokumenTemplates t, String judul, double maks, String kosong, List<Map<String, ?>> bars) {
    return baris(t.grafik(), bars)
        .param("JUDUL", judul)
        .param("MAKS", maks)
        .param("KOSONG", kosong);
  }

  /** Four tiles: label, figure, note, for each. */
  static Blok ubin(DokumenTemplates t, String... labelNilaiKet) {
    Blok blok = tunggal(t.ubin());
    List<String> values = new ArrayList<>(Arrays.asList(labelNilaiKet));
    for (int i = 0; i < values.size(); i++) {
      String[] keys = {"LABEL", "NILAI", "KET"};
      blok.param("U" + (i / 3 + 1) + "_" + keys[i % 3], values.get(i));
    }
    return blok;
  }

  /** Escapes text for a styled-markup field. */
  static String esc(String text) {
    if (text == null) {
      return FormatIndonesia.KOSONG;
    }
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}

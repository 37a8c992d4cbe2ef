package id.go.lan.bangkom.tindaklanjut;

/**
 * One follow-up as typed by the analis, not checked yet: the options of {@code tindak-lanjut catat}
 * or the cells of one worklist row. Every field may be null or blank (checked by {@link
 * TindakLanjut}); dates are text, {@code d/m/yyyy} or {@code yyyy-mm-dd} (an Excel date cell is
 * read as {@code yyyy-mm-dd}).
 */
public record Masukan(
    String periode,
    String kodeInstansi,
    String tanggal,
    String saluran,
    String kontak,
    String hasil,
    String janjiTindakan,
    String janjiTanggal) {

  /** Whether the fill-in part (tanggal..janji_tanggal) is empty: a worklist row not filled in. */
  boolean isianKosong() {
    return kosong(tanggal)
        && kosong(saluran)
        && kosong(kontak)
        && kosong(hasil)
        && kosong(janjiTindakan)
        && kosong(janjiTanggal);
  }

  static boolean kosong(String s) {
    return s == null || s.isBlank();
  }
}

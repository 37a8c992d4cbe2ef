package id.go.lan.bangkom.reports;

import static id.go.lan.bangkom.reports.Teks.label;
import static id.go.lan.bangkom.reports.Teks.teks;

import java.util.Collection;
import java.util.Locale;

/**
 * Words a person reads for the codes of the warehouse ({@code label.*} in the bundle); a code the
 * bundle does not know is printed as it is.
 */
final class Label {
  private Label() {}

  /**
   * How a shown cumulative target is rounded (docs/warehouse.md, Conventions): up, so that a JP at
   * or above the printed target is always "sesuai target" and one below it never is.
   */
  static String pembulatanTarget() {
    return teks("label.pembulatan_target");
  }

  /** {@code KABUPATEN} -> {@code Kabupaten}; unknown or null codes are printed as they are. */
  static String jenisInstansi(String kode) {
    return kode == null
        ? FormatIndonesia.KOSONG
        : label("label.jenis_instansi.", kode.toUpperCase(Locale.ROOT));
  }

  /** {@code FUNGSIONAL} -> {@code Fungsional}; {@code JPT} -> {@code Jabatan Pimpinan Tinggi}. */
  static String jenisJabatan(String kode) {
    return kode == null
        ? FormatIndonesia.KOSONG
        : label("label.jenis_jabatan.", kode.toUpperCase(Locale.ROOT));
  }

  /** Compliance status as a person reads it. */
  static String status(String kode) {
    return kode == null ? FormatIndonesia.KOSONG : label("label.status.", kode);
  }

  /** Training-rate band as a person reads it. */
  static String kategori(String kode) {
    return kode == null ? FormatIndonesia.KOSONG : label("label.kategori.", kode);
  }

  /** Instrument of the training rate: {@code PERENCANAAN} -> {@code Perencanaan}. */
  static String instrumen(String kode) {
    if (kode == null) {
      return FormatIndonesia.KOSONG;
    }
    return kode.charAt(0) + kode.substring(1).toLowerCase(Locale.ROOT);
  }

  /**
   * The default instrument's indicators (SPEC §6); another instrument's codes print as they are.
   */
  static String indikator(String kode) {
    if (kode == null) {
      return FormatIndonesia.KOSONG;
    }
    String nama = label("label.indikator.", kode);
    return nama.equals(kode) ? kode : kode + " " + nama;
  }

  /** A weakness measure ({@code kelemahan_instansi.ukuran}) as a pattern name. */
  static String ukuran(String kode) {
    if (kode == null) {
      return FormatIndonesia.KOSONG;
    }
    if (kode.startsWith("skor_")) {
      return teks("label.ukuran_skor", instrumen(kode.substring(5).toUpperCase(Locale.ROOT)));
    }
    return label("label.ukuran.", kode);
  }

  /** Whether a proyeksi_* row was calibrated with last year (docs/proyeksi.md); else run-rate. */
  static boolean kalibrasi(Baris proyeksi) {
    return "KALIBRASI".equals(proyeksi.str("metode"));
  }

  /** The projection's method in a few words, for a sentence. */
  static String metodeSingkat(Baris proyeksi) {
    return teks(
        kalibrasi(proyeksi) ? "label.metode_singkat.kalibrasi" : "label.metode_singkat.laju");
  }

  /**
   * The note under a projection table (docs/proyeksi.md), naming each method its cut-offs used. The
   * pace factors and the interval's level are configuration and method, so not in the text.
   */
  static String metodeProyeksi(Collection<Baris> proyeksi) {
    boolean kalibrasi = proyeksi.stream().anyMatch(Label::kalibrasi);
    boolean laju = proyeksi.stream().anyMatch(b -> !kalibrasi(b));
    String k = teks("label.metode.kalibrasi");
    String l = teks("label.metode.laju");
    if (kalibrasi && laju) {
      return teks("label.metode_proyeksi.campuran", k, l);
    }
    return teks("label.metode_proyeksi", kalibrasi ? k : l);
  }
}

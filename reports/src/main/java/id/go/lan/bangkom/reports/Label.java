package id.go.lan.bangkom.reports;

import java.util.Locale;

/** Words a person reads for the codes of the warehouse. */
final class Label {
  private Label() {}

  /** {@code KABUPATEN} -> {@code Kabupaten}; unknown or null codes are printed as they are. */
  static String jenisInstansi(String kode) {
    if (kode == null) {
      return FormatIndonesia.KOSONG;
    }
    return switch (kode.toUpperCase(Locale.ROOT)) {
      case "KEMENTERIAN" -> "Kementerian";
      case "LEMBAGA" -> "Lembaga";
      case "PROVINSI" -> "Provinsi";
      case "KABUPATEN" -> "Kabupaten";
      case "KOTA" -> "Kota";
      default -> kode;
    };
  }
}

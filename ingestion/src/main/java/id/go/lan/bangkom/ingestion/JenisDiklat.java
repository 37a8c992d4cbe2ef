package id.go.lan.bangkom.ingestion;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * SIASN {@code jenisDiklatId} 1..25 (DOMAIN.md), from its code or its name. Names compare ignoring
 * case, spaces, hyphens and punctuation; a leading "Diklat" or "Pelatihan" may be left out or added
 * ("Pelatihan Teknis" = "Teknis" = 3).
 */
final class JenisDiklat {
  static final int KLASIKAL_TERAKHIR = 13;
  static final int KODE_TERAKHIR = 25;

  /** The values of {@code jalur}; the first for codes up to {@link #KLASIKAL_TERAKHIR}. */
  static final List<String> JALUR = List.of("KLASIKAL", "NONKLASIKAL");

  private static final Map<String, Integer> NAMES = new HashMap<>();

  /** Per code, the first name it was added with (the one a template shows). */
  private static final String[] NAMA = new String[KODE_TERAKHIR + 1];

  static {
    add(1, "Diklat Struktural", "Struktural", "Pelatihan Kepemimpinan", "Diklatpim");
    add(2, "Diklat Fungsional", "Fungsional");
    add(3, "Diklat Teknis", "Teknis");
    add(4, "Workshop", "Lokakarya");
    add(5, "Manajerial", "Diklat Manajerial");
    add(6, "Sosial Kultural");
    add(7, "Sosialisasi");
    add(8, "Bimbingan Teknis", "Bimtek");
    add(9, "Seminar", "Konferensi", "Seminar/Konferensi");
    add(10, "Magang");
    add(11, "Kursus");
    add(12, "Penataran");
    add(13, "Klasikal Lainnya", "Lainnya Klasikal");
    add(14, "Coaching");
    add(15, "Mentoring");
    add(16, "E-Learning", "ELearning");
    add(17, "Pelatihan Jarak Jauh", "PJJ");
    add(18, "Detasering", "Detaseering");
    add(19, "Pembelajaran Alam Terbuka", "Outbound");
    add(20, "Patok Banding", "Benchmarking");
    add(21, "Pertukaran", "Pertukaran Pegawai", "Pertukaran PNS");
    add(22, "Belajar Mandiri", "Self Development");
    add(23, "Komunitas Belajar");
    add(24, "Bimbingan di Tempat Kerja");
    add(25, "Nonklasikal Lainnya", "Lainnya Nonklasikal");
  }

  private JenisDiklat() {}

  private static void add(int code, String... names) {
    NAMA[code] = names[0];
    for (String n : names) {
      NAMES.put(Headers.normalize(n), code);
    }
  }

  /** The code for a cell's text, if it is a code 1..25 or a known name. */
  static OptionalInt parse(String text) {
    String s = text.strip();
    int numeric = code(s);
    if (numeric != NOT_A_CODE) {
      return numeric >= 1 && numeric <= KODE_TERAKHIR
          ? OptionalInt.of(numeric)
          : OptionalInt.empty();
    }
    String n = Headers.normalize(s);
    Integer code = NAMES.get(n);
    if (code == null) {
      for (String prefix : new String[] {"diklat", "pelatihan"}) {
        if (n.startsWith(prefix)) {
          code = NAMES.get(n.substring(prefix.length()));
          if (code != null) {
            break;
          }
        }
      }
    }
    return code == null ? OptionalInt.empty() : OptionalInt.of(code);
  }

  private static final int NOT_A_CODE = -1;

  /** One or two digits, optionally followed by {@code .0...} ({@code 16.0}); else NOT_A_CODE. */
  private static int code(String s) {
    int n = s.length();
    int value = 0;
    int i = 0;
    while (i < n && i < 3 && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      value = value * 10 + (s.charAt(i) - '0');
      i++;
    }
    if (i == 0 || i > 2) {
      return NOT_A_CODE;
    }
    if (i == n) {
      return value;
    }
    if (s.charAt(i) != '.' || i + 1 == n) {
      return NOT_A_CODE;
    }
    for (int j = i + 1; j < n; j++) {
      if (s.charAt(j) != '0') {
        return NOT_A_CODE;
      }
    }
    return value;
  }

  /** The name of code 1..{@link #KODE_TERAKHIR} that a template and its guide show. */
  static String nama(int code) {
    if (code < 1 || code > KODE_TERAKHIR) {
      throw new IllegalArgumentException("Cannot name jenis diklat, no such code: " + code);
    }
    return NAMA[code];
  }

  static String jalur(int code) {
    return code <= KLASIKAL_TERAKHIR ? JALUR.get(0) : JALUR.get(1);
  }

  static String jalurOf(String text) {
    String v = Headers.normalize(text).toUpperCase(Locale.ROOT);
    return JALUR.contains(v) ? v : null;
  }
}

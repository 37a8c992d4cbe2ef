package id.go.lan.bangkom.reports;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The comparison of the Laporan Tahunan's section "does sounding work?", summed from the year's
 * {@code efektivitas_sounding} rows: per group (all levels, a level, a jenis instansi) and side
 * (letter delivered or not, followed up or not), the instansi, their mean change and how many
 * changed level. The mean is the groups' means weighted by their counts (each mean is rounded to 2
 * decimals in the warehouse, so the result can differ from an exact mean by less than 0.005).
 */
final class EfektivitasTahunan {
  /** The levels in the order the report lists them: the ones a letter asks most of first. */
  static final List<String> LEVEL = List.of("MERAH", "KUNING", "DATA", "HIJAU");

  /** The jenis instansi in the order of dim_jenis_instansi. */
  static final List<String> JENIS =
      List.of("KEMENTERIAN", "LEMBAGA", "PROVINSI", "KABUPATEN", "KOTA");

  /** The four sides compared within a group. */
  enum Sisi {
    SURAT("disounding", true),
    TANPA_SURAT("disounding", false),
    DITINDAKLANJUTI("ditindaklanjuti", true),
    TIDAK_DITINDAKLANJUTI("ditindaklanjuti", false);

    private final String kolom;
    private final boolean nilai;

    Sisi(String kolom, boolean nilai) {
      this.kolom = kolom;
      this.nilai = nilai;
    }

    boolean cocok(Baris b) {
      return Boolean.valueOf(nilai).equals(b.bool(kolom));
    }
  }

  /** A side of a group: instansi, sum of their changes, instansi up and down a level. */
  record Ringkas(long jumlah, BigDecimal jumlahPerubahan, long membaik, long memburuk) {
    static final Ringkas KOSONG = new Ringkas(0, BigDecimal.ZERO, 0, 0);

    Ringkas {
      requireNonNull(jumlahPerubahan, "jumlahPerubahan is null");
    }

    Ringkas tambah(Baris b) {
      long n = b.lng("jumlah_instansi");
      return new Ringkas(
          jumlah + n,
          jumlahPerubahan.add(b.dec("rata_rata_perubahan").multiply(BigDecimal.valueOf(n))),
          membaik + b.lng("jumlah_membaik"),
          memburuk + b.lng("jumlah_memburuk"));
    }

    /** The mean change in percentage points, 2 decimals; null without instansi. */
    BigDecimal rataRata() {
      return jumlah == 0
          ? null
          : jumlahPerubahan.divide(BigDecimal.valueOf(jumlah), 2, RoundingMode.HALF_UP);
    }
  }

  private EfektivitasTahunan() {}

  /**
   * All levels together under {@code null}, then each level present, in {@link #LEVEL} order; empty
   * without rows (the table then says there is no pair of cut-offs).
   */
  static Map<String, Map<Sisi, Ringkas>> perLevel(List<Baris> rows) {
    Map<String, Map<Sisi, Ringkas>> out = new LinkedHashMap<>();
    if (rows.isEmpty()) {
      return out;
    }
    out.put(null, ringkas(rows));
    out.putAll(per(rows, b -> b.str("level"), LEVEL));
    return out;
  }

  /** Each jenis instansi present, in {@link #JENIS} order. */
  static Map<String, Map<Sisi, Ringkas>> perJenis(List<Baris> rows) {
    return per(rows, b -> b.str("jenis_instansi"), JENIS);
  }

  private static Map<String, Map<Sisi, Ringkas>> per(
      List<Baris> rows, Function<Baris, String> kelompok, List<String> urutan) {
    Map<String, Map<Sisi, Ringkas>> out = new LinkedHashMap<>();
    for (String k : urutan) {
      List<Baris> bagian = rows.stream().filter(b -> k.equals(kelompok.apply(b))).toList();
      if (!bagian.isEmpty()) {
        out.put(k, ringkas(bagian));
      }
    }
    return out;
  }

  private static Map<Sisi, Ringkas> ringkas(List<Baris> rows) {
    Map<Sisi, Ringkas> out = new EnumMap<>(Sisi.class);
    for (Sisi sisi : Sisi.values()) {
      Ringkas r = Ringkas.KOSONG;
      for (Baris b : rows) {
        if (sisi.cocok(b)) {
          r = r.tambah(b);
        }
      }
      out.put(sisi, r);
    }
    return out;
  }
}

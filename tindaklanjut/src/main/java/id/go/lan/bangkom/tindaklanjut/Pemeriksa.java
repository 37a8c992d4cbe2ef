package id.go.lan.bangkom.tindaklanjut;

import static id.go.lan.bangkom.tindaklanjut.TindakLanjut.PESAN;
import static java.util.Objects.requireNonNull;

import id.go.lan.bangkom.core.InstansiMaster;
import id.go.lan.bangkom.core.Periode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks one {@link Masukan} against the rules of a follow-up entry; every problem of the entry is
 * named (column, value, reason), not only the first.
 */
final class Pemeriksa {
  /** Longest free text kept (kontak); hasil and janji_tindakan may be longer. */
  static final int PANJANG_KONTAK = 200;

  static final int PANJANG_TEKS = 2000;

  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern HARI_BULAN_TAHUN = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

  private final InstansiMaster master;

  Pemeriksa(InstansiMaster master) {
    this.master = requireNonNull(master, "master is null");
  }

  /** A checked entry's content, normalised (trimmed, saluran and kode upper-case). */
  record Isi(
      Periode periode,
      String kodeInstansi,
      LocalDate tanggal,
      String saluran,
      String kontak,
      String hasil,
      String janjiTindakan,
      LocalDate janjiTanggal) {}

  /** The outcome: {@code isi} when {@code penolakan} is empty, else null. */
  record Hasil(Isi isi, List<Penolakan> penolakan) {
    Hasil {
      penolakan = List.copyOf(penolakan);
    }
  }

  /** Checks {@code m}; {@code hariIni} is today in WIB (a contact cannot be later). */
  Hasil periksa(Masukan m, LocalDate hariIni) {
    List<Penolakan> tolak = new ArrayList<>();
    Periode periode = null;
    if (Masukan.kosong(m.periode())) {
      tolak.add(wajib("periode"));
    } else if (!Periode.isValid(m.periode())) {
      tolak.add(new Penolakan("periode", m.periode(), PESAN.f("tolak.periode")));
    } else {
      try {
        periode = Periode.parse(m.periode());
      } catch (IllegalArgumentException e) {
        tolak.add(new Penolakan("periode", m.periode(), PESAN.f("tolak.periode")));
      }
    }
    String kode = bersih(m.kodeInstansi()).toUpperCase(Locale.ROOT);
    if (kode.isEmpty()) {
      tolak.add(wajib("kode_instansi"));
    } else if (!master.contains(kode)) {
      tolak.add(new Penolakan("kode_instansi", m.kodeInstansi(), PESAN.f("tolak.kode")));
    }
    LocalDate tanggal = null;
    if (Masukan.kosong(m.tanggal())) {
      tolak.add(wajib("tanggal"));
    } else {
      tanggal = tanggal("tanggal", m.tanggal(), tolak);
      if (tanggal != null && tanggal.isAfter(hariIni)) {
        tolak.add(
            new Penolakan(
                "tanggal", m.tanggal(), PESAN.f("tolak.tanggal.masa.depan", hariIni.toString())));
        tanggal = null;
      }
    }
    String saluran = bersih(m.saluran()).toUpperCase(Locale.ROOT);
    if (saluran.isEmpty()) {
      tolak.add(wajib("saluran"));
    } else if (!dikenal(saluran)) {
      tolak.add(new Penolakan("saluran", m.saluran(), PESAN.f("tolak.saluran")));
    }
    String kontak = bersih(m.kontak());
    panjang("kontak", kontak, PANJANG_KONTAK, tolak);
    String hasil = bersih(m.hasil());
    if (hasil.isEmpty()) {
      tolak.add(wajib("hasil"));
    }
    panjang("hasil", hasil, PANJANG_TEKS, tolak);
    String janji = bersih(m.janjiTindakan());
    panjang("janji_tindakan", janji, PANJANG_TEKS, tolak);
    LocalDate janjiTanggal = null;
    if (!Masukan.kosong(m.janjiTanggal())) {
      janjiTanggal = tanggal("janji_tanggal", m.janjiTanggal(), tolak);
      if (janjiTanggal != null && tanggal != null && janjiTanggal.isBefore(tanggal)) {
        tolak.add(
            new Penolakan(
                "janji_tanggal",
                m.janjiTanggal(),
                PESAN.f("tolak.janji.sebelum.tanggal", tanggal.toString())));
      }
    }
    if (!tolak.isEmpty()) {
      return new Hasil(null, tolak);
    }
    return new Hasil(
        new Isi(periode, kode, tanggal, saluran, kontak, hasil, janji, janjiTanggal), tolak);
  }

  /**
   * A date typed as {@code yyyy-mm-dd} or {@code d/m/yyyy}; null (and a refusal) when it is neither
   * or not a day of the calendar.
   */
  static LocalDate tanggal(String kolom, String teks, List<Penolakan> tolak) {
    String t = teks.strip();
    Matcher iso = ISO.matcher(t);
    Matcher hbt = HARI_BULAN_TAHUN.matcher(t);
    int tahun;
    int bulan;
    int hari;
    if (iso.matches()) {
      tahun = Integer.parseInt(iso.group(1));
      bulan = Integer.parseInt(iso.group(2));
      hari = Integer.parseInt(iso.group(3));
    } else if (hbt.matches()) {
      hari = Integer.parseInt(hbt.group(1));
      bulan = Integer.parseInt(hbt.group(2));
      tahun = Integer.parseInt(hbt.group(3));
    } else {
      tolak.add(new Penolakan(kolom, teks, PESAN.f("tolak.tanggal.bentuk")));
      return null;
    }
    try {
      return LocalDate.of(tahun, bulan, hari);
    } catch (DateTimeException e) {
      tolak.add(new Penolakan(kolom, teks, PESAN.f("tolak.tanggal.tidak.ada")));
      return null;
    }
  }

  private static boolean dikenal(String saluran) {
    for (Saluran s : Saluran.values()) {
      if (s.name().equals(saluran)) {
        return true;
      }
    }
    return false;
  }

  private static void panjang(String kolom, String teks, int maksimum, List<Penolakan> tolak) {
    if (teks.length() > maksimum) {
      tolak.add(
          new Penolakan(
              kolom,
              teks.substring(0, 40) + "...",
              PESAN.f(
                  "tolak.terlalu.panjang",
                  Integer.toString(teks.length()),
                  Integer.toString(maksimum))));
    }
  }

  private static Penolakan wajib(String kolom) {
    return new Penolakan(kolom, "", PESAN.f("tolak.wajib"));
  }

  private static String bersih(String s) {
    return s == null ? "" : s.strip();
  }
}

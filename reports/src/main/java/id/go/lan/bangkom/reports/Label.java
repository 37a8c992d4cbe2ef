package id.go.lan.bangkom.reports;

import java.util.Collection;
import java.util.Locale;

/** Words a person reads for the codes of the warehouse. */
final class Label {
  private Label() {}

  /**
   * How a shown cumulative target is rounded (docs/warehouse.md, Conventions): up, so that a JP at
   * or above the printed target is always "sesuai target" and one below it never is.
   */
  static final String PEMBULATAN_TARGET =
      "Target kumulatif ditulis dibulatkan ke atas dua desimal (13,34 pada Caturwulan II berarti"
          + " 13 1/3 = 13,333... dibulatkan ke atas); JP yang sama dengan atau lebih dari target"
          + " yang tertulis selalu sesuai target, JP di bawahnya tidak.";

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

  /** {@code FUNGSIONAL} -> {@code Fungsional}; {@code JPT} -> {@code Jabatan Pimpinan Tinggi}. */
  static String jenisJabatan(String kode) {
    if (kode == null) {
      return FormatIndonesia.KOSONG;
    }
    return switch (kode.toUpperCase(Locale.ROOT)) {
      case "JPT" -> "Jabatan Pimpinan Tinggi";
      case "ADMINISTRATOR" -> "Administrator";
      case "PENGAWAS" -> "Pengawas";
      case "FUNGSIONAL" -> "Fungsional";
      case "PELAKSANA" -> "Pelaksana";
      default -> kode;
    };
  }

  /** Compliance status as a person reads it. */
  static String status(String kode) {
    if (kode == null) {
      return FormatIndonesia.KOSONG;
    }
    return switch (kode) {
      case "MEMENUHI" -> "Memenuhi";
      case "SESUAI_TARGET" -> "Sesuai target";
      case "TERTINGGAL" -> "Tertinggal";
      case "BELUM_ADA_JP" -> "Belum ada JP";
      default -> kode;
    };
  }

  /** Training-rate band as a person reads it. */
  static String kategori(String kode) {
    if (kode == null) {
      return FormatIndonesia.KOSONG;
    }
    return switch (kode) {
      case "SANGAT_BAIK" -> "Sangat baik";
      case "BAIK" -> "Baik";
      case "CUKUP" -> "Cukup";
      case "KURANG" -> "Kurang";
      default -> kode;
    };
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
    String nama =
        switch (kode) {
          case "PR1" -> "analisis kebutuhan pengembangan kompetensi";
          case "PR2" -> "rencana bangkom tahunan";
          case "PR3" -> "anggaran bangkom";
          case "PL1" -> "pegawai sesuai target (dihitung)";
          case "PL2" -> "realisasi rencana bangkom";
          case "MO1" -> "evaluasi pasca pelatihan";
          case "MO2" -> "pelaporan dan pemutakhiran data";
          default -> null;
        };
    return nama == null ? kode : kode + " " + nama;
  }

  /** A weakness measure ({@code kelemahan_instansi.ukuran}) as a pattern name. */
  static String ukuran(String kode) {
    if (kode == null) {
      return FormatIndonesia.KOSONG;
    }
    if (kode.startsWith("skor_")) {
      return "Skor instrumen " + instrumen(kode.substring(5).toUpperCase(Locale.ROOT)) + " rendah";
    }
    return switch (kode) {
      case "persen_on_track" -> "Persentase pegawai sesuai target rendah";
      case "persen_belum_ada_jp" -> "Banyak pegawai belum memiliki JP";
      case "persen_jp_nonklasikal" -> "Porsi JP jalur nonklasikal rendah";
      case "unit_kerja_terendah" -> "Unit kerja tertinggal jauh";
      case "jabatan_terendah" -> "Kelompok jabatan tertinggal jauh";
      case "persen_baris_ditolak" -> "Mutu data: baris ditolak";
      case "perubahan_on_track_tahunan" -> "Lebih lambat dari tahun lalu";
      default -> kode;
    };
  }

  /** Whether a proyeksi_* row was calibrated with last year (docs/proyeksi.md); else run-rate. */
  static boolean kalibrasi(Baris proyeksi) {
    return "KALIBRASI".equals(proyeksi.str("metode"));
  }

  /** The projection's method in a few words, for a sentence. */
  static String metodeSingkat(Baris proyeksi) {
    return kalibrasi(proyeksi) ? "pola susulan tahun lalu" : "laju JP saat ini";
  }

  /**
   * The note under a projection table (docs/proyeksi.md), naming each method its cut-offs used. The
   * pace factors and the interval's level are configuration and method, so not in the text.
   */
  static String metodeProyeksi(Collection<Baris> proyeksi) {
    boolean kalibrasi = proyeksi.stream().anyMatch(Label::kalibrasi);
    boolean laju = proyeksi.stream().anyMatch(b -> !kalibrasi(b));
    String k =
        "pola susulan tahun lalu: setiap pegawai yang belum memenuhi target dihitung dengan peluang"
            + " pegawai berstatus sama tahun lalu untuk memenuhinya sampai 31 Desember; rentang"
            + " dari ketidakpastian peluang itu dan, untuk satu instansi, juga dari seberapa jauh"
            + " instansi sejenis menyimpang dari pola itu tahun lalu";
    String l =
        "laju JP: bila setiap pegawai mempertahankan laju JP-nya sejauh ini; rentang dari laju"
            + " yang lebih lambat dan lebih cepat";
    if (kalibrasi && laju) {
      return "Proyeksi menurut "
          + k
          + " (bila riwayatnya ada), selain itu menurut "
          + l
          + " (docs/proyeksi.md).";
    }
    return "Proyeksi menurut " + (kalibrasi ? k : l) + " (docs/proyeksi.md).";
  }
}

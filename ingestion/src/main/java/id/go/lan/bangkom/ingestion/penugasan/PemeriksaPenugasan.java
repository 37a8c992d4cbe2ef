package id.go.lan.bangkom.ingestion.penugasan;

import id.go.lan.bangkom.core.Instansi;
import id.go.lan.bangkom.core.InstansiMaster;
import id.go.lan.bangkom.core.Pesan;
import id.go.lan.bangkom.core.kontrak.BerkasPenugasan;
import id.go.lan.bangkom.core.kontrak.BerkasPenugasan.Kolom;
import id.go.lan.bangkom.ingestion.TabelBerkas;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The checks of an admin's assignment file, all at once so the admin fixes every problem in one go:
 * the header names every column of {@link Kolom} (case, spaces and extra columns do not matter),
 * each row names a known instansi once, a satker (code and name) and an analis (name and e-mail),
 * the same analis e-mail always with the same name and the same satker code always with the same
 * name. Values are stripped; kode instansi is upper-cased (P001) and e-mails lower-cased, so one
 * analis has one address in every table and file name.
 */
final class PemeriksaPenugasan {
  static final Pesan PESAN = Pesan.modul("ingestion");

  /** The longest value taken: a name or address longer than this is a paste gone wrong. */
  static final int PANJANG_MAKS = 200;

  private static final Pattern SUREL =
      Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");

  private final InstansiMaster master;

  PemeriksaPenugasan(InstansiMaster master) {
    this.master = master;
  }

  /** The rows taken (when {@code masalah} is empty) and every problem found. */
  record Hasil(List<BerkasPenugasan.Baris> baris, List<String> masalah) {
    Hasil {
      baris = List.copyOf(baris);
      masalah = List.copyOf(masalah);
    }
  }

  Hasil periksa(TabelBerkas.Isi isi, String berkas) {
    List<String> masalah = new ArrayList<>();
    Map<Kolom, Integer> posisi = posisi(isi.header(), berkas, masalah);
    if (!masalah.isEmpty()) {
      return new Hasil(List.of(), masalah);
    }
    if (isi.baris().isEmpty()) {
      return new Hasil(List.of(), List.of(PESAN.f("penugasan.tanpa.baris", berkas)));
    }
    List<BerkasPenugasan.Baris> out = new ArrayList<>();
    Map<String, Long> barisInstansi = new HashMap<>();
    Map<String, Pertama> namaAnalis = new HashMap<>();
    Map<String, Pertama> namaSatker = new HashMap<>();
    for (TabelBerkas.Baris b : isi.baris()) {
      Baca baca = new Baca(berkas, b, posisi, masalah);
      String kode = baca.kodeInstansi(barisInstansi);
      String kodeSatker = baca.wajib(Kolom.KODE_SATKER);
      String satker = baca.wajib(Kolom.NAMA_SATKER);
      String analis = baca.wajib(Kolom.NAMA_ANALIS);
      String surel = baca.surel();
      if (analis != null && analis.indexOf('@') >= 0) {
        baca.masalah(Kolom.NAMA_ANALIS, PESAN.f("penugasan.nama.surel"));
        analis = null;
      }
      if (surel != null && analis != null) {
        baca.samaNama(namaAnalis, surel, analis, Kolom.NAMA_ANALIS, "penugasan.analis.beda.nama");
      }
      if (kodeSatker != null && satker != null) {
        baca.samaNama(
            namaSatker, kodeSatker, satker, Kolom.NAMA_SATKER, "penugasan.satker.beda.nama");
      }
      if (kode != null && kodeSatker != null && satker != null && analis != null && surel != null) {
        out.add(new BerkasPenugasan.Baris(kode, kodeSatker, satker, analis, surel));
      }
    }
    return new Hasil(masalah.isEmpty() ? out : List.of(), masalah);
  }

  /** The position of each required column, by its normalised header name. */
  private static Map<Kolom, Integer> posisi(
      List<String> header, String berkas, List<String> masalah) {
    Map<Kolom, Integer> posisi = new EnumMap<>(Kolom.class);
    for (int i = 0; i < header.size(); i++) {
      String nama = header.get(i).strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
      for (Kolom k : Kolom.values()) {
        if (k.nama().equals(nama) && posisi.putIfAbsent(k, i) != null) {
          masalah.add(PESAN.f("penugasan.kolom.ganda", berkas, k.nama()));
        }
      }
    }
    for (Kolom k : Kolom.values()) {
      if (!posisi.containsKey(k)) {
        masalah.add(
            PESAN.f(
                "penugasan.kolom.tidak.ada",
                berkas,
                k.nama(),
                String.join(", ", BerkasPenugasan.header())));
      }
    }
    return posisi;
  }

  /** The first row where a key (an e-mail, a satker code) was seen, with the name it had. */
  private record Pertama(long nomor, String nama) {}

  /** Reading one row; each problem is added to {@code masalah}, naming the row's place. */
  private final class Baca {
    private final String berkas;
    private final TabelBerkas.Baris baris;
    private final Map<Kolom, Integer> posisi;
    private final List<String> masalah;

    Baca(String berkas, TabelBerkas.Baris baris, Map<Kolom, Integer> posisi, List<String> masalah) {
      this.berkas = berkas;
      this.baris = baris;
      this.posisi = posisi;
      this.masalah = masalah;
    }

    TabelBerkas.Sel sel(Kolom k) {
      return baris.sel(posisi.get(k));
    }

    void masalah(Kolom k, String alasan) {
      masalah.add(
          PESAN.f(
              "penugasan.masalah",
              berkas,
              Long.toString(baris.nomor()),
              k.nama(),
              sel(k).teks(),
              alasan));
    }

    /** The stripped value, or null (with the problem added) when empty, too long or broken. */
    String wajib(Kolom k) {
      String v = sel(k).teks().strip();
      if (v.isEmpty()) {
        masalah(k, PESAN.f("penugasan.wajib.kosong"));
        return null;
      }
      if (v.chars().anyMatch(Character::isISOControl)) {
        masalah(k, PESAN.f("penugasan.karakter"));
        return null;
      }
      if (v.length() > PANJANG_MAKS) {
        masalah(k, PESAN.f("penugasan.terlalu.panjang", Integer.toString(PANJANG_MAKS)));
        return null;
      }
      return v;
    }

    String kodeInstansi(Map<String, Long> barisInstansi) {
      String v = wajib(Kolom.KODE_INSTANSI);
      if (v == null) {
        return null;
      }
      String kode = master.find(v.toUpperCase(Locale.ROOT)).map(Instansi::kode).orElse(null);
      if (kode == null) {
        masalah(
            Kolom.KODE_INSTANSI,
            sel(Kolom.KODE_INSTANSI).angka()
                ? PESAN.f("penugasan.kode.angka")
                : PESAN.f("penugasan.kode.tidak.dikenal", Integer.toString(master.size())));
        return null;
      }
      Long pertama = barisInstansi.putIfAbsent(kode, baris.nomor());
      if (pertama != null) {
        masalah(Kolom.KODE_INSTANSI, PESAN.f("penugasan.kode.ganda", Long.toString(pertama)));
        return null;
      }
      return kode;
    }

    String surel() {
      String v = wajib(Kolom.EMAIL_ANALIS);
      if (v == null) {
        return null;
      }
      if (!SUREL.matcher(v).matches()) {
        masalah(Kolom.EMAIL_ANALIS, PESAN.f("penugasan.surel.tidak.sah"));
        return null;
      }
      return v.toLowerCase(Locale.ROOT);
    }

    void samaNama(Map<String, Pertama> pertama, String kunci, String nama, Kolom k, String pesan) {
      Pertama p = pertama.putIfAbsent(kunci, new Pertama(baris.nomor(), nama));
      if (p != null && !p.nama().equals(nama)) {
        masalah(k, PESAN.f(pesan, kunci, p.nama(), Long.toString(p.nomor())));
      }
    }
  }
}

package id.go.lan.bangkom.reports;

import static id.go.lan.bangkom.reports.Blok.esc;
import static id.go.lan.bangkom.reports.Blok.sel;
import static id.go.lan.bangkom.reports.FormatIndonesia.KOSONG;
import static id.go.lan.bangkom.reports.FormatIndonesia.angka;
import static id.go.lan.bangkom.reports.FormatIndonesia.persen;
import static id.go.lan.bangkom.reports.FormatIndonesia.tanggal;
import static id.go.lan.bangkom.reports.Teks.teks;

import id.go.lan.bangkom.core.Instansi;
import id.go.lan.bangkom.core.InstansiMaster;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;

/**
 * The layout of one Surat Sounding: letterhead, the opening, the figures against peers and the
 * nation, the lowest units and jabatan groups, what is asked, signature and copies.
 */
final class TataLetakSurat {
  /** At most this many lagging units are named in a letter. */
  private static final int UNIT_MAKSIMUM = 6;

  private final PengaturanSurat pengaturan;
  private final InstansiMaster master;
  private final KalimatSurat kalimat;

  TataLetakSurat(PengaturanSurat pengaturan, InstansiMaster master) {
    this.pengaturan = pengaturan;
    this.master = master;
    this.kalimat = new KalimatSurat(pengaturan);
  }

  JasperPrint isi(
      DataInstansiPeriode data,
      Baris instansi,
      SuratInstansi surat,
      int nomorUrut,
      LocalDate tanggalSurat,
      Map<String, ?> cap)
      throws JRException {
    DokumenTemplates t = DokumenTemplates.get();
    String kode = surat.kodeInstansi();
    String nama = data.namaInstansi(instansi);
    String pic =
        master
            .find(kode)
            .map(Instansi::namaPic)
            .filter(s -> !s.isBlank())
            .orElse(teks("surat.pic_bawaan"));
    boolean suratData = "DATA".equals(surat.level());
    LocalDate tenggat = tanggalSurat.plusDays(pengaturan.tenggatHari());
    String cw = KalimatSurat.caturwulan(data);
    List<Blok> blocks = new ArrayList<>();
    blocks.add(
        kop(t, tanggalSurat)
            .param("NOMOR", KalimatSurat.nomor(nomorUrut, surat.level(), tanggalSurat))
            .param(
                "SIFAT",
                teks("MERAH".equals(surat.level()) ? "surat.sifat.segera" : "surat.sifat.biasa"))
            .param("LAMPIRAN", surat.daftarXlsx().isPresent() ? teks("surat.lampiran.ada") : KOSONG)
            .param("PERIHAL", teks(suratData ? "surat.perihal.data" : "surat.perihal.capaian", cw))
            .param("KEPADA", teks("surat.kepada", esc(pic), esc(nama))));
    Baris k = kepatuhan(data, kode);
    Baris s = data.sounding.get(kode);
    if (suratData) {
      boolean adaRoster = Boolean.TRUE.equals(k.bool("melapor"));
      blocks.add(Blok.paragraf(t, null, kalimat.pembukaData(data, nama, s, adaRoster)));
      blocks.add(Blok.paragraf(t, null, kalimat.permohonanData(data, surat, tenggat)));
    } else {
      Long tidakOnTrack = jumlah(k.lng("jumlah_tertinggal"), k.lng("jumlah_belum_ada_jp"));
      blocks.add(
          Blok.paragraf(
              t, null, kalimat.pembukaCapaian(data, nama, surat.level(), k, tidakOnTrack)));
      capaian(blocks, t, data, kode, k, s);
      unitTertinggal(blocks, t, data, kode);
      jabatan(blocks, t, data, kode);
      blocks.add(Blok.paragraf(t, null, kalimat.permohonanCapaian(surat, tidakOnTrack, tenggat)));
    }
    blocks.add(Blok.paragraf(t, null, teks("surat.penutup")));
    blocks.add(tandaTangan(t).param("TEMBUSAN", teks("surat.tembusan", nama)));
    return Dokumen.fill(
        t,
        teks("surat.kepala_halaman", nama, data.judulPeriode()),
        teks("surat.kaki_dokumen", kode, data.judulPeriode(), tanggal(tanggalSurat)),
        data.versi.kaki(),
        blocks,
        cap);
  }

  /**
   * LAN's letterhead dated {@code tanggalSurat}, without attachment; the caller adds NOMOR, SIFAT,
   * PERIHAL, KEPADA (and LAMPIRAN when there is one). Shared by every letter of the ladder.
   */
  static Blok kop(DokumenTemplates t, LocalDate tanggalSurat) {
    return Blok.tunggal(t.kopSurat())
        .param("INSTANSI_PENGIRIM", teks("surat.kop.instansi"))
        .param("UNIT_PENGIRIM", teks("surat.kop.unit"))
        .param("ALAMAT_PENGIRIM", teks("surat.kop.alamat"))
        .param("TEMPAT_TANGGAL", teks("surat.kop.tempat_tanggal", tanggal(tanggalSurat)))
        .param("LAMPIRAN", KOSONG);
  }

  /** The signature block of every letter; the caller adds TEMBUSAN. */
  static Blok tandaTangan(DokumenTemplates t) {
    return Blok.tunggal(t.tandaTangan())
        .param("JABATAN", teks("surat.jabatan"))
        .param("PENANDA", teks("surat.penanda"));
  }

  static Baris kepatuhan(DataInstansiPeriode data, String kode) {
    Baris k = data.kepatuhan.get(kode);
    return k == null ? Baris.kosong() : k;
  }

  /** The instansi's figures beside the average of its jenis instansi and the nation's. */
  private static void capaian(
      List<Blok> blocks,
      DokumenTemplates t,
      DataInstansiPeriode data,
      String kode,
      Baris k,
      Baris s) {
    Baris p = data.proyeksi.getOrDefault(kode, Baris.kosong());
    String jenisInstansi = jenisInstansi(data, kode);
    Baris jenis = data.perJenisInstansi.getOrDefault(jenisInstansi, Baris.kosong());
    Baris nasional = data.nasional.orElse(Baris.kosong());
    List<Map<String, ?>> rows = new ArrayList<>();
    rows.add(
        tiga("surat.capaian.pegawai", k, jenis, nasional, b -> angka(b.lng("jumlah_pegawai"))));
    rows.add(
        sel(
            true,
            teks("surat.capaian.sesuai"),
            persen(k.dec("persen_on_track")),
            persen(jenis.dec("persen_on_track")),
            persen(nasional.dec("persen_on_track"))));
    rows.add(
        tiga("surat.capaian.memenuhi", k, jenis, nasional, b -> persen(b.dec("persen_memenuhi"))));
    rows.add(
        tiga(
            "surat.capaian.tertinggal",
            k,
            jenis,
            nasional,
            b -> angka(b.lng("jumlah_tertinggal"))));
    rows.add(
        tiga("surat.capaian.belum", k, jenis, nasional, b -> angka(b.lng("jumlah_belum_ada_jp"))));
    rows.add(
        tiga("surat.capaian.rata_rata", k, jenis, nasional, b -> persen(b.dec("rata_rata_jp"))));
    rows.add(satu("surat.capaian.proyeksi", persen(p.dec("persen_memenuhi_proyeksi"))));
    rows.add(satu("surat.capaian.kekurangan", persen(p.dec("kekurangan_jp"))));
    rows.add(satu("surat.capaian.ip_asn", persen(p.dec("poin_ip_asn_berisiko"))));
    rows.add(satu("surat.capaian.ditolak", persen(s.dec("persen_baris_ditolak"))));
    blocks.add(
        Blok.tabel(
                t.tabel(),
                null,
                List.of(
                    teks("surat.capaian.kolom.ukuran"),
                    teks("surat.capaian.kolom.instansi"),
                    teks("surat.capaian.kolom.rata_rata", Label.jenisInstansi(jenisInstansi)),
                    teks("surat.capaian.kolom.nasional")),
                rows)
            .param(
                "CATATAN",
                teks(
                    "surat.capaian.catatan",
                    Label.pembulatanTarget(),
                    Label.metodeProyeksi(List.of(p)))));
  }

  private static Map<String, ?> tiga(
      String kunci,
      Baris instansi,
      Baris jenis,
      Baris nasional,
      java.util.function.Function<Baris, String> nilai) {
    return sel(teks(kunci), nilai.apply(instansi), nilai.apply(jenis), nilai.apply(nasional));
  }

  private static Map<String, ?> satu(String kunci, String nilai) {
    return sel(teks(kunci), nilai, KOSONG, KOSONG);
  }

  private static String jenisInstansi(DataInstansiPeriode data, String kode) {
    for (Baris b : data.instansi) {
      if (kode.equals(b.str("kode_instansi"))) {
        return b.str("jenis_instansi");
      }
    }
    return null;
  }

  /** The lowest units (at most six, below 100% on track); small units are only counted. */
  private void unitTertinggal(
      List<Blok> blocks, DokumenTemplates t, DataInstansiPeriode data, String kode) {
    List<Map<String, ?>> units = new ArrayList<>();
    int kecil = 0;
    for (Baris u : Baris.daftar(data.unit, kode)) {
      if (Boolean.TRUE.equals(u.bool("sel_kecil"))) {
        kecil++;
        continue;
      }
      BigDecimal onTrack = u.dec("persen_on_track");
      if (units.size() < UNIT_MAKSIMUM
          && onTrack != null
          && onTrack.compareTo(BigDecimal.valueOf(100)) < 0) {
        units.add(
            sel(
                u.str("unit_kerja"),
                angka(u.lng("jumlah_pegawai")),
                persen(onTrack),
                angka(u.lng("jumlah_tertinggal")),
                angka(u.lng("jumlah_belum_ada_jp")),
                persen(u.dec("rata_rata_jp"))));
      }
    }
    blocks.add(
        Blok.tabel(t.tabelLebar(), teks("surat.unit.judul"), kolom("surat.unit.kolom.unit"), units)
            .param("KOSONG", teks("surat.unit.kosong"))
            .param("CATATAN", kalimat.unitKecil(kecil)));
  }

  /** Every jabatan group of the instansi. */
  private static void jabatan(
      List<Blok> blocks, DokumenTemplates t, DataInstansiPeriode data, String kode) {
    List<Map<String, ?>> jabatan = new ArrayList<>();
    for (Baris j : Baris.daftar(data.jabatan, kode)) {
      jabatan.add(
          sel(
              Label.jenisJabatan(j.str("jenis_jabatan")),
              angka(j.lng("jumlah_pegawai")),
              persen(j.dec("persen_on_track")),
              angka(j.lng("jumlah_tertinggal")),
              angka(j.lng("jumlah_belum_ada_jp")),
              persen(j.dec("rata_rata_jp"))));
    }
    blocks.add(
        Blok.tabel(
                t.tabelLebar(),
                teks("surat.jabatan.judul"),
                kolom("surat.jabatan.kolom.jenis"),
                jabatan)
            .param("KOSONG", teks("surat.jabatan.kosong")));
  }

  private static List<String> kolom(String pertama) {
    return List.of(
        teks(pertama),
        teks("surat.kolom.pegawai"),
        teks("surat.kolom.sesuai"),
        teks("surat.kolom.tertinggal"),
        teks("surat.kolom.belum"),
        teks("surat.kolom.rata_rata"));
  }

  private static Long jumlah(Long a, Long b) {
    return a == null || b == null ? null : a + b;
  }
}

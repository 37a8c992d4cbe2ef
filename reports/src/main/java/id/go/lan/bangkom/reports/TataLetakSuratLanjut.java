package id.go.lan.bangkom.reports;

import static id.go.lan.bangkom.reports.Blok.esc;
import static id.go.lan.bangkom.reports.Blok.sel;
import static id.go.lan.bangkom.reports.FormatIndonesia.angka;
import static id.go.lan.bangkom.reports.FormatIndonesia.persen;
import static id.go.lan.bangkom.reports.FormatIndonesia.tanggal;
import static id.go.lan.bangkom.reports.Teks.teks;

import id.go.lan.bangkom.core.Instansi;
import id.go.lan.bangkom.core.InstansiMaster;
import id.go.lan.bangkom.core.kontrak.TahapSounding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;

/**
 * The layout of the escalation ladder's later letters (issue 16.4), on the letters' block engine:
 * the second-stage letter (ESKALASI) to the head of the instansi's HR function, Segera, with what
 * came before, the short figures, the request with a new deadline and a copy to the PIC; and the
 * one-page thank-you note (TERIMA_KASIH) to the PIC with a copy to the head. Sentences in {@link
 * KalimatSuratLanjut}.
 */
final class TataLetakSuratLanjut {
  private final PengaturanSurat pengaturan;
  private final InstansiMaster master;
  private final KalimatSuratLanjut kalimat;

  TataLetakSuratLanjut(PengaturanSurat pengaturan, InstansiMaster master) {
    this.pengaturan = pengaturan;
    this.master = master;
    this.kalimat = new KalimatSuratLanjut(pengaturan);
  }

  /** The letter of {@code l}'s stage (ESKALASI or TERIMA_KASIH). */
  JasperPrint isi(
      DataInstansiPeriode data,
      DataTahapLanjut lanjut,
      SuratLanjut l,
      int nomorUrut,
      LocalDate tanggalSurat,
      Map<String, ?> cap)
      throws JRException {
    return l.surat().tahap() == TahapSounding.ESKALASI
        ? eskalasi(data, lanjut, l.instansi(), l.tahap(), l.surat(), nomorUrut, tanggalSurat, cap)
        : terimaKasih(
            data, lanjut, l.instansi(), l.tahap(), l.surat(), nomorUrut, tanggalSurat, cap);
  }

  private JasperPrint eskalasi(
      DataInstansiPeriode data,
      DataTahapLanjut lanjut,
      Baris instansi,
      Baris tahap,
      SuratInstansi surat,
      int nomorUrut,
      LocalDate tanggalSurat,
      Map<String, ?> cap)
      throws JRException {
    DokumenTemplates t = DokumenTemplates.get();
    String kode = surat.kodeInstansi();
    String nama = data.namaInstansi(instansi);
    List<Blok> blocks = new ArrayList<>();
    blocks.add(
        TataLetakSurat.kop(t, tanggalSurat)
            .param(
                "NOMOR", KalimatSurat.nomorSurat(nomorUrut, "ESK." + surat.level(), tanggalSurat))
            .param("SIFAT", teks("surat.sifat.segera"))
            .param("PERIHAL", teks("surat.eskalasi.perihal", KalimatSurat.caturwulan(data)))
            .param("KEPADA", teks("surat.eskalasi.kepada", esc(jabatan(kode)), esc(nama))));
    blocks.add(Blok.paragraf(t, null, kalimat.pembukaEskalasi(data, lanjut, tahap, nama)));
    blocks.add(capaian(t, data, instansi, kode));
    LocalDate tenggat = tanggalSurat.plusDays(pengaturan.tenggatHari());
    blocks.add(Blok.paragraf(t, null, kalimat.permintaanEskalasi(nama, tenggat)));
    blocks.add(Blok.paragraf(t, null, teks("surat.eskalasi.penutup")));
    String namaPic = namaPic(kode);
    blocks.add(
        TataLetakSurat.tandaTangan(t)
            .param(
                "TEMBUSAN",
                namaPic.isBlank()
                    ? teks("surat.eskalasi.tembusan_tanpa_nama", nama)
                    : teks("surat.eskalasi.tembusan", namaPic, nama)));
    return Dokumen.fill(
        t,
        teks("surat.eskalasi.kepala_halaman", nama, data.judulPeriode()),
        teks("surat.eskalasi.kaki_dokumen", kode, data.judulPeriode(), tanggal(tanggalSurat)),
        data.versi.kaki(),
        blocks,
        cap);
  }

  private JasperPrint terimaKasih(
      DataInstansiPeriode data,
      DataTahapLanjut lanjut,
      Baris instansi,
      Baris tahap,
      SuratInstansi surat,
      int nomorUrut,
      LocalDate tanggalSurat,
      Map<String, ?> cap)
      throws JRException {
    DokumenTemplates t = DokumenTemplates.get();
    String kode = surat.kodeInstansi();
    String nama = data.namaInstansi(instansi);
    List<Blok> blocks = new ArrayList<>();
    blocks.add(
        TataLetakSurat.kop(t, tanggalSurat)
            .param("NOMOR", KalimatSurat.nomorSurat(nomorUrut, "TK", tanggalSurat))
            .param("SIFAT", teks("surat.sifat.biasa"))
            .param("PERIHAL", teks("surat.terima_kasih.perihal", KalimatSurat.caturwulan(data)))
            .param("KEPADA", teks("surat.kepada", esc(pic(kode)), esc(nama))));
    blocks.add(Blok.paragraf(t, null, kalimat.terimaKasih(data, lanjut, tahap, nama)));
    blocks.add(Blok.paragraf(t, null, teks("surat.terima_kasih.penutup")));
    blocks.add(
        TataLetakSurat.tandaTangan(t)
            .param("TEMBUSAN", teks("surat.terima_kasih.tembusan", jabatan(kode), nama)));
    return Dokumen.fill(
        t,
        teks("surat.terima_kasih.kepala_halaman", nama, data.judulPeriode()),
        teks("surat.terima_kasih.kaki_dokumen", kode, data.judulPeriode(), tanggal(tanggalSurat)),
        data.versi.kaki(),
        blocks,
        cap);
  }

  /** The short figures: the instansi beside the average of its jenis instansi and the nation. */
  private static Blok capaian(
      DokumenTemplates t, DataInstansiPeriode data, Baris instansi, String kode) {
    Baris k = TataLetakSurat.kepatuhan(data, kode);
    String jenisInstansi = instansi.str("jenis_instansi");
    Baris jenis = data.perJenisInstansi.getOrDefault(jenisInstansi, Baris.kosong());
    Baris nasional = data.nasional.orElse(Baris.kosong());
    List<Map<String, ?>> rows = new ArrayList<>();
    rows.add(
        baris(
            false,
            "surat.capaian.pegawai",
            k,
            jenis,
            nasional,
            b -> angka(b.lng("jumlah_pegawai"))));
    rows.add(
        baris(
            true,
            "surat.capaian.sesuai",
            k,
            jenis,
            nasional,
            b -> persen(b.dec("persen_on_track"))));
    rows.add(
        baris(
            false,
            "surat.capaian.tertinggal",
            k,
            jenis,
            nasional,
            b -> angka(b.lng("jumlah_tertinggal"))));
    rows.add(
        baris(
            false,
            "surat.capaian.belum",
            k,
            jenis,
            nasional,
            b -> angka(b.lng("jumlah_belum_ada_jp"))));
    return Blok.tabel(
            t.tabel(),
            teks("surat.eskalasi.capaian.judul", KalimatSurat.caturwulan(data)),
            List.of(
                teks("surat.capaian.kolom.ukuran"),
                teks("surat.eskalasi.capaian.kolom.instansi"),
                teks("surat.capaian.kolom.rata_rata", Label.jenisInstansi(jenisInstansi)),
                teks("surat.capaian.kolom.nasional")),
            rows)
        .param("CATATAN", teks("surat.eskalasi.capaian.catatan"));
  }

  private static Map<String, ?> baris(
      boolean tebal,
      String kunci,
      Baris instansi,
      Baris jenis,
      Baris nasional,
      Function<Baris, String> nilai) {
    return sel(
        tebal, teks(kunci), nilai.apply(instansi), nilai.apply(jenis), nilai.apply(nasional));
  }

  /** The escalation's addressee: the master list's jabatan_pimpinan, else the configured one. */
  private String jabatan(String kode) {
    return master
        .find(kode)
        .map(Instansi::jabatanPimpinan)
        .filter(s -> !s.isBlank())
        .orElse(pengaturan.teksSuratLanjut().jabatanBawaan());
  }

  private String pic(String kode) {
    String nama = namaPic(kode);
    return nama.isBlank() ? teks("surat.pic_bawaan") : nama;
  }

  /** The PIC's name in the master list; blank when the list has none. */
  private String namaPic(String kode) {
    return master.find(kode).map(Instansi::namaPic).orElse("").strip();
  }
}

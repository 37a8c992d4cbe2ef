package id.go.lan.bangkom.reports;

import static id.go.lan.bangkom.reports.Blok.esc;
import static id.go.lan.bangkom.reports.FormatIndonesia.KOSONG;
import static id.go.lan.bangkom.reports.FormatIndonesia.persen;
import static id.go.lan.bangkom.reports.FormatIndonesia.tanggal;
import static id.go.lan.bangkom.reports.Teks.teks;

import id.go.lan.bangkom.core.Periode;
import id.go.lan.bangkom.core.TeksSuratLanjut;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The sentences of the escalation ladder's later letters (issue 16.4): the second-stage letter to
 * the head of the HR function and the thank-you note to the PIC. The configured templates ({@code
 * eskalasi.*}, {@code terima_kasih.*}) are filled with figures formatted in Indonesian and then
 * escaped as a whole, so an operator's text never breaks the letter's markup; the sentence of what
 * came before comes from the bundle.
 */
final class KalimatSuratLanjut {
  /** Pemicu of an ESKALASI row: MERAH or DATA at this cut-off and the one before. */
  static final String DUA_BERTURUT = "DUA_BERTURUT";

  /** Pemicu of an ESKALASI row: the Surat Sounding's deadline passed with no response recorded. */
  static final String TENGGAT_LEWAT = "TENGGAT_LEWAT";

  private final PengaturanSurat pengaturan;
  private final TeksSuratLanjut templat;

  KalimatSuratLanjut(PengaturanSurat pengaturan) {
    this.pengaturan = pengaturan;
    this.templat = pengaturan.teksSuratLanjut();
  }

  /** {@code Caturwulan I Tahun 2026}. */
  static String caturwulan(Periode periode) {
    return teks("umum.caturwulan_tahun", periode.romawi(), String.valueOf(periode.tahun()));
  }

  /** The escalation letter's opening: the greeting, then the configured paragraph. */
  String pembukaEskalasi(
      DataInstansiPeriode data, DataTahapLanjut lanjut, Baris tahap, String nama) {
    String isi =
        TeksSuratLanjut.isi(
            templat.pembukaEskalasi(),
            nama,
            KalimatSurat.caturwulan(data),
            tahap.str("level"),
            riwayat(data, lanjut, tahap));
    return teks("surat.lanjut.salam") + "\n\n" + esc(isi);
  }

  /**
   * What came before the second stage: the level at the previous cut-off (DUA_BERTURUT), or the day
   * the Surat Sounding went out and the deadline that passed (TENGGAT_LEWAT); the row's own {@code
   * alasan} when the warehouse lacks those facts.
   */
  String riwayat(DataInstansiPeriode data, DataTahapLanjut lanjut, Baris tahap) {
    String kode = tahap.str("kode_instansi");
    String pemicu = tahap.str("pemicu");
    Baris sebelumnya = lanjut.levelSebelumnya.get(kode);
    if (DUA_BERTURUT.equals(pemicu)
        && sebelumnya != null
        && lanjut.sebelumnya.isPresent()
        && lanjut.akhirSebelumnya.isPresent()) {
      return teks(
          "surat.eskalasi.riwayat.dua_berturut",
          caturwulan(lanjut.sebelumnya.get()),
          tanggal(lanjut.akhirSebelumnya.get()),
          sebelumnya.str("level"));
    }
    LocalDate terkirim = lanjut.terkirimPada.get(kode);
    if (TENGGAT_LEWAT.equals(pemicu) && terkirim != null) {
      return teks(
          "surat.eskalasi.riwayat.tenggat_lewat",
          KalimatSurat.caturwulan(data),
          tanggal(terkirim),
          tanggal(terkirim.plusDays(pengaturan.tenggatHari())));
    }
    String alasan = Optional.ofNullable(tahap.str("alasan")).orElse(KOSONG).strip();
    return teks("surat.eskalasi.riwayat.alasan", alasan.replaceAll("\\.+$", ""));
  }

  /** What the head of the HR function is asked, by the new deadline. */
  String permintaanEskalasi(String nama, LocalDate tenggat) {
    return esc(
        TeksSuratLanjut.isi(
            templat.permintaanEskalasi(),
            nama,
            tanggal(tenggat),
            String.valueOf(pengaturan.tenggatHari())));
  }

  /** The thank-you note's text: the greeting, then the configured paragraph. */
  String terimaKasih(DataInstansiPeriode data, DataTahapLanjut lanjut, Baris tahap, String nama) {
    Baris sebelumnya = lanjut.levelSebelumnya.get(tahap.str("kode_instansi"));
    String isi =
        TeksSuratLanjut.isi(
            templat.terimaKasih(),
            nama,
            KalimatSurat.caturwulan(data),
            persen(tahap.dec("persen_on_track")),
            sebelumnya == null ? KOSONG : sebelumnya.str("level"),
            lanjut.sebelumnya.map(KalimatSuratLanjut::caturwulan).orElse(KOSONG));
    return teks("surat.lanjut.salam") + "\n\n" + esc(isi);
  }
}

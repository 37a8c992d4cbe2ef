package id.go.lan.bangkom.reports;

import static id.go.lan.bangkom.reports.Blok.esc;
import static id.go.lan.bangkom.reports.FormatIndonesia.angka;
import static id.go.lan.bangkom.reports.FormatIndonesia.persen;
import static id.go.lan.bangkom.reports.FormatIndonesia.tanggal;
import static id.go.lan.bangkom.reports.Teks.teks;

import java.time.LocalDate;
import java.util.Locale;

/**
 * The sentences of a Surat Sounding, built from the cut-off's {@link DataInstansiPeriode} and the
 * settings quoted in the letter (thresholds, deadline, privacy minimum).
 */
final class KalimatSurat {
  private static final String[] BULAN_ROMAWI = {
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"
  };

  private final PengaturanSurat pengaturan;

  KalimatSurat(PengaturanSurat pengaturan) {
    this.pengaturan = pengaturan;
  }

  /** {@code B-0012/P3K-BANGKOM/SND.MERAH/XI/2026}: running number, level, month and year. */
  static String nomor(int urut, String level, LocalDate tanggalSurat) {
    return nomorSurat(urut, "SND." + level, tanggalSurat);
  }

  /** {@code B-0012/P3K-BANGKOM/<jenis>/XI/2026}: running number, kind of letter, month, year. */
  static String nomorSurat(int urut, String jenis, LocalDate tanggalSurat) {
    return String.format(
        Locale.ROOT,
        "B-%04d/P3K-BANGKOM/%s/%s/%d",
        urut,
        jenis,
        BULAN_ROMAWI[tanggalSurat.getMonthValue() - 1],
        tanggalSurat.getYear());
  }

  /** {@code Caturwulan II Tahun 2026}. */
  static String caturwulan(DataInstansiPeriode data) {
    return teks(
        "umum.caturwulan_tahun", data.periode.romawi(), String.valueOf(data.periode.tahun()));
  }

  /** The opening of a letter on compliance (MERAH or KUNING), with the instansi's figures. */
  String pembukaCapaian(
      DataInstansiPeriode data, String nama, String level, Baris k, Long tidakOnTrack) {
    String ambang = persen(pengaturan.ambangKuningPersenOnTrack()) + "%";
    String penjelasan =
        "MERAH".equals(level)
            ? teks("surat.capaian.merah", ambang)
            : teks("surat.capaian.kuning", ambang);
    return teks(
        "surat.capaian.pembuka",
        esc(nama),
        caturwulan(data),
        tanggal(data.tanggalAkhir),
        level,
        penjelasan,
        persen(k.dec("persen_on_track")),
        angka(k.lng("jumlah_pegawai")),
        angka(tidakOnTrack));
  }

  /** What the instansi is asked to do, by the deadline, in a letter on compliance. */
  String permohonanCapaian(SuratInstansi surat, Long tidakOnTrack, LocalDate tenggat) {
    String lampiran =
        surat.daftarXlsx().isPresent()
            ? teks("surat.capaian.lampiran", surat.daftarXlsx().get().getFileName().toString())
            : "";
    return teks("surat.capaian.permohonan", angka(tidakOnTrack), lampiran, tanggal(tenggat));
  }

  /** The note under the lowest units: how many small units were left out, and why. */
  String unitKecil(int kecil) {
    return kecil == 0
        ? null
        : teks("surat.unit.kecil", String.valueOf(kecil), String.valueOf(pengaturan.selMinimum()));
  }

  /** The opening of a DATA letter: the roster is missing or too many rows were rejected. */
  String pembukaData(DataInstansiPeriode data, String nama, Baris s, boolean adaRoster) {
    String keadaan =
        adaRoster
            ? teks(
                "surat.data.keadaan.ditolak",
                persen(s.dec("persen_baris_ditolak")),
                caturwulan(data),
                persen(pengaturan.ambangDataPersenDitolak()))
            : teks(
                "surat.data.keadaan.tanpa_roster",
                caturwulan(data),
                tanggal(data.tanggalAkhir),
                esc(nama));
    return teks("surat.data.pembuka", keadaan);
  }

  /** What the instansi is asked to send, by the deadline, in a DATA letter. */
  String permohonanData(DataInstansiPeriode data, SuratInstansi surat, LocalDate tenggat) {
    String daftar =
        surat.daftarXlsx().isPresent()
            ? teks("surat.data.daftar", surat.daftarXlsx().get().getFileName().toString())
            : "";
    return teks("surat.data.permohonan", tanggal(tenggat), caturwulan(data), daftar);
  }
}

package id.go.lan.bangkom.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The wording of the escalation letter and the thank-you note (issue 16.4): Indonesian defaults,
 * overridable, and every template checked once when the configuration loads.
 */
class TeksSuratLanjutTest {
  @Test
  void defaultsAreTheDocumentedIndonesianOnes() {
    TeksSuratLanjut t = BangkomConfig.defaults().teksSuratLanjut();
    assertThat(t.jabatanBawaan()).isEqualTo("Pejabat Pembina Kepegawaian");
    assertThat(t.pembukaEskalasi())
        .startsWith("Lembaga Administrasi Negara memantau capaian")
        .contains("Pada {1}, capaian {0} berada pada level {2}. {3} Oleh karena itu");
    assertThat(t.permintaanEskalasi()).contains("paling lambat {1} ({2} hari sejak tanggal");
    assertThat(t.terimaKasih())
        .contains("kembali berada pada level HIJAU: {2}% pegawai sesuai target")
        .contains("setelah pada {4} berada pada level {3}");
  }

  @Test
  void aTemplateIsFilledWithTextAsGiven() {
    assertThat(
            TeksSuratLanjut.isi(
                "Pada {1}, {0} kembali HIJAU ({2}%); sebelumnya {3} pada {4}.",
                "Kota Contoh",
                "Caturwulan II Tahun 2026",
                "1.234,50",
                "MERAH",
                "Caturwulan I Tahun 2026"))
        .isEqualTo(
            "Pada Caturwulan II Tahun 2026, Kota Contoh kembali HIJAU (1.234,50%);"
                + " sebelumnya MERAH pada Caturwulan I Tahun 2026.");
  }

  @Test
  void eachKeyCanBeOverriddenAndIsTrimmed() {
    TeksSuratLanjut t =
        BangkomConfig.withOverrides(
                Map.of(
                    "eskalasi.jabatan_bawaan", " Sekretaris Daerah ",
                    "eskalasi.kalimat_pembuka", "Pembuka untuk {0}.",
                    "eskalasi.kalimat_permintaan", "Mohon tanggapan sebelum {1}.",
                    "terima_kasih.kalimat", "Terima kasih, {0}; Jum''at."))
            .teksSuratLanjut();
    assertThat(t)
        .isEqualTo(
            new TeksSuratLanjut(
                "Sekretaris Daerah",
                "Pembuka untuk {0}.",
                "Mohon tanggapan sebelum {1}.",
                "Terima kasih, {0}; Jum''at."));
    assertThat(TeksSuratLanjut.isi(t.terimaKasih(), "Kota A"))
        .isEqualTo("Terima kasih, Kota A; Jum'at.");
  }

  @Test
  void aBlankValueIsRefusedWithKeyAndWhatIsAllowed() {
    assertThatThrownBy(() -> BangkomConfig.withOverrides(Map.of("eskalasi.jabatan_bawaan", " ")))
        .isInstanceOf(PengaturanTidakSah.class)
        .hasMessage(
            "Nilai konfigurasi tidak sah untuk eskalasi.jabatan_bawaan: \" \" (tidak boleh"
                + " kosong; harus nama jabatan, misalnya Pejabat Pembina Kepegawaian)");
    assertThatThrownBy(() -> BangkomConfig.withOverrides(Map.of("terima_kasih.kalimat", "")))
        .isInstanceOf(PengaturanTidakSah.class)
        .hasMessage(
            "Nilai konfigurasi tidak sah untuk terima_kasih.kalimat: \"\" (tidak boleh kosong;"
                + " harus kalimat yang memakai penanda {0} sampai {4} saja, tanpa jenis format"
                + " (bukan {0,number}); tanda petik tunggal ditulis dua kali (''))");
  }

  @Test
  void aTemplateThatDoesNotParseOrUsesAnotherPlaceholderIsRefused() {
    String allowed =
        " (harus kalimat yang memakai penanda {0} sampai {3} saja, tanpa jenis format"
            + " (bukan {0,number}); tanda petik tunggal ditulis dua kali (''))";
    for (String bad :
        new String[] {
          "Pembuka {0", "Pembuka {4}", "Pembuka {0,number}", "Pembuka {nama}", "Jum'at {0}"
        }) {
      assertThatThrownBy(() -> BangkomConfig.withOverrides(Map.of("eskalasi.kalimat_pembuka", bad)))
          .as(bad)
          .isInstanceOf(PengaturanTidakSah.class)
          .hasMessage(
              "Nilai konfigurasi tidak sah untuk eskalasi.kalimat_pembuka: \""
                  + bad
                  + "\""
                  + allowed);
    }
    assertThatThrownBy(
            () -> BangkomConfig.withOverrides(Map.of("eskalasi.kalimat_permintaan", "Sebelum {3}")))
        .hasMessageContaining("eskalasi.kalimat_permintaan: \"Sebelum {3}\"")
        .hasMessageContaining("penanda {0} sampai {2} saja");
  }
}

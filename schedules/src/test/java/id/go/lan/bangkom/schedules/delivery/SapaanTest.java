package id.go.lan.bangkom.schedules.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.lan.bangkom.core.CaturwulanCalendar;
import id.go.lan.bangkom.core.Periode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The greeting of the sounding e-mail reads as an Indonesian letter would. */
class SapaanTest {
  @Test
  void aBareNameIsGreetedAsBapakIbu() {
    assertThat(Sapaan.untuk("Rina Wulandari")).isEqualTo("Bapak/Ibu Rina Wulandari");
    assertThat(Sapaan.untuk("PIC Bangkom Prov. Aceh"))
        .isEqualTo("Bapak/Ibu PIC Bangkom Prov. Aceh");
    // A name that merely starts with the letters of an honorific is a bare name.
    assertThat(Sapaan.untuk("Budi Santoso")).isEqualTo("Bapak/Ibu Budi Santoso");
    assertThat(Sapaan.untuk("Ibunda Sari")).isEqualTo("Bapak/Ibu Ibunda Sari");
    // An academic title is not a form of address: Bapak/Ibu still comes first.
    assertThat(Sapaan.untuk("Dr. Ani Lestari")).isEqualTo("Bapak/Ibu Dr. Ani Lestari");
  }

  @Test
  void aNameThatCarriesAnHonorificKeepsItWrittenOutInFull() {
    assertThat(Sapaan.untuk("Pak PIC 11")).isEqualTo("Bapak PIC 11");
    assertThat(Sapaan.untuk("bu Rina")).isEqualTo("Ibu Rina");
    assertThat(Sapaan.untuk("Bapak Ahmad")).isEqualTo("Bapak Ahmad");
    assertThat(Sapaan.untuk("Ibu Sari")).isEqualTo("Ibu Sari");
    assertThat(Sapaan.untuk("Bpk. Joko")).isEqualTo("Bapak Joko");
    assertThat(Sapaan.untuk("Sdri. Maya")).isEqualTo("Sdri. Maya");
    assertThat(Sapaan.untuk("  Pak  Hasan ")).isEqualTo("Bapak Hasan");
  }

  @Test
  void theEmailBodyGreetsThePicWithTheSapaan() {
    MessageComposer composer = new MessageComposer(CaturwulanCalendar.DEFAULT);
    LetterFiles letter =
        new LetterFiles(
            Path.of("surat-sounding-11-2026-CW1.pdf"), Optional.empty(), Optional.empty());
    assertThat(composer.body(notice(Optional.of("Rina Wulandari")), letter))
        .startsWith("Yth. Bapak/Ibu Rina Wulandari\nPIC Pengembangan Kompetensi ASN Provinsi Uji");
    assertThat(composer.body(notice(Optional.of("Bu Rina")), letter))
        .startsWith("Yth. Ibu Rina\nPIC Pengembangan Kompetensi ASN Provinsi Uji");
    // No PIC name in the master list: the e-mail greets the PIC of the instansi.
    assertThat(composer.body(notice(Optional.empty()), letter))
        .startsWith("Yth. Bapak/Ibu PIC Provinsi Uji\n");
  }

  @Test
  void anEscalationWithoutATitleInTheMasterListGreetsTheConfiguredOneAsTheLetterDoes() {
    MessageComposer composer = new MessageComposer(CaturwulanCalendar.DEFAULT, "Pejabat Uji");
    LetterFiles letter =
        new LetterFiles(
            Path.of("surat-eskalasi-11-2026-CW1.pdf"), Optional.empty(), Optional.empty());
    assertThat(composer.body(eskalasi(Optional.empty()), letter))
        .startsWith("Yth. Pejabat Uji Provinsi Uji\nProvinsi Uji\n");
    assertThat(composer.body(eskalasi(Optional.of("Kepala BKD Provinsi Uji")), letter))
        .startsWith("Yth. Kepala BKD Provinsi Uji\nProvinsi Uji\n");
  }

  private static Notice eskalasi(Optional<String> jabatanPimpinan) {
    return new Notice(
        Periode.parse("2026-CW1"),
        "11",
        "Provinsi Uji",
        "MERAH",
        id.go.lan.bangkom.core.kontrak.TahapSounding.ESKALASI,
        Optional.of("DUA_BERTURUT"),
        "Alasan uji",
        Optional.of(new BigDecimal("40")),
        Optional.of("Rina"),
        Optional.of("pic@instansi.example"),
        jabatanPimpinan,
        Optional.of("pimpinan@instansi.example"));
  }

  private static Notice notice(Optional<String> namaPic) {
    return new Notice(
        Periode.parse("2026-CW1"),
        "11",
        "Provinsi Uji",
        "MERAH",
        "Alasan uji",
        Optional.of(new BigDecimal("40")),
        namaPic,
        Optional.of("pic11@instansi.example"));
  }
}

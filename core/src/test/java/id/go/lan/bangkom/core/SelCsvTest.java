package id.go.lan.bangkom.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 19, point 4: text that a spreadsheet would run as a formula is written as text. */
class SelCsvTest {
  @Test
  void formulasGetASingleQuoteInFrontAndAreQuoted() {
    // Expected fields written out by hand: ' in front, the whole field in "...", inner " doubled.
    assertThat(SelCsv.field("=HYPERLINK(\"http://x\",\"klik\")", ';'))
        .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"klik\"\")\"");
    assertThat(SelCsv.field("@SUM(1)", ';')).isEqualTo("\"'@SUM(1)\"");
    assertThat(SelCsv.field("=cmd|' /C calc'!A0", ';')).isEqualTo("\"'=cmd|' /C calc'!A0\"");
    assertThat(SelCsv.field("+1", ';')).isEqualTo("\"'+1\"");
    assertThat(SelCsv.field("-1+1", ';')).isEqualTo("\"'-1+1\"");
    assertThat(SelCsv.field("\tx", ';')).isEqualTo("\"'\tx\"");
    assertThat(SelCsv.field("\r=1", ';')).isEqualTo("\"'\r=1\"");
  }

  @Test
  void formulasBehindSpacesOrQuotesOrInFullWidthAreNeutralisedToo() {
    assertThat(SelCsv.field("  =1+1", ',')).isEqualTo("\"'  =1+1\"");
    assertThat(SelCsv.field("\"=1+1", ',')).isEqualTo("\"'\"\"=1+1\"");
    assertThat(SelCsv.field("\uFF1D1+1", ',')).isEqualTo("\"'\uFF1D1+1\"");
  }

  @Test
  void namesNipsAndTheEmptyValueStayAsTheyWere() {
    assertThat(SelCsv.field("Siti Aminah, S.E.", ';')).isEqualTo("Siti Aminah, S.E.");
    assertThat(SelCsv.field("Siti Aminah, S.E.", ',')).isEqualTo("\"Siti Aminah, S.E.\"");
    assertThat(SelCsv.field("Bagian Umum; Keuangan", ';')).isEqualTo("\"Bagian Umum; Keuangan\"");
    assertThat(SelCsv.field("O'Brien - Harahap", ';')).isEqualTo("O'Brien - Harahap");
    assertThat(SelCsv.field("Andi \"Ucok\" Siregar", ';'))
        .isEqualTo("\"Andi \"\"Ucok\"\" Siregar\"");
    assertThat(SelCsv.field("199001012015031001", ';')).isEqualTo("199001012015031001");
    assertThat(SelCsv.field("", ';')).isEmpty();
    assertThat(SelCsv.field(null, ';')).isEmpty();
    assertThat(SelCsv.field("   ", ';')).isEqualTo("   ");
  }
}

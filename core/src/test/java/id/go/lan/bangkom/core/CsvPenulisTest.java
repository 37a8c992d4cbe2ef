package id.go.lan.bangkom.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvPenulisTest {
  @Test
  void textIsNeverAFormulaWhileValuesStayAsTheyAre() throws Exception {
    StringWriter s = new StringWriter();
    try (CsvPenulis csv = new CsvPenulis(s, ';', "\r\n")) {
      csv.baris("nip", "unit kerja", "jp");
      csv.nilai("199001012020011001").teks("=HYPERLINK(\"x\")").nilai("-3,5").akhiriBaris();
      csv.nilai(null).teks("Biro; Umum").nilai("1;2").akhiriBaris();
    }
    assertThat(s.toString())
        .isEqualTo(
            "nip;unit kerja;jp\r\n"
                + "199001012020011001;\"'=HYPERLINK(\"\"x\"\")\";-3,5\r\n"
                + ";\"Biro; Umum\";\"1;2\"\r\n");
  }

  @Test
  void sqlTextIsQuotedInOnePlace() {
    assertThat(SqlTeks.literal("O'Brien")).isEqualTo("'O''Brien'");
    assertThat(SqlTeks.identifier("a\"b")).isEqualTo("\"a\"\"b\"");
    assertThat(SqlTeks.paths(List.of(Path.of("/x/it's/a.parquet"), Path.of("/y/../z.parquet"))))
        .isEqualTo("['/x/it''s/a.parquet', '/z.parquet']");
  }
}

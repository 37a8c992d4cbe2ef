package id.go.lan.bangkom.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reports say which projection method a cut-off used (docs/proyeksi.md). */
class MetodeProyeksiTest {
  private static List<Baris> rows(String sql) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      return Baris.query(c, sql);
    }
  }

  @Test
  void onlyKalibrasiIsCalibratedAndAnyOtherRowIsARunRate() throws Exception {
    List<Baris> r =
        rows(
            "SELECT * FROM (VALUES ('KALIBRASI'), ('LAJU'), (NULL)) AS t(metode) ORDER BY metode"
                + " NULLS LAST");
    assertThat(r).extracting(Label::kalibrasi).containsExactly(true, false, false);
    // A missing projection row (no roster) and a period computed before the method was recorded
    // read as the run-rate they were.
    assertThat(Label.kalibrasi(Baris.kosong())).isFalse();
    assertThat(Label.metodeSingkat(r.get(0))).isNotEqualTo(Label.metodeSingkat(r.get(1)));
    assertThat(Label.metodeSingkat(r.get(2))).isEqualTo(Label.metodeSingkat(r.get(1)));
  }

  @Test
  void theNoteNamesTheMethodsTheCutOffsUsed() throws Exception {
    List<Baris> r =
        rows(
            "SELECT * FROM (VALUES ('KALIBRASI'), ('LAJU'), (NULL)) AS t(metode) ORDER BY metode"
                + " NULLS LAST");
    String laju = Label.metodeProyeksi(List.of(r.get(1), r.get(2)));
    String kalibrasi = Label.metodeProyeksi(List.of(r.get(0)));
    String campuran = Label.metodeProyeksi(r);

    assertThat(laju).contains("laju JP").doesNotContain("tahun lalu");
    assertThat(kalibrasi).contains("tahun lalu").doesNotContain("laju JP");
    assertThat(campuran).contains("tahun lalu").contains("laju JP");
    assertThat(List.of(laju, kalibrasi, campuran)).allMatch(t -> t.endsWith("(docs/proyeksi.md)."));
    // The pace factors are configuration: no number of them in the text.
    assertThat(laju).doesNotContain("0,75").doesNotContain("1,25");
  }
}

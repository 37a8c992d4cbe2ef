package id.go.lan.bangkom.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.lan.bangkom.core.kontrak.TabelHitungan;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** docs/warehouse.md and the published warehouse describe the same tables, columns and types. */
class WarehouseDocTest {
  static Map<String, Map<String, String>> actual;
  static WarehouseDoc doc;

  @BeforeAll
  static void publishTheSample() throws Exception {
    actual = new LinkedHashMap<>();
    try (Connection c = WarehouseFixture.readOnly(WarehouseFixture.sample().warehouse());
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT table_name, column_name, data_type FROM information_schema.columns"
                    + " WHERE table_schema = 'main' ORDER BY table_name, ordinal_position")) {
      while (rs.next()) {
        actual
            .computeIfAbsent(rs.getString(1), t -> new LinkedHashMap<>())
            .put(rs.getString(2), rs.getString(3));
      }
    }
    // The repository's document itself, not only the copy on the classpath.
    doc =
        WarehouseDoc.parse(
            Files.readString(Path.of("..", "docs", "warehouse.md"), StandardCharsets.UTF_8));
  }

  @Test
  void theClasspathCopyIsTheRepositoryDocument() throws Exception {
    assertThat(WarehouseDoc.bundled().tables()).isEqualTo(doc.tables());
  }

  @Test
  void everyWarehouseTableIsDocumentedAndEveryDocumentedTableExists() {
    assertThat(doc.tables().keySet())
        .as("tables in docs/warehouse.md vs the warehouse")
        .containsExactlyInAnyOrderElementsOf(actual.keySet());
  }

  @Test
  void everyColumnIsDocumentedWithItsTypeInTheWarehouseOrder() {
    List<String> problems = new ArrayList<>();
    for (var table : doc.tables().values()) {
      Map<String, String> columns = actual.getOrDefault(table.name(), Map.of());
      Map<String, String> documented = new LinkedHashMap<>();
      table.columns().forEach(c -> documented.put(c.name(), c.type()));
      if (!documented.equals(columns)
          || !List.copyOf(documented.keySet()).equals(List.copyOf(columns.keySet()))) {
        problems.add(table.name() + ": documented " + documented + " but warehouse has " + columns);
      }
      table.columns().stream()
          .filter(c -> c.meaning().isBlank())
          .forEach(c -> problems.add(table.name() + "." + c.name() + " has no meaning"));
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyTableStatesGrainHowItIsBuiltAndRefresh() {
    for (var table : doc.tables().values()) {
      assertThat(table.description()).as(table.name()).contains("Grain:", "Built:", "Refresh:");
    }
  }

  @Test
  void everyTableStatesItsKeyAndTheKeyIsMadeOfItsColumns() {
    for (var table : doc.tables().values()) {
      assertThat(table.description()).as(table.name()).contains("Key:");
      assertThat(table.columns().stream().map(WarehouseDoc.Column::name).toList())
          .as(table.name() + " key")
          .containsAll(table.key());
    }
    assertThat(doc.tables().get("kepatuhan_pegawai").key())
        .containsExactly("tahun", "caturwulan", "kode_instansi", "nip_hash");
    assertThat(doc.tables().get("dim_periode").key()).containsExactly("periode");
    assertThat(doc.tables().get("penolakan").key()).isEmpty();
  }

  @Test
  void everyTableTheTransformsComputeIsInTheWarehouse() {
    assertThat(actual.keySet())
        .as("every computed table needs a CREATE TABLE in schema.sql and a section in the doc")
        .containsAll(TabelHitungan.SEMUA);
  }

  @Test
  void aDuckDbClientShowsTheDocumentAsComments() throws Exception {
    try (Connection c = WarehouseFixture.readOnly(WarehouseFixture.sample().warehouse())) {
      for (var table : doc.tables().values()) {
        assertThat(
                one(
                    c,
                    "SELECT comment FROM duckdb_tables() WHERE table_name = '"
                        + table.name()
                        + "'"))
            .as(table.name())
            .isEqualTo(table.description());
        for (var column : table.columns()) {
          assertThat(
                  one(
                      c,
                      "SELECT comment FROM duckdb_columns() WHERE table_name = '"
                          + table.name()
                          + "' AND column_name = '"
                          + column.name()
                          + "'"))
              .as(table.name() + "." + column.name())
              .isEqualTo(column.meaning())
              .doesNotContain("`");
        }
      }
    }
  }

  @Test
  void aQuoteInTheDocumentIsEscapedInTheComment() {
    WarehouseDoc d =
        WarehouseDoc.parse(
            "## t\nGrain: one row per `x`'s value.\n\n| column | type | meaning |\n|---|---|---|\n"
                + "| x | VARCHAR | it's `x` |\n");
    assertThat(d.commentStatements())
        .containsExactly(
            "COMMENT ON TABLE t IS 'Grain: one row per x''s value.'",
            "COMMENT ON COLUMN t.x IS 'it''s x'");
  }

  @Test
  void aTableSectionWithoutColumnsIsRefused() {
    assertThatThrownBy(() -> WarehouseDoc.parse("## t\nGrain: nothing.\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("t");
  }

  private static String one(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      assertThat(rs.next()).as(sql).isTrue();
      return rs.getString(1);
    }
  }
}

package id.go.lan.bangkom.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every saved question of queries/ runs on the sample warehouse and answers something. */
class WarehouseQueriesTest {
  private static final Path QUERIES = Path.of("..", "queries");

  static List<Path> files() throws Exception {
    try (Stream<Path> s = Files.list(QUERIES)) {
      return s.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
    }
  }

  @Test
  void thereIsADozenQuestionsEachExplainedByAComment() throws Exception {
    assertThat(files()).hasSizeGreaterThanOrEqualTo(12);
    for (Path f : files()) {
      List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
      assertThat(lines.get(0)).as(f.toString()).startsWith("-- ");
      assertThat(lines.stream().filter(l -> l.startsWith("-- Question:")))
          .as(f.toString())
          .hasSize(1);
    }
  }

  @TestFactory
  Stream<DynamicTest> everyQuestionAnswersOnTheSampleWarehouse() throws Exception {
    Path warehouse = WarehouseFixture.sample().warehouse();
    return files().stream()
        .map(
            f ->
                DynamicTest.dynamicTest(
                    f.getFileName().toString(),
                    () -> {
                      String sql = Files.readString(f, StandardCharsets.UTF_8);
                      try (Connection c = WarehouseFixture.readOnly(warehouse);
                          Statement s = c.createStatement();
                          ResultSet rs = s.executeQuery(sql)) {
                        assertThat(rs.getMetaData().getColumnCount()).isGreaterThan(1);
                        assertThat(rs.next()).as(f + " returns rows").isTrue();
                      }
                    }));
  }
}

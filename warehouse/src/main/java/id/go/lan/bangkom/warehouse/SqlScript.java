package id.go.lan.bangkom.warehouse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The warehouse's SQL files on the classpath: statements separated by a line holding {@code ;}. */
final class SqlScript {
  static final String SCHEMA = "/bangkom/warehouse/schema.sql";
  static final String STATIC_DIMENSIONS = "/bangkom/warehouse/dim_statis.sql";

  /** Computes {@code efektivitas_sounding} from the tables loaded before it. */
  static final String EFEKTIVITAS_SOUNDING = "/bangkom/warehouse/efektivitas_sounding.sql";

  private SqlScript() {}

  /** The statements of {@code resource}, without their {@code --} comment lines. */
  static List<String> statements(String resource) throws IOException {
    try (InputStream in = SqlScript.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Cannot find the warehouse resource: " + resource);
      }
      String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return Stream.of(sql.split("(?m)^;\\s*$"))
          .map(s -> s.lines().filter(l -> !l.startsWith("--")).collect(Collectors.joining("\n")))
          .map(String::trim)
          .filter(s -> !s.isEmpty())
          .toList();
    }
  }

  static void executeAll(Connection c, List<String> sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (String statement : sql) {
        s.execute(statement);
      }
    }
  }
}

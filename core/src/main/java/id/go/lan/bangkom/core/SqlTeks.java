package id.go.lan.bangkom.core;

import java.nio.file.Path;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * The one place where text is put into DuckDB SQL: string literals, file paths (absolute,
 * normalised) and identifiers. Values from users never reach SQL any other way; prepared statements
 * are used where DuckDB allows parameters, these where it does not (paths in {@code read_parquet},
 * {@code ATTACH}, {@code SET}).
 */
public final class SqlTeks {
  private SqlTeks() {}

  /** {@code 'text'} with inner quotes doubled. */
  public static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  /** The absolute, normalised path as a string literal. */
  public static String path(Path path) {
    return literal(path.toAbsolutePath().normalize().toString());
  }

  /** {@code ['a', 'b']}: a list of path literals, for {@code read_parquet([...])}. */
  public static String paths(Collection<Path> paths) {
    return paths.stream().map(SqlTeks::path).collect(Collectors.joining(", ", "[", "]"));
  }

  /** {@code "name"} with inner double quotes doubled. */
  public static String identifier(String name) {
    return '"' + name.replace("\"", "\"\"") + '"';
  }
}

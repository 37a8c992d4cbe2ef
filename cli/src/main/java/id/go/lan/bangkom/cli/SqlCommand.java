package id.go.lan.bangkom.cli;

import static id.go.lan.bangkom.cli.Console.PESAN;

import id.go.lan.bangkom.core.BangkomConfig;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ./bangkom sql}: read-only SQL on the warehouse. {@code -c} runs one query, {@code -f} a
 * file of queries, and without either an interactive shell reads standard input ({@link SqlShell}).
 * Exit 0 ok, 1 when a query failed, 2 on bad usage.
 */
@Command(
    name = "sql",
    description = {
      "Menjalankan kueri SQL baca-saja pada gudang data.",
      "Tanpa -c atau -f: cangkang interaktif (akhiri kueri dengan ';', .keluar untuk selesai)."
    })
final class SqlCommand implements Callable<Integer> {
  @Mixin CommonOptions options;

  @Option(
      names = {"-c", "--command"},
      paramLabel = "KUERI",
      description = "Kueri SQL")
  String query;

  @Option(
      names = {"-f", "--file"},
      paramLabel = "BERKAS",
      description = "Berkas berisi kueri SQL (boleh beberapa, dipisah ';')")
  Path file;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "table, csv atau json (default: ${DEFAULT-VALUE})",
      defaultValue = "table")
  SqlFormat format;

  @Override
  public Integer call() throws IOException {
    if (query != null && file != null) {
      throw new UsageException(PESAN.f("sql.dua.sumber"));
    }
    String sql = query;
    if (file != null) {
      try {
        sql = Files.readString(file, StandardCharsets.UTF_8);
      } catch (NoSuchFileException e) {
        throw new UsageException(PESAN.f("sql.berkas.tidak.ada", file));
      }
    }
    if (sql != null && SqlScript.split(sql).isEmpty()) {
      throw new UsageException(PESAN.f("sql.kosong"));
    }
    Path warehouse = options.ws().warehouse();
    if (!Files.isRegularFile(warehouse)) {
      throw new UsageException(PESAN.f("galat.gudang.belum.ada.demo", warehouse));
    }
    BangkomConfig config = options.config();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + warehouse, sandbox(config))) {
      if (sql == null) {
        SqlShell shell = new SqlShell(c, format, Console.OUT, Console.ERR, Console.interactive());
        return shell.run(
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
      }
      SqlShell oneShot = new SqlShell(c, format, Console.OUT, Console.ERR, false);
      return oneShot.executeAll(sql) ? 0 : 1;
    } catch (SQLException e) {
      throw new IllegalStateException(
          PESAN.f("sql.tidak.dapat.membuka", warehouse, SqlShell.oneLine(e)), e);
    }
  }

  /**
   * The analyst's connection: the warehouse file read-only and nothing else. External access off
   * refuses every file, URL and ATTACH (so no COPY ... TO over the warehouse, no read_text of the
   * NIP key, no read_parquet of the lake's names and raw NIPs); no extension is installed or loaded
   * on demand; and the configuration is locked last, so no SET, RESET or PRAGMA can undo any of it.
   * DuckDB applies these options when it opens the database, before the first statement runs.
   */
  static Properties sandbox(BangkomConfig config) {
    Properties p = new Properties();
    p.setProperty("duckdb.read_only", "true");
    p.setProperty("enable_external_access", "false");
    p.setProperty("autoinstall_known_extensions", "false");
    p.setProperty("autoload_known_extensions", "false");
    p.setProperty("allow_community_extensions", "false");
    p.setProperty("memory_limit", config.duckdbMemoryLimit());
    p.setProperty("threads", Integer.toString(config.duckdbThreads()));
    p.setProperty("lock_configuration", "true");
    return p;
  }
}

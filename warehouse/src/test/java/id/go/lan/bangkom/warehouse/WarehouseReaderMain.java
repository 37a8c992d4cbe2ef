package id.go.lan.bangkom.warehouse;

import id.go.lan.bangkom.core.Workspace;
import id.go.lan.bangkom.core.WorkspaceLock;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;

/**
 * Another process for the warehouse tests (launched with the test class path).
 *
 * <ul>
 *   <li>{@code read <warehouse> <sql>}: opens the file read-only, prints the query's first value,
 *       and again on the same connection for every line read from stdin, until end of input.
 *   <li>{@code lock <workspace>}: holds the workspace lock as a transform does, prints {@code
 *       terkunci}, and lets go at end of input.
 * </ul>
 */
public final class WarehouseReaderMain {
  private WarehouseReaderMain() {}

  public static void main(String[] args) throws Exception {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    if (args[0].equals("lock")) {
      try (WorkspaceLock lock =
          WorkspaceLock.acquire(new Workspace(Path.of(args[1])), "transform")) {
        out.println("terkunci");
        while (in.readLine() != null) {
          // hold the lock until the test closes our stdin
        }
      }
      return;
    }
    Properties p = new Properties();
    p.setProperty("duckdb.read_only", "true");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + args[1], p)) {
      do {
        try (Statement s = c.createStatement();
            ResultSet rs = s.executeQuery(args[2])) {
          rs.next();
          out.println("hasil=" + rs.getString(1));
        }
      } while (in.readLine() != null);
    }
  }
}

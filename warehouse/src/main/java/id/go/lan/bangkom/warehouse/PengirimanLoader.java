package id.go.lan.bangkom.warehouse;

import id.go.lan.bangkom.core.SqlTeks;
import id.go.lan.bangkom.core.Workspace;
import id.go.lan.bangkom.core.kontrak.LogPengiriman;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The {@code pengiriman} table from the sounding delivery log, read through its contract ({@link
 * LogPengiriman}, owned by the sender): one row per attempt; nothing until something was sent.
 */
final class PengirimanLoader {
  private PengirimanLoader() {}

  static void load(Connection c, Workspace workspace) throws SQLException {
    Path log = LogPengiriman.berkas(workspace);
    if (!Files.isRegularFile(log)) {
      return;
    }
    try (Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO pengiriman SELECT tahun, caturwulan, kode_instansi, level,"
              + " coalesce(tahap, 'SOUNDING'), status,"
              + " kode_alasan, alasan, message_id, array_to_string(lampiran, ', '), arsip,"
              + " nullif(array_to_string(sha256, ', '), ''), ulang, id_proses,"
              // The wall-clock time as logged, to the second. java.time writes a time at a whole
              // minute without seconds ("2026-05-06T09:00+07:00"): those get ":00" first.
              + " CAST(substr(regexp_replace(dicatat_pada,"
              + " '^([0-9-]{10}T[0-9]{2}:[0-9]{2})([^:0-9]|$)', '\\1:00\\2'), 1, 19)"
              + " AS TIMESTAMP) FROM read_json("
              + SqlTeks.literal(log.toAbsolutePath().toString())
              + ", format = 'newline_delimited', columns = "
              + LogPengiriman.kolomDuckDb()
              + ")");
    }
  }
}

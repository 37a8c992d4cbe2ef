package id.go.lan.bangkom.portal;

import id.go.lan.bangkom.core.Periode;
import id.go.lan.bangkom.core.SqlTeks;
import id.go.lan.bangkom.core.Workspace;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A warehouse filled by hand for the portal's tests: the warehouse module's own schema, and rows
 * for two instansi whose figures the tests check on the pages. Instansi A ({@link #A}, Kabupaten
 * Bandung) and B ({@link #B}, Kabupaten Cilacap) are both KABUPATEN; Provinsi Jawa Tengah ({@link
 * #C}) did not report. The figures, worked by hand:
 *
 * <ul>
 *   <li>A: 200 people, 40 memenuhi + 60 sesuai target = 100 on track = 50.00 %.
 *   <li>B: 100 people, 50 + 30 = 80 on track = 80.00 %.
 *   <li>Peers of A (KABUPATEN, reporting): (100 + 80) / (200 + 100) = 60.00 %.
 *   <li>The nation's row says 61.25 %.
 * </ul>
 */
final class GudangUji {
  static final String A = "32.04";
  static final String B = "33.01";
  static final String C = "33";
  static final Periode P = new Periode(2026, 2);
  static final String ANALIS = "analis.jawa@instansi.example";

  /** Bytes of the letter to A, a real PDF header so browsers take it as one. */
  static final byte[] SURAT_A =
      "%PDF-1.4\n% surat sounding A\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  static final byte[] SURAT_B =
      "%PDF-1.4\n% surat sounding B\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  private GudangUji() {}

  static void tulis(Workspace ws) throws IOException, SQLException {
    Files.createDirectories(ws.warehouseDir());
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + ws.warehouse());
        Statement st = c.createStatement()) {
      for (String s : schema().split("(?m)^;\\s*$")) {
        if (!s.replaceAll("(?m)^--.*$", "").isBlank()) {
          st.execute(s);
        }
      }
      st.execute(
          "INSERT INTO dim_instansi VALUES"
              + " ('32.04', 'Pemerintah Kabupaten Bandung', 'KABUPATEN', '32', 'Jawa Barat'),"
              + " ('33.01', 'Pemerintah Kabupaten Cilacap', 'KABUPATEN', '33', 'Jawa Tengah'),"
              + " ('33', 'Pemerintah Provinsi Jawa Tengah', 'PROVINSI', '33', 'Jawa Tengah')");
      st.execute(
          "INSERT INTO kepatuhan_instansi VALUES"
              + " (2026, 2, '32.04', TRUE, 200, 40, 60, 70, 30, 5, 20.00, 50.00, 1900.00, 9.50,"
              + " 8.00),"
              + " (2026, 2, '33.01', TRUE, 100, 50, 30, 15, 5, 0, 50.00, 80.00, 1500.00, 15.00,"
              + " 14.00),"
              + " (2026, 2, '33', FALSE, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,"
              + " NULL, NULL),"
              + " (2026, 1, '32.04', TRUE, 198, 10, 50, 100, 38, 5, 5.05, 30.30, 900.00, 4.55,"
              + " 4.00)");
      st.execute(
          "INSERT INTO kepatuhan_nasional VALUES"
              + " (2026, 2, 606, 2, 0.33, 300, 90, 90, 85, 35, 30.00, 61.25, 3400.00, 11.33,"
              + " 10.00)");
      st.execute(
          "INSERT INTO sounding VALUES"
              + " (2026, 2, '32.04', 'MERAH', 200, 50.00, 0.00,"
              + " 'Persen on track 50,00 di bawah ambang 60,00', 'SOUNDING', NULL)");
      st.execute(
          "INSERT INTO training_rate_instansi VALUES"
              + " (2026, 2, '32.04', 55.00, 70.00, 68.00, 64.50, 'BAIK', NULL, 'PL1, MO2', 'PL1',"
              + " 12.00)");
      st.execute(
          "INSERT INTO training_rate_indikator VALUES"
              + " (2026, 2, '32.04', 'PELAKSANAAN', 'PL1', 15.00, 20.00, FALSE, TRUE, 20.00,"
              + " 12.00),"
              + " (2026, 2, '32.04', 'MONEV', 'MO2', 10.00, 40.00, FALSE, FALSE, 40.00, 6.00)");
      st.execute(
          "INSERT INTO kelemahan_instansi VALUES"
              + " (2026, 2, '32.04', 1, 'persen_jp_nonklasikal', 42.15, NULL, 42.47, 45.22, 3.07,"
              + " 'Porsi JP jalur nonklasikal 42,15 di bawah median pembanding (45,22).')");
      st.execute(
          "INSERT INTO proyeksi_instansi VALUES"
              + " (2026, 2, '32.04', 200, 20.00, 32.42, 29.97, 33.94, 3584.43, 100, 3765.00,"
              + " 'LAJU')");
      st.execute(
          "INSERT INTO dim_penugasan VALUES"
              + " ('32.04', 'LAN-JAW', 'Puslatbang Jawa', 'Analis Jawa', "
              + SqlTeks.literal(ANALIS)
              + ", 1, DATE '2026-01-01', NULL),"
              + " ('33', 'LAN-JAW', 'Puslatbang Jawa', 'Analis Jawa', "
              + SqlTeks.literal(ANALIS)
              + ", 1, DATE '2026-01-01', NULL)");
    }
    Path suratA = ws.reports(P).resolve("sounding").resolve(A);
    Path suratB = ws.reports(P).resolve("sounding").resolve(B);
    Files.createDirectories(suratA);
    Files.createDirectories(suratB);
    Files.write(suratA.resolve("surat-sounding-32.04-2026-CW2.pdf"), SURAT_A);
    Files.writeString(
        suratA.resolve("daftar-pegawai-32.04-2026-CW2.csv"), "nip,nama\n", StandardCharsets.UTF_8);
    Files.write(suratB.resolve("surat-sounding-33.01-2026-CW2.pdf"), SURAT_B);
    // A receipt of B's, for the history and its downloads.
    Path tandaB = ws.receipts().resolve(B).resolve(P.id()).resolve("v1");
    Files.createDirectories(tandaB);
    Files.writeString(
        tandaB.resolve("tanda-terima.json"),
        "{\"submisi_id\":\"33.01/2026-CW2/v1\",\"kode_instansi\":\"33.01\",\"periode\":\"2026-CW2\","
            + "\"versi\":1,\"diterima_pada\":\"2026-08-30T03:00:00Z\",\"baris_dibaca\":3,"
            + "\"baris_diterima\":3,\"baris_ditolak\":0,\"datasets\":{}}",
        StandardCharsets.UTF_8);
    Files.writeString(
        tandaB.resolve("tanda-terima.txt"), "TANDA TERIMA B\n", StandardCharsets.UTF_8);
  }

  private static String schema() throws IOException {
    try (InputStream in = GudangUji.class.getResourceAsStream("/bangkom/warehouse/schema.sql")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}

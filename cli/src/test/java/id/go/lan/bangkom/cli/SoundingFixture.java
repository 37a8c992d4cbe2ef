package id.go.lan.bangkom.cli;

import id.go.lan.bangkom.core.Periode;
import id.go.lan.bangkom.core.Workspace;
import id.go.lan.bangkom.schedules.delivery.LetterFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * A workspace whose warehouse has {@code count} MERAH notices for 2026-CW1 (kode 31, 32, ...), each
 * with a real letter PDF and CSV list, and a master list naming their PICs; {@code
 * bangkom.properties} holds the given lines.
 */
final class SoundingFixture {
  static final Periode PERIODE = new Periode(2026, 1);

  private SoundingFixture() {}

  static Workspace create(Path root, int count, String properties) throws Exception {
    Workspace ws = new Workspace(root);
    Files.createDirectories(ws.warehouseDir());
    StringBuilder master =
        new StringBuilder(
            "kode_instansi,nama_instansi,jenis_instansi,kode_provinsi,nama_provinsi,nama_pic,email_pic\n");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + ws.warehouse());
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE sounding (tahun INTEGER, caturwulan INTEGER, kode_instansi VARCHAR,"
              + " level VARCHAR, persen_on_track DECIMAL(5,2), alasan VARCHAR)");
      try (PreparedStatement p =
          c.prepareStatement("INSERT INTO sounding VALUES (2026, 1, ?, 'MERAH', 30, 'uji')")) {
        for (int i = 0; i < count; i++) {
          String kode = Integer.toString(31 + i);
          p.setString(1, kode);
          p.executeUpdate();
          master
              .append(kode)
              .append(",Provinsi ")
              .append(kode)
              .append(",PROVINSI,")
              .append(kode)
              .append(",X,PIC ")
              .append(kode)
              .append(",pic")
              .append(kode)
              .append("@instansi.example\n");
          Path pdf = LetterFiles.pdfPath(ws, PERIODE, kode);
          Files.createDirectories(pdf.getParent());
          try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.save(pdf.toFile());
          }
          Files.writeString(
              LetterFiles.listPath(ws, PERIODE, kode, "csv"),
              "nip,jp\n1,2\n",
              StandardCharsets.UTF_8);
        }
      }
    }
    Path masterCsv = root.resolve("instansi.csv");
    Files.writeString(masterCsv, master, StandardCharsets.UTF_8);
    Files.writeString(
        root.resolve("bangkom.properties"),
        "master.instansi=" + masterCsv.toString().replace("\\", "/") + "\n" + properties,
        StandardCharsets.UTF_8);
    return ws;
  }
}

package id.go.lan.bangkom.schedules.delivery;

import id.go.lan.bangkom.core.BangkomConfig;
import id.go.lan.bangkom.core.InstansiMaster;
import id.go.lan.bangkom.core.Periode;
import id.go.lan.bangkom.core.Workspace;
import id.go.lan.bangkom.core.kontrak.TahapSounding;
import id.go.lan.bangkom.schedules.ModuleSettings;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workspace with a warehouse {@code sounding} table (with the stages of the escalation ladder), a
 * master list (with the escalation addressee) and letters in the layout of the reports module: real
 * PDF, CSV and XLSX files.
 */
final class DeliveryFixture {
  static final Periode PERIODE = new Periode(2026, 1);

  /**
   * kode, level, persen on track, PIC e-mail and pimpinan e-mail (null = use the standard one,
   * {@code pic<kode>@...} and {@code pimpinan<kode>@...}; "" = blank in the master list).
   */
  record Row(String kode, String level, String persen, String email, String emailPimpinan) {
    Row(String kode, String level, String persen, String email) {
      this(kode, level, persen, email, null);
    }
  }

  /** A row of a later stage for the instansi {@code kode} (whose SOUNDING row is in the rows). */
  record Stage(String kode, TahapSounding tahap, String pemicu) {}

  static final List<Row> STANDARD =
      List.of(
          new Row("11", "MERAH", "41.5", null),
          new Row("12", "KUNING", "75.25", null),
          new Row("13", "DATA", null, null),
          new Row("14", "HIJAU", "100", null));

  final Workspace workspace;
  final InstansiMaster master;
  final BangkomConfig config;

  DeliveryFixture(Path root, List<Row> rows, Map<String, String> overrides) throws Exception {
    this(root, rows, List.of(), overrides);
  }

  DeliveryFixture(Path root, List<Row> rows, List<Stage> stages, Map<String, String> overrides)
      throws Exception {
    this.workspace = new Workspace(root);
    Files.createDirectories(workspace.warehouseDir());
    Path masterCsv = root.resolve("instansi.csv");
    writeMaster(masterCsv, rows);
    this.master = InstansiMaster.load(Optional.of(masterCsv));
    this.config = BangkomConfig.withOverrides(overrides);
    writeWarehouse(workspace.warehouse(), rows, stages);
    for (Row r : rows) {
      if (!r.level().equals("HIJAU")) {
        writeLetter(workspace, PERIODE, r.kode(), !r.level().equals("DATA"));
      }
    }
    for (Stage stage : stages) {
      writeStageLetter(workspace, PERIODE, stage.kode(), stage.tahap());
    }
  }

  /** The master list of {@code rows}, with the escalation addressee (columns 8 and 9). */
  static void writeMaster(Path masterCsv, List<Row> rows) throws IOException {
    StringBuilder csv =
        new StringBuilder(
            "kode_instansi,nama_instansi,jenis_instansi,kode_provinsi,nama_provinsi,nama_pic,email_pic,"
                + "jabatan_pimpinan,email_pimpinan\n");
    for (Row r : rows) {
      String email = r.email() != null ? r.email() : "pic" + r.kode() + "@instansi.example";
      String pimpinan =
          r.emailPimpinan() != null
              ? r.emailPimpinan()
              : "pimpinan" + r.kode() + "@instansi.example";
      csv.append(r.kode())
          .append(",Provinsi Uji ")
          .append(r.kode())
          .append(",PROVINSI,")
          .append(r.kode())
          .append(",Uji,Pak PIC ")
          .append(r.kode())
          .append(',')
          .append(email)
          .append(",Kepala BKD Provinsi Uji ")
          .append(r.kode())
          .append(',')
          .append(pimpinan)
          .append('\n');
    }
    Files.writeString(masterCsv, csv, StandardCharsets.UTF_8);
  }

  static Map<String, String> smtp(int port) {
    Map<String, String> m = new HashMap<>();
    m.put("pengiriman.smtp.host", "127.0.0.1");
    m.put("pengiriman.smtp.port", Integer.toString(port));
    m.put("pengiriman.smtp.keamanan", "NONE");
    m.put("pengiriman.smtp.batas_waktu_sambung_ms", "5000");
    m.put("pengiriman.smtp.batas_waktu_baca_ms", "5000");
    return m;
  }

  SoundingDelivery delivery() {
    return new SoundingDelivery(config, master, workspace);
  }

  SmtpSettings settings() {
    return SmtpSettings.from(ModuleSettings.of(config));
  }

  static void writeWarehouse(Path file, List<Row> rows) throws SQLException, IOException {
    writeWarehouse(file, rows, List.of());
  }

  /**
   * The warehouse's {@code sounding} as publish writes it: the SOUNDING row of every instansi and a
   * row per later stage, which copies level and figures from the SOUNDING row (the later stages'
   * rows are inserted first, so the reader's order is its own).
   */
  static void writeWarehouse(Path file, List<Row> rows, List<Stage> stages)
      throws SQLException, IOException {
    Files.deleteIfExists(file);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file);
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE sounding (tahun INTEGER, caturwulan INTEGER, kode_instansi VARCHAR,"
              + " level VARCHAR, jumlah_pegawai BIGINT, persen_on_track DECIMAL(5,2),"
              + " persen_baris_ditolak DECIMAL(5,2), alasan VARCHAR,"
              + " tahap VARCHAR NOT NULL DEFAULT 'SOUNDING', pemicu VARCHAR DEFAULT NULL)");
      try (PreparedStatement p =
          c.prepareStatement("INSERT INTO sounding VALUES (2026, 1, ?, ?, 10, ?, 0, ?, ?, ?)")) {
        for (Stage stage : stages) {
          Row r =
              rows.stream().filter(x -> x.kode().equals(stage.kode())).findFirst().orElseThrow();
          insert(p, r, stage.tahap(), stage.pemicu(), "Alasan uji " + stage.tahap());
        }
        for (Row r : rows) {
          insert(p, r, TahapSounding.SOUNDING, null, "Alasan uji " + r.level());
        }
      }
    }
  }

  private static void insert(
      PreparedStatement p, Row r, TahapSounding tahap, String pemicu, String alasan)
      throws SQLException {
    p.setString(1, r.kode());
    p.setString(2, r.level());
    p.setBigDecimal(3, r.persen() == null ? null : new java.math.BigDecimal(r.persen()));
    p.setString(4, alasan);
    p.setString(5, tahap.name());
    p.setString(6, pemicu);
    p.executeUpdate();
  }

  /** The letter of a later stage: a PDF of its own (two pages, so its bytes differ). */
  static void writeStageLetter(Workspace workspace, Periode periode, String kode, TahapSounding t)
      throws IOException {
    Path pdf = LetterFiles.pdfPath(workspace, periode, kode, t);
    Files.createDirectories(pdf.getParent());
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage());
      doc.addPage(new PDPage());
      doc.getDocumentInformation().setTitle(t.name() + " " + kode);
      doc.save(pdf.toFile());
    }
  }

  static void writeLetter(Workspace workspace, Periode periode, String kode, boolean withList)
      throws IOException {
    Path pdf = LetterFiles.pdfPath(workspace, periode, kode);
    Files.createDirectories(pdf.getParent());
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage());
      doc.save(pdf.toFile());
    }
    if (withList) {
      Files.writeString(
          LetterFiles.listPath(workspace, periode, kode, "csv"),
          "nip,nama,jp\n199001012020121001,Pegawai Uji,4\n",
          StandardCharsets.UTF_8);
      try (XSSFWorkbook wb = new XSSFWorkbook();
          OutputStream out =
              Files.newOutputStream(LetterFiles.listPath(workspace, periode, kode, "xlsx"))) {
        wb.createSheet("daftar").createRow(0).createCell(0).setCellValue("nip");
        wb.write(out);
      }
    }
  }
}

package id.go.lan.bangkom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.lan.bangkom.core.Workspace;
import id.go.lan.bangkom.core.WorkspaceLock;
import id.go.lan.bangkom.samples.SampleData;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code bangkom demo} in its own JVM on the shipped sample, then checks the warehouse against
 * the sample's expected figures, which data-samples/scripts/make_sample.py computed from its own
 * model of the sample (no code shared with the product).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EndToEndTest {
  @TempDir static Path dir;
  static Path workspace;
  static CliProcess.Result demo;
  static long demoSeconds;

  @BeforeAll
  static void runDemo() throws Exception {
    workspace = dir.resolve("ws");
    long start = System.nanoTime();
    demo = CliProcess.run(dir, "demo", "--workspace", workspace.toString());
    demoSeconds = (System.nanoTime() - start) / 1_000_000_000L;
  }

  private static Connection warehouse() throws SQLException {
    Properties p = new Properties();
    p.setProperty("duckdb.read_only", "true");
    return DriverManager.getConnection(
        "jdbc:duckdb:" + workspace.resolve("warehouse/bangkom.duckdb"), p);
  }

  private static List<Map<String, String>> expected(String name) throws IOException {
    try (InputStream in = SampleData.class.getResourceAsStream(SampleData.EXPECTED + "/" + name)) {
      assertThat(in).as("expected file %s", name).isNotNull();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String[] header = r.readLine().split(",", -1);
      List<Map<String, String>> rows = new ArrayList<>();
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        String[] f = line.split(",", -1);
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < header.length; i++) {
          row.put(header[i].trim(), i < f.length ? f[i].trim() : "");
        }
        rows.add(row);
      }
      return rows;
    }
  }

  @Test
  @Order(1)
  void demoRunsTheWholeCycleAndSaysWhereTheResultsAre() {
    assertThat(demo.exitCode()).as(demo.err()).isZero();
    assertThat(demo.out()).contains("Demo selesai", "Gudang data", "Laporan");
    // Issue 18.1: what the operator reads fits on a screen (steps, progress, results; a progress
    // line at most every 10 s of a slow step), and no log line reaches the console.
    // The periodic lines ("[n/total] ..., sisa ~N detik") come at most once per 10 s of a slow
    // step, so their number follows the machine's speed: bounded by the run's time; every other
    // line is a fixed screenful.
    List<String> periodic = demo.err().lines().filter(l -> l.startsWith("[")).toList();
    long lines = demo.out().lines().count() + demo.err().lines().count() - periodic.size();
    assertThat(lines).as(demo.out() + demo.err()).isLessThanOrEqualTo(50);
    assertThat((long) periodic.size()).as(demo.err()).isLessThanOrEqualTo(demoSeconds / 10 + 1);
    assertThat(demo.err()).doesNotContain("WARN", "INFO", "WindowExec", "Exception");
    assertThat(workspace.resolve("warehouse/bangkom.duckdb")).isRegularFile();
    assertThat(workspace.resolve("reports/2026-CW1/laporan-caturwulan-2026-CW1.pdf"))
        .isRegularFile();
    assertThat(workspace.resolve("reports/2026-CW3/laporan-caturwulan-2026-CW3.pdf"))
        .isRegularFile();
    assertThat(workspace.resolve("receipts")).isDirectory();
  }

  @Test
  @Order(2)
  void everyInstansiAndCutoffMatchesTheIndependentlyComputedExpectation() throws Exception {
    Map<String, Map<String, Object>> actual = new HashMap<>();
    try (Connection c = warehouse();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT k.*, s.level FROM kepatuhan_instansi k JOIN sounding s USING"
                    + " (tahun, caturwulan, kode_instansi) WHERE s.tahap = 'SOUNDING'")) {
      while (rs.next()) {
        Map<String, Object> row = new HashMap<>();
        for (String col :
            List.of(
                "melapor",
                "jumlah_pegawai",
                "jumlah_memenuhi",
                "jumlah_sesuai_target",
                "jumlah_tertinggal",
                "jumlah_belum_ada_jp",
                "level")) {
          row.put(col, rs.getObject(col));
        }
        actual.put(
            rs.getInt("tahun")
                + "-CW"
                + rs.getInt("caturwulan")
                + " "
                + rs.getString("kode_instansi"),
            row);
      }
    }
    assertThat(actual).hasSize(606 * 3);
    List<Map<String, String>> expected = expected("kepatuhan_instansi.csv");
    assertThat(expected).isNotEmpty();
    for (Map<String, String> e : expected) {
      String key = e.get("tahun") + "-CW" + e.get("caturwulan") + " " + e.get("kode_instansi");
      Map<String, Object> a = actual.get(key);
      assertThat(a).as(key).isNotNull();
      boolean melapor = Boolean.parseBoolean(e.get("melapor").toLowerCase(Locale.ROOT));
      assertThat(a.get("melapor")).as(key + " melapor").isEqualTo(melapor);
      if (melapor) {
        for (String col :
            List.of(
                "jumlah_pegawai",
                "jumlah_memenuhi",
                "jumlah_sesuai_target",
                "jumlah_tertinggal",
                "jumlah_belum_ada_jp")) {
          assertThat(((Number) a.get(col)).longValue())
              .as(key + " " + col)
              .isEqualTo(Long.parseLong(e.get(col)));
        }
      }
      assertThat(a.get("level")).as(key + " level").isEqualTo(e.get("level"));
    }
  }

  @Test
  @Order(3)
  void nationalFiguresMatchTheExpectation() throws Exception {
    for (Map<String, String> e : expected("kepatuhan_nasional.csv")) {
      try (Connection c = warehouse();
          Statement s = c.createStatement();
          ResultSet rs =
              s.executeQuery(
                  "SELECT * FROM kepatuhan_nasional WHERE tahun = "
                      + Integer.parseInt(e.get("tahun"))
                      + " AND caturwulan = "
                      + Integer.parseInt(e.get("caturwulan")))) {
        assertThat(rs.next()).isTrue();
        for (String col :
            List.of(
                "jumlah_instansi_melapor",
                "jumlah_pegawai",
                "jumlah_memenuhi",
                "jumlah_sesuai_target",
                "jumlah_tertinggal",
                "jumlah_belum_ada_jp")) {
          assertThat(rs.getLong(col)).as(e + " " + col).isEqualTo(Long.parseLong(e.get(col)));
        }
        assertThat(rs.getLong("jumlah_instansi")).isEqualTo(606);
      }
    }
  }

  @Test
  @Order(4)
  void everyInjectedFaultIsRejectedWithItsReasonAndNothingIsLost() throws Exception {
    Set<String> actual = new HashSet<>();
    try (Connection c = warehouse();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT kode_instansi, split_part(submisi_id, '/', 2) AS periode, berkas,"
                    + " nomor_baris, kode_alasan FROM penolakan")) {
      while (rs.next()) {
        actual.add(
            String.join(
                " ",
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                Long.toString(rs.getLong(4)),
                rs.getString(5)));
      }
    }
    List<Map<String, String>> expected = expected("penolakan.csv");
    assertThat(expected).isNotEmpty();
    for (Map<String, String> e : expected) {
      assertThat(actual)
          .contains(
              String.join(
                  " ",
                  e.get("kode_instansi"),
                  e.get("periode"),
                  e.get("berkas"),
                  e.get("nomor_baris"),
                  e.get("kode_alasan")));
    }
    try (Connection c = warehouse();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT count(*) FROM submisi WHERE baris_dibaca <> baris_diterima + baris_ditolak")) {
      rs.next();
      assertThat(rs.getLong(1)).isZero();
    }
  }

  @Test
  @Order(5)
  void theWarehouseHoldsNoRawNip() throws Exception {
    try (Connection c = warehouse();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT count(*) FROM information_schema.columns WHERE column_name IN ('nip', 'nama')")) {
      rs.next();
      assertThat(rs.getLong(1)).isZero();
    }
    try (Connection c = warehouse();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT count(*) FROM penolakan WHERE regexp_matches(pesan, '[0-9]{18}')")) {
      rs.next();
      assertThat(rs.getLong(1)).isZero();
    }
  }

  @Test
  @Order(5)
  void whatHoldsNamesNipsOrTheKeyIsReadableByTheOperatorOnly() throws Exception {
    assertThat(permissions(workspace.resolve("rahasia"))).isEqualTo("rwx------");
    assertThat(permissions(workspace.resolve("rahasia/kunci-nip"))).isEqualTo("rw-------");
    assertThat(permissions(workspace.resolve("receipts"))).isEqualTo("rwx------");
    Path lists = workspace.resolve("reports/2026-CW3/sounding");
    List<Path> instansi;
    try (java.util.stream.Stream<Path> s = Files.list(lists)) {
      instansi = s.filter(Files::isDirectory).toList();
    }
    assertThat(instansi).isNotEmpty();
    int withList = 0;
    for (Path folder : instansi) {
      List<Path> daftar;
      try (java.util.stream.Stream<Path> files = Files.list(folder)) {
        daftar = files.filter(f -> f.getFileName().toString().startsWith("daftar-")).toList();
      }
      if (daftar.isEmpty()) {
        continue; // a letter alone names no employee
      }
      withList++;
      assertThat(permissions(folder)).as(folder.toString()).isEqualTo("rwx------");
      for (Path f : daftar) {
        assertThat(permissions(f)).as(f.toString()).isEqualTo("rw-------");
      }
    }
    assertThat(withList).isPositive();
  }

  private static String permissions(Path p) throws IOException {
    return java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
  }

  @Test
  @Order(6)
  void theReportIsARealPdfWithEmbeddedFontsAndTheNationalFigures() throws Exception {
    String persen;
    try (Connection c = warehouse();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT persen_on_track, jumlah_instansi_melapor FROM kepatuhan_nasional WHERE"
                    + " tahun = 2026 AND caturwulan = 3")) {
      rs.next();
      persen = rs.getBigDecimal(1).setScale(2).toPlainString().replace('.', ',');
    }
    Path pdf = workspace.resolve("reports/2026-CW3/laporan-caturwulan-2026-CW3.pdf");
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).contains("Laporan Caturwulan", "2026", persen, "Halaman 1 dari");
      for (PDPage page : doc.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertThat(font.isEmbedded()).as(font.getName()).isTrue();
        }
      }
    }
  }

  /**
   * Issue 17's done-when: {@code ./bangkom portal} after the demo serves the demo's instansi, with
   * demo accounts printed once: an admin, an analis, and the PIC of every instansi that reported at
   * the newest cut-off (the warehouse says which). A PIC's login leads to its own standing page,
   * which shows its persen on track as the warehouse has it. A second start prints no account.
   */
  @Test
  @Order(6)
  void thePortalServesTheDemoWithItsAccountsPrintedOnce() throws Exception {
    Set<String> melapor = new HashSet<>();
    Map<String, String> persen = new HashMap<>();
    try (Connection c = warehouse();
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT kode_instansi, persen_on_track FROM kepatuhan_instansi WHERE melapor"
                    + " AND tahun * 10 + caturwulan = (SELECT max(tahun * 10 + caturwulan)"
                    + " FROM kepatuhan_instansi)")) {
      while (rs.next()) {
        melapor.add(rs.getString(1));
        // Indonesian decimal comma, two decimals, as the page prints a percentage (< 1000).
        persen.put(
            rs.getString(1), rs.getBigDecimal(2).setScale(2).toPlainString().replace('.', ','));
      }
    }
    assertThat(melapor).isNotEmpty();
    List<PortalProses.Akun> akun;
    try (PortalProses portal = PortalProses.mulai(dir, workspace)) {
      akun = portal.akunAwal();
      assertThat(akun.stream().filter(a -> a.peran().equals("ADMIN"))).hasSize(1);
      assertThat(akun.stream().filter(a -> a.peran().equals("ANALIS"))).hasSize(1);
      assertThat(
              akun.stream().filter(a -> a.peran().equals("PIC")).map(PortalProses.Akun::instansi))
          .containsExactlyInAnyOrderElementsOf(melapor);
      PortalProses.Akun pic =
          akun.stream().filter(a -> a.peran().equals("PIC")).findFirst().orElseThrow();
      String[] halaman = portal.masukDanBuka(pic.email(), pic.sandi());
      assertThat(halaman[0]).isEqualTo("200");
      assertThat(halaman[1]).isEqualTo("/instansi/" + pic.instansi());
      assertThat(halaman[2]).contains("<strong>" + persen.get(pic.instansi()) + " %</strong>");
    }
    try (PortalProses lagi = PortalProses.mulai(dir, workspace)) {
      // A letter's verification code, read off the PDF as a reader would, checks out publicly.
      Path surat;
      try (var s = Files.walk(workspace.resolve("reports"))) {
        surat =
            s.filter(
                    p -> p.getFileName().toString().matches("surat-sounding-.*-\\d{4}-CW\\d\\.pdf"))
                .filter(p -> !p.getFileName().toString().contains("gabungan"))
                .sorted()
                .findFirst()
                .orElseThrow();
      }
      String kodeInstansi = surat.getParent().getFileName().toString();
      String teks;
      try (PDDocument d = Loader.loadPDF(surat.toFile())) {
        teks = new PDFTextStripper().getText(d);
      }
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile("Kode verifikasi: ([0-9A-Z]{5}-[0-9A-Z]{5})")
              .matcher(teks);
      assertThat(m.find()).as(teks).isTrue();
      String[] asli = lagi.get("/verifikasi/" + m.group(1));
      assertThat(asli[0]).isEqualTo("200");
      assertThat(asli[1]).contains("Dokumen asli").contains("(" + kodeInstansi + ")");
      String[] palsu = lagi.get("/verifikasi/AAAAA-AAAAA");
      assertThat(palsu[0]).isEqualTo("404");
      assertThat(palsu[1]).contains("tidak dikenal");

      assertThat(lagi.akunAwal()).isEmpty();
      assertThat(lagi.keluaran).doesNotContain("sandi:");
      PortalProses.Akun admin =
          akun.stream().filter(a -> a.peran().equals("ADMIN")).findFirst().orElseThrow();
      String[] halaman = lagi.masukDanBuka(admin.email(), admin.sandi());
      assertThat(halaman[1]).isEqualTo("/admin");
    }
  }

  @Test
  @Order(7)
  void sqlPrintsCsvWithAHeader() throws Exception {
    CliProcess.Result r =
        CliProcess.run(
            dir,
            "sql",
            "--workspace",
            workspace.toString(),
            "-c",
            "select kode_instansi, melapor from kepatuhan_instansi order by kode_instansi limit 5",
            "--format",
            "csv");
    assertThat(r.exitCode()).as(r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(6);
    assertThat(lines.get(0)).isEqualTo("kode_instansi,melapor");
  }

  @Test
  @Order(8)
  void ingestingTheSameInboxAgainChangesNothing() throws Exception {
    CliProcess.Result r = CliProcess.run(dir, "ingest", "--workspace", workspace.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("Ingest selesai: 0 versi submisi baru");
  }

  @Test
  @Order(9)
  void badUsageExitsWith2AndOneClearLine() throws Exception {
    CliProcess.Result r =
        CliProcess.run(
            dir,
            "report",
            "caturwulan",
            "--workspace",
            workspace.toString(),
            "--periode",
            "2026-CW9");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.err()).contains("2026-CW9");
    CliProcess.Result unknown = CliProcess.run(dir, "terbangkan");
    assertThat(unknown.exitCode()).isEqualTo(2);
  }

  @Test
  @Order(10)
  void aLateRecordRecomputesTheCutoffAndRecordsEachChangedFigureAsARestatement() throws Exception {
    String nip;
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT nip FROM read_parquet('"
                    + workspace.resolve("lake/computed/kepatuhan_pegawai/periode=2026-CW1")
                    + "/*.parquet') WHERE kode_instansi = '53.01' AND status_pegawai = 'AKTIF'"
                    + " AND status = 'BELUM_ADA_JP' ORDER BY nip LIMIT 1")) {
      assertThat(rs.next()).isTrue();
      nip = rs.getString(1);
    }
    Path bangkom = workspace.resolve("inbox/53.01/2026-CW1/bangkom.csv");
    Files.writeString(
        bangkom,
        nip + ",Pelatihan Susulan,3,,2/3/2026,3/3/2026,12,BPSDM Provinsi,X/1\n",
        StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);
    // 53.01's roster at the end of 2025 (this employee, AKTIF), computed before any record of
    // 2025 arrives: its year end has 0 JP.
    Path roster = workspace.resolve("inbox/53.01/2025-CW3/pegawai.csv");
    Files.createDirectories(roster.getParent());
    Files.writeString(
        roster,
        "nip,nama,jenis_pegawai,jenis_jabatan,jabatan,unit_kerja,golongan,tmt_asn,status\n"
            + nip
            + ",Pegawai Uji,PNS,FUNGSIONAL,Analis,Bagian Umum,III/a,1/1/2015,AKTIF\n",
        StandardCharsets.UTF_8);
    String ws = workspace.toString();
    assertThat(CliProcess.run(dir, "ingest", "--workspace", ws).exitCode()).isZero();
    CliProcess.Result lastYear =
        CliProcess.run(dir, "transform", "--periode", "2025-CW3", "--workspace", ws);
    assertThat(lastYear.exitCode()).as(lastYear.err()).isZero();
    // The resent file also reports a training that ended in November 2025 (12 JP): it belongs to
    // 2025 (SPEC §3), so 2026-CW1 gains 12 JP, not 24, and 2025's year end is computed again.
    Files.writeString(
        bangkom,
        nip + ",Diklat Akhir Tahun,3,,17/11/2025,20/11/2025,12,BPSDM Provinsi,X/2\n",
        StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);
    assertThat(CliProcess.run(dir, "ingest", "--workspace", ws).exitCode()).isZero();
    byte[] published = Files.readAllBytes(workspace.resolve("warehouse/bangkom.duckdb"));
    CliProcess.Running transform =
        CliProcess.start(dir, "transform", "--periode", "2026-CW1", "--workspace", ws);
    // A publish while that transform works is refused at once and leaves the warehouse alone.
    Workspace w = new Workspace(workspace);
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    while (!WorkspaceLock.isHeld(w) && transform.process().isAlive()) {
      assertThat(System.nanoTime()).as("transform took the workspace lock").isLessThan(deadline);
      Thread.sleep(20);
    }
    CliProcess.Result during = CliProcess.run(dir, "publish", "--workspace", ws);
    assertThat(transform.process().isAlive()).as("transform still running").isTrue();
    assertThat(during.exitCode()).as(during.err()).isEqualTo(1);
    assertThat(during.err().strip())
        .startsWith("Galat: Folder kerja " + workspace + " sedang diolah oleh perintah lain")
        .contains("(transform, pid " + transform.process().pid() + ", mulai ")
        .endsWith("publish tidak dijalankan. Tunggu sampai perintah itu selesai, lalu ulangi.");
    assertThat(Files.readAllBytes(workspace.resolve("warehouse/bangkom.duckdb")))
        .isEqualTo(published);
    CliProcess.Result transformed = transform.await();
    assertThat(transformed.exitCode()).as(transformed.err()).isZero();
    assertThat(transformed.out()).contains("Dihitung ulang: 2025-CW3");
    // What a publish killed mid-way would have left; the next publish clears it.
    Path killed = workspace.resolve("warehouse/bangkom.duckdb.tmp-mati");
    Files.writeString(killed, "setengah", StandardCharsets.UTF_8);
    Files.writeString(Path.of(killed + ".wal"), "wal", StandardCharsets.UTF_8);
    assertThat(CliProcess.run(dir, "publish", "--workspace", ws).exitCode()).isZero();
    try (java.util.stream.Stream<Path> files = Files.list(workspace.resolve("warehouse"))) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("bangkom.duckdb");
    }
    Map<String, String[]> ralat = new HashMap<>();
    try (Connection c = warehouse();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT ukuran, nilai_lama, nilai_baru, alasan FROM ralat WHERE tahun = 2026 AND"
                    + " caturwulan = 1 AND kode_instansi = '53.01' AND tabel = 'kepatuhan_instansi'")) {
      while (rs.next()) {
        ralat.put(
            rs.getString(1), new String[] {rs.getString(2), rs.getString(3), rs.getString(4)});
      }
    }
    // One employee moves from 0 JP to 12 JP (above the 6.67 due at CW1): one more on track,
    // one fewer at 0 JP, 12 more JP in total.
    long lama = Long.parseLong(ralat.get("jumlah_belum_ada_jp")[0]);
    assertThat(Long.parseLong(ralat.get("jumlah_belum_ada_jp")[1])).isEqualTo(lama - 1);
    long sesuai = Long.parseLong(ralat.get("jumlah_sesuai_target")[0]);
    assertThat(Long.parseLong(ralat.get("jumlah_sesuai_target")[1])).isEqualTo(sesuai + 1);
    assertThat(new java.math.BigDecimal(ralat.get("total_jp")[1]))
        .isEqualByComparingTo(
            new java.math.BigDecimal(ralat.get("total_jp")[0])
                .add(java.math.BigDecimal.valueOf(12)));
    assertThat(ralat.get("total_jp")[2]).contains("53.01/2026-CW1/v3");
  }

  @Test
  @Order(11)
  void lastYearsRecordSentThisYearCountsAtLastYearsEndWithARestatement() throws Exception {
    // The run of the test before: 2025-CW3 computed, then the 2025 record arrived with 2026-CW1.
    try (Connection c = warehouse();
        Statement s = c.createStatement()) {
      // 2025's year end: the one employee now has 12 JP (below 20: TERTINGGAL, no longer 0 JP).
      try (ResultSet rs =
          s.executeQuery(
              "SELECT total_jp, jumlah_belum_ada_jp, jumlah_tertinggal FROM kepatuhan_instansi"
                  + " WHERE tahun = 2025 AND caturwulan = 3 AND kode_instansi = '53.01'")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getBigDecimal(1)).isEqualByComparingTo("12");
        assertThat(rs.getLong(2)).isZero();
        assertThat(rs.getLong(3)).isEqualTo(1);
      }
      try (ResultSet rs =
          s.executeQuery(
              "SELECT nilai_lama, nilai_baru, alasan FROM ralat WHERE tahun = 2025 AND"
                  + " caturwulan = 3 AND kode_instansi = '53.01' AND tabel = 'kepatuhan_instansi'"
                  + " AND ukuran = 'total_jp'")) {
        assertThat(rs.next()).isTrue();
        assertThat(new java.math.BigDecimal(rs.getString(1))).isEqualByComparingTo("0");
        assertThat(new java.math.BigDecimal(rs.getString(2))).isEqualByComparingTo("12");
        assertThat(rs.getString(3)).contains("53.01/2026-CW1/v3");
      }
      // The warehouse's record-level table agrees with the year end again.
      try (ResultSet rs =
          s.executeQuery(
              "SELECT sum(jp) FROM bangkom_instansi WHERE tahun = 2025 AND caturwulan = 3"
                  + " AND kode_instansi = '53.01'")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getBigDecimal(1)).isEqualByComparingTo("12");
      }
    }
  }

  @Test
  @Order(12)
  void everyRestatedFigureIsARalatAndTheReissuedReportCountsThem() throws Exception {
    long restated;
    try (Connection c = warehouse();
        Statement s = c.createStatement()) {
      // The 12 JP of the test before reach every grain that holds that employee: the nation and
      // 53.01's jenis instansi gain exactly 12 JP in total (one record, nothing else resent).
      for (String tabel : List.of("kepatuhan_nasional", "kepatuhan_jenis_instansi")) {
        try (ResultSet rs =
            s.executeQuery(
                "SELECT nilai_lama, nilai_baru FROM ralat WHERE tahun = 2026 AND caturwulan = 1"
                    + " AND tabel = '"
                    + tabel
                    + "' AND ukuran = 'total_jp'")) {
          assertThat(rs.next()).as(tabel).isTrue();
          assertThat(new java.math.BigDecimal(rs.getString(2)))
              .as(tabel)
              .isEqualByComparingTo(
                  new java.math.BigDecimal(rs.getString(1)).add(java.math.BigDecimal.valueOf(12)));
          assertThat(rs.next()).as(tabel + ": one changed total").isFalse();
        }
      }
      try (ResultSet rs =
          s.executeQuery("SELECT count(*) FROM ralat WHERE tahun = 2026 AND caturwulan = 1")) {
        rs.next();
        restated = rs.getLong(1);
      }
    }
    // All of them happened after the demo issued the CW1 report: the re-issue counts them all.
    CliProcess.Result r =
        CliProcess.run(
            dir,
            "report",
            "caturwulan",
            "--periode",
            "2026-CW1",
            "--workspace",
            workspace.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    Path pdf = workspace.resolve("reports/2026-CW1/laporan-caturwulan-2026-CW1.pdf");
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      assertThat(text)
          .contains("Ralat: sejak laporan sebelumnya (diterbitkan ")
          .contains(
              " WIB), "
                  + java.text.NumberFormat.getIntegerInstance(Locale.forLanguageTag("id-ID"))
                      .format(restated)
                  + " angka periode ini berubah")
          .contains("SELECT * FROM ralat WHERE tahun = 2026 AND caturwulan = 1");
    }
  }

  @Test
  @Order(13)
  void noShownTargetContradictsAStatus() throws Exception {
    try (Connection c = warehouse();
        Statement s = c.createStatement()) {
      // On track (SESUAI_TARGET) exactly when JP reach the shown cumulative target.
      try (ResultSet rs =
          s.executeQuery(
              "SELECT count(*) FROM kepatuhan_pegawai WHERE status_pegawai = 'AKTIF' AND ("
                  + "(status = 'SESUAI_TARGET' AND jp < target_kumulatif)"
                  + " OR (status IN ('TERTINGGAL', 'BELUM_ADA_JP') AND jp >= target_kumulatif))")) {
        rs.next();
        assertThat(rs.getLong(1)).isZero();
      }
      // A full-year employee's shown targets: 20 * 4/12, 8/12, 12/12 rounded up to cents.
      try (ResultSet rs =
          s.executeQuery(
              "SELECT caturwulan, min(target_kumulatif) FILTER (WHERE target_tahunan = 20)"
                  + " , max(target_kumulatif) FILTER (WHERE target_tahunan = 20)"
                  + " FROM kepatuhan_pegawai WHERE tahun = 2026 AND year(tmt_asn) < 2026"
                  + " GROUP BY caturwulan ORDER BY caturwulan")) {
        List<String> targets = new ArrayList<>();
        while (rs.next()) {
          targets.add(
              rs.getInt(1) + ":" + rs.getBigDecimal(2).toPlainString() + "-" + rs.getBigDecimal(3));
        }
        assertThat(targets).containsExactly("1:6.67-6.67", "2:13.34-13.34", "3:20.00-20.00");
      }
    }
  }

  /**
   * Issue 16.1-16.3 through the commands an analis uses, on the demo's workspace (which imported
   * the shipped assignment): the worklist of the analis of 32.04 holds exactly their instansi in
   * urgency order; a filled copy is imported (one row refused, two recorded), imported again adds
   * nothing, and after publish the next worklist shows the contact and the promise.
   */
  @Test
  @Order(14)
  void anAnalisGetsTheirWorklistAndTheFilledCopyComesBackAsFollowUps() throws Exception {
    // The assignment as shipped, read apart from the product: the analis of 32.04 and theirs.
    Map<String, String> analisOf = new HashMap<>();
    try (InputStream in = SampleData.class.getResourceAsStream(SampleData.PENUGASAN)) {
      List<String> lines =
          new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).toList();
      for (String line : lines) {
        // kode first, e-mail last (names may be quoted and hold a comma; neither of these can).
        String[] f = line.split(",", -1);
        analisOf.put(f[0], f[f.length - 1]);
      }
    }
    String email = analisOf.get("32.04");
    Set<String> theirs = new HashSet<>();
    analisOf.forEach(
        (kode, e) -> {
          if (e.equals(email)) {
            theirs.add(kode);
          }
        });
    Map<String, String> level = new HashMap<>();
    try (Connection c = warehouse();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT kode_instansi, level FROM sounding WHERE tahun = 2026 AND caturwulan = 3"
                    + " AND tahap = 'SOUNDING'")) {
      while (rs.next()) {
        level.put(rs.getString(1), rs.getString(2));
      }
    }
    String ws = workspace.toString();
    CliProcess.Result daftar =
        CliProcess.run(dir, "tindak-lanjut", "daftar", "--periode", "2026-CW3", "--workspace", ws);
    assertThat(daftar.exitCode()).as(daftar.err()).isZero();
    Path xlsx =
        workspace.resolve(
            "reports/2026-CW3/tindak-lanjut/daftar-"
                + email.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                + ".xlsx");
    List<String> urutan = List.of("MERAH", "DATA", "KUNING", "HIJAU");
    Path diisi = dir.resolve("daftar-diisi.xlsx");
    String refusedKode;
    String otherKode;
    try (org.apache.poi.xssf.usermodel.XSSFWorkbook book =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(xlsx))) {
      org.apache.poi.ss.usermodel.Sheet sheet = book.getSheet("Daftar");
      Map<String, Integer> col = new HashMap<>();
      for (org.apache.poi.ss.usermodel.Cell cell : sheet.getRow(0)) {
        col.put(cell.getStringCellValue(), cell.getColumnIndex());
      }
      List<String> kodes = new ArrayList<>();
      int previousRank = 0;
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        org.apache.poi.ss.usermodel.Row row = sheet.getRow(r);
        String kode = row.getCell(col.get("kode_instansi")).getStringCellValue();
        String lv = row.getCell(col.get("level")).getStringCellValue();
        assertThat(lv).as(kode).isEqualTo(level.get(kode));
        assertThat(urutan.indexOf(lv))
            .as("urgency order at " + kode)
            .isGreaterThanOrEqualTo(previousRank);
        previousRank = urutan.indexOf(lv);
        kodes.add(kode);
      }
      assertThat(kodes).containsExactlyInAnyOrderElementsOf(theirs);
      int row3204 = kodes.indexOf("32.04") + 1;
      refusedKode = kodes.get(row3204 == 1 ? 1 : 0);
      otherKode = kodes.get(kodes.size() - 1);
      fill(
          sheet,
          col,
          row3204,
          "2026-09-15",
          "TELEPON",
          "Kepala BKPSDM",
          "Data akan dilengkapi",
          "Kirim ulang data bangkom",
          "2026-10-15");
      fill(
          sheet,
          col,
          kodes.indexOf(refusedKode) + 1,
          "2026-09-16",
          "EMAIL",
          "",
          "Dikirimi surel",
          "",
          "");
      fill(
          sheet,
          col,
          kodes.indexOf(otherKode) + 1,
          "16/9/2026",
          "WHATSAPP",
          "",
          "Surat diterima",
          "",
          "");
      try (java.io.OutputStream out = Files.newOutputStream(diisi)) {
        book.write(out);
      }
    }
    CliProcess.Result impor =
        CliProcess.run(
            dir, "tindak-lanjut", "impor", diisi.toString(), "--oleh", email, "--workspace", ws);
    // One row refused (an unknown channel): exit 1, the row named with column and value.
    assertThat(impor.exitCode()).as(impor.out() + impor.err()).isEqualTo(1);
    assertThat(impor.out() + impor.err())
        .contains("Ditolak: daftar-diisi.xlsx baris")
        .contains("kolom saluran, nilai \"EMAIL\"")
        .contains("3 baris terisi, 2 diterima, 0 sudah tercatat, 1 ditolak");
    CliProcess.Result again =
        CliProcess.run(
            dir, "tindak-lanjut", "impor", diisi.toString(), "--oleh", email, "--workspace", ws);
    assertThat(again.out() + again.err()).contains("2 sudah tercatat, 1 ditolak");
    CliProcess.Result published = CliProcess.run(dir, "publish", "--workspace", ws);
    assertThat(published.exitCode()).as(published.err()).isZero();
    try (Connection c = warehouse();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT kode_instansi, tanggal, saluran, janji_tanggal, dicatat_oleh, sumber"
                    + " FROM tindak_lanjut ORDER BY kode_instansi")) {
      List<String> rows = new ArrayList<>();
      while (rs.next()) {
        rows.add(
            rs.getString(1)
                + " "
                + rs.getString(2)
                + " "
                + rs.getString(3)
                + " "
                + rs.getString(4)
                + " "
                + rs.getString(5)
                + " "
                + rs.getString(6).startsWith("daftar-diisi.xlsx#"));
      }
      List<String> expected =
          new ArrayList<>(
              List.of(
                  "32.04 2026-09-15 TELEPON 2026-10-15 " + email + " true",
                  otherKode + " 2026-09-16 WHATSAPP null " + email + " true"));
      java.util.Collections.sort(expected);
      assertThat(rows).containsExactlyElementsOf(expected);
    }
    // The next worklist carries the contact and the promise.
    daftar =
        CliProcess.run(dir, "tindak-lanjut", "daftar", "--periode", "2026-CW3", "--workspace", ws);
    assertThat(daftar.exitCode()).as(daftar.err()).isZero();
    try (org.apache.poi.xssf.usermodel.XSSFWorkbook book =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(xlsx))) {
      org.apache.poi.ss.usermodel.Sheet sheet = book.getSheet("Daftar");
      Map<String, Integer> col = new HashMap<>();
      for (org.apache.poi.ss.usermodel.Cell cell : sheet.getRow(0)) {
        col.put(cell.getStringCellValue(), cell.getColumnIndex());
      }
      boolean found = false;
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        org.apache.poi.ss.usermodel.Row row = sheet.getRow(r);
        if (row.getCell(col.get("kode_instansi")).getStringCellValue().equals("32.04")) {
          found = true;
          assertThat(row.getCell(col.get("tindak_lanjut_terakhir")).getStringCellValue())
              .contains("TELEPON");
          assertThat(row.getCell(col.get("janji_terakhir")).getStringCellValue())
              .contains("Kirim ulang data bangkom");
        }
      }
      assertThat(found).isTrue();
    }
  }

  private static void fill(
      org.apache.poi.ss.usermodel.Sheet sheet,
      Map<String, Integer> col,
      int rowIndex,
      String... values) {
    List<String> names =
        List.of("tanggal", "saluran", "kontak", "hasil", "janji_tindakan", "janji_tanggal");
    org.apache.poi.ss.usermodel.Row row = sheet.getRow(rowIndex);
    for (int i = 0; i < names.size(); i++) {
      int c = col.get(names.get(i));
      org.apache.poi.ss.usermodel.Cell cell = row.getCell(c);
      if (cell == null) {
        cell = row.createCell(c);
      }
      cell.setCellValue(values[i]);
    }
  }
}

package id.go.lan.bangkom.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.lan.bangkom.core.BangkomConfig;
import id.go.lan.bangkom.core.Kemajuan;
import id.go.lan.bangkom.core.Periode;
import id.go.lan.bangkom.core.SqlTeks;
import id.go.lan.bangkom.core.Workspace;
import id.go.lan.bangkom.core.WorkspaceLock;
import id.go.lan.bangkom.core.kontrak.SelKecil;
import id.go.lan.bangkom.core.kontrak.TabelHitungan;
import id.go.lan.bangkom.ingestion.Lake;
import id.go.lan.bangkom.transforms.TestSpark;
import id.go.lan.bangkom.transforms.TransformJob;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Publish swaps a new file in atomically, fails without harm, and lets one writer in at a time. */
class WarehousePublishTest {
  @TempDir Path dir;

  @Test
  void aReaderInAnotherProcessKeepsItsViewAndTheNextReaderSeesTheNewData() throws Exception {
    Workspace ws = WarehouseFixture.copy(dir.resolve("ws"));
    long before = count(ws, "submisi");
    Process reader = start("read", ws.warehouse().toString(), "SELECT count(*) FROM submisi");
    try (BufferedReader out = output(reader);
        Writer in = new OutputStreamWriter(reader.getOutputStream(), StandardCharsets.UTF_8)) {
      assertThat(out.readLine()).isEqualTo("hasil=" + before);

      dropOneSubmissionVersion(ws);
      new WarehousePublisher(WarehouseFixture.config(), WarehouseFixture.master(), ws).publish();

      in.write("lagi\n");
      in.flush();
      assertThat(out.readLine())
          .as("the open reader still answers the old data")
          .isEqualTo("hasil=" + before);
      assertThat(count(ws, "submisi")).as("a new reader sees the new data").isEqualTo(before - 1);
      in.close();
      assertThat(reader.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(reader.exitValue()).isZero();
    } finally {
      reader.destroyForcibly();
    }
    try (Stream<Path> files = Files.list(ws.warehouseDir())) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .as("no temporary files left")
          .containsExactly("bangkom.duckdb");
    }
  }

  @Test
  void aCorruptComputedFileLeavesTheOldWarehouseIntact() throws Exception {
    Workspace ws = WarehouseFixture.copy(dir.resolve("ws"));
    byte[] old = Files.readAllBytes(ws.warehouse());
    Path folder = firstPeriodFolder(ws, "kepatuhan_instansi");
    Files.writeString(
        folder.resolve("part-rusak.parquet"), "bukan parquet", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> publisher(ws).publish())
        .hasMessageStartingWith("Gudang data tidak diterbitkan (gudang lama tetap dipakai)")
        .hasMessageContaining("kepatuhan_instansi");
    assertThat(Files.readAllBytes(ws.warehouse())).isEqualTo(old);
    assertThat(count(ws, "kepatuhan_instansi")).isPositive();
    try (Stream<Path> files = Files.list(ws.warehouseDir())) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("bangkom.duckdb");
    }
  }

  @Test
  void aDuplicateKeyFailsNamingTableAndKeyAndLeavesTheOldWarehouse() throws Exception {
    Workspace ws = WarehouseFixture.copy(dir.resolve("ws"));
    byte[] old = Files.readAllBytes(ws.warehouse());
    Path folder = firstPeriodFolder(ws, "kepatuhan_instansi");
    try (Stream<Path> files = Files.list(folder)) {
      Path part = files.filter(p -> p.toString().endsWith(".parquet")).findFirst().orElseThrow();
      Files.copy(part, folder.resolve("part-ganda.parquet"));
    }

    assertThatThrownBy(() -> publisher(ws).publish())
        .hasMessageContaining("tabel kepatuhan_instansi memuat kunci ganda")
        .hasMessageContaining("(tahun, caturwulan, kode_instansi) = (20");
    assertThat(Files.readAllBytes(ws.warehouse())).isEqualTo(old);
  }

  @Test
  void aDuplicateEmployeeRowIsFoundByTheDocumentedKeyCheck() throws Exception {
    Workspace ws = WarehouseFixture.copy(dir.resolve("ws"));
    byte[] old = Files.readAllBytes(ws.warehouse());
    Path folder = firstPeriodFolder(ws, "kepatuhan_pegawai");
    try (Stream<Path> files = Files.list(folder)) {
      Path part = files.filter(p -> p.toString().endsWith(".parquet")).findFirst().orElseThrow();
      Files.copy(part, folder.resolve("part-ganda.parquet"));
    }

    assertThatThrownBy(() -> publisher(ws).publish())
        .hasMessageContaining(
            "tabel kepatuhan_pegawai memuat kunci ganda (tahun, caturwulan, kode_instansi,"
                + " nip_hash) = (20");
    assertThat(Files.readAllBytes(ws.warehouse())).isEqualTo(old);
  }

  @Test
  void aPublishWhileATransformRunsInAnotherProcessIsRefusedWithAClearMessage() throws Exception {
    Workspace ws = WarehouseFixture.copy(dir.resolve("ws"));
    byte[] old = Files.readAllBytes(ws.warehouse());
    Process holder = start("lock", ws.root().toString());
    try (BufferedReader out = output(holder)) {
      assertThat(out.readLine()).isEqualTo("terkunci");
      assertThat(WorkspaceLock.isHeld(ws)).isTrue();
      assertThatThrownBy(() -> publisher(ws).publish())
          .isInstanceOf(WorkspaceLock.Sibuk.class)
          .hasMessageStartingWith(
              "Folder kerja " + ws.root() + " sedang diolah oleh perintah lain (transform, pid ")
          .hasMessageContaining("pid " + holder.pid() + ", mulai ")
          .hasMessageEndingWith(
              "); publish tidak dijalankan. Tunggu sampai perintah itu selesai, lalu ulangi.");
      assertThat(Files.readAllBytes(ws.warehouse())).isEqualTo(old);
      holder.getOutputStream().close();
      assertThat(holder.waitFor(60, TimeUnit.SECONDS)).isTrue();
    } finally {
      holder.destroyForcibly();
    }
    // Once the other publish is done, publishing works again.
    assertThat(publisher(ws).publish()).isEqualTo(ws.warehouse());
  }

  @Test
  void aPeriodWhoseTransformDidNotFinishIsNotPublishedAndTheOldWarehouseStays() throws Exception {
    Workspace ws = WarehouseFixture.copy(dir.resolve("ws"));
    byte[] old = Files.readAllBytes(ws.warehouse());
    // What a transform killed mid-way leaves: its marker was removed before it wrote anything.
    Path marker = ws.computed("_selesai").resolve("periode=2026-CW2").resolve("SELESAI");
    assertThat(marker).isRegularFile();
    Files.delete(marker);

    assertThatThrownBy(() -> publisher(ws).publish())
        .hasMessage(
            "Gudang data tidak diterbitkan (gudang lama tetap dipakai): perhitungan periode"
                + " 2026-CW2 belum selesai (transform terhenti atau gagal). Jalankan transform"
                + " --periode 2026-CW2 lalu publish lagi.");
    assertThat(Files.readAllBytes(ws.warehouse())).isEqualTo(old);
  }

  @Test
  void aTransformThatFailsLeavesItsPeriodIncompleteAndPublishSaysSo() throws Exception {
    Workspace ws = WarehouseFixture.copy(dir.resolve("ws"));
    Periode cw1 = Periode.parse("2026-CW1");
    Path roster = Lake.open(ws).inForce("pegawai", cw1).get(0);
    Files.writeString(roster, "bukan parquet", StandardCharsets.UTF_8);
    TransformJob job =
        new TransformJob(
            TestSpark.session(), WarehouseFixture.config(), WarehouseFixture.master(), ws);

    assertThatThrownBy(() -> job.run(cw1)).isNotNull();
    assertThat(WorkspaceLock.isHeld(ws)).isFalse();
    assertThatThrownBy(() -> publisher(ws).publish())
        .hasMessageContaining("perhitungan periode 2026-CW1 belum selesai");
  }

  @Test
  void whatAKilledPublishLeftIsRemovedByTheNextOne() throws Exception {
    Workspace ws = WarehouseFixture.copy(dir.resolve("ws"));
    Path dead = ws.warehouseDir().resolve("bangkom.duckdb.tmp-0d1e");
    Files.writeString(dead, "setengah jadi", StandardCharsets.UTF_8);
    Files.writeString(Path.of(dead + ".wal"), "wal", StandardCharsets.UTF_8);
    Files.createDirectories(Path.of(dead + ".tmp").resolve("spill"));
    Files.writeString(ws.warehouseDir().resolve(".publish.lock"), "", StandardCharsets.UTF_8);

    assertThat(publisher(ws).publish()).isEqualTo(ws.warehouse());
    try (Stream<Path> files = Files.list(ws.warehouseDir())) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("bangkom.duckdb");
    }
  }

  @Test
  void theTargetOfEachYearIsPublishedWithWhetherTheYearHasItsOwn() throws Exception {
    Workspace ws = WarehouseFixture.copy(dir.resolve("ws"));
    Map<String, String> overrides = new HashMap<>();
    overrides.put("privasi.kunci_nip", WarehouseFixture.KEY);
    overrides.put("duckdb.memory_limit", "1GB");
    overrides.put("target.jp.PNS.2026", "24");
    overrides.put("target.jp.PPPK", "22");
    new WarehousePublisher(BangkomConfig.withOverrides(overrides), WarehouseFixture.master(), ws)
        .publish();
    List<String> rows = new ArrayList<>();
    List<Integer> years = new ArrayList<>();
    try (Connection c = WarehouseFixture.readOnly(ws.warehouse());
        Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("SELECT DISTINCT tahun FROM dim_periode ORDER BY 1")) {
        while (rs.next()) {
          years.add(rs.getInt(1));
        }
      }
      try (ResultSet rs =
          s.executeQuery(
              "SELECT tahun, jenis_pegawai, target_jp_tahunan, khusus_tahun FROM dim_target_jp"
                  + " WHERE tahun = 2026 ORDER BY jenis_pegawai")) {
        while (rs.next()) {
          rows.add(
              rs.getInt(1)
                  + " "
                  + rs.getString(2)
                  + " "
                  + rs.getBigDecimal(3).stripTrailingZeros().toPlainString()
                  + " "
                  + rs.getBoolean(4));
        }
      }
      assertThat(years).contains(2026);
      assertThat(count(ws, "dim_target_jp")).isEqualTo(3L * years.size());
    }
    // PNS has its own 2026 target; CPNS keeps the default 20; PPPK takes target.jp.PPPK for
    // every year.
    assertThat(rows)
        .containsExactly("2026 CPNS 20 false", "2026 PNS 24 true", "2026 PPPK 22 false");
  }

  @Test
  void aBadSmallCellSettingIsRefusedBeforeAnythingIsBuilt() {
    // Refused when the configuration is loaded (issue 18.3), before any publisher exists.
    assertThatThrownBy(
            () ->
                id.go.lan.bangkom.core.BangkomConfig.withOverrides(
                    java.util.Map.of(SelKecil.KUNCI, "nol")))
        .hasMessage(
            "Nilai konfigurasi tidak sah untuk privasi.sel_minimum: \"nol\""
                + " (harus bilangan bulat paling kecil 1)");
  }

  @Test
  void publishReportsEachStepToTheProgressFromFirstToLast() throws Exception {
    Workspace ws = WarehouseFixture.copy(dir.resolve("ws"));
    List<String> seen = new ArrayList<>();
    long[] total = {-1};
    Kemajuan rekam =
        new Kemajuan() {
          @Override
          public void mulai(String langkah, long jumlah) {
            seen.add("mulai " + langkah);
            total[0] = jumlah;
          }

          @Override
          public void maju(long selesai, String keterangan) {
            seen.add(selesai + " " + keterangan);
          }

          @Override
          public void selesai() {
            seen.add("selesai");
          }
        };

    publisher(ws).publish(rekam);

    assertThat(total[0]).isGreaterThan(TabelHitungan.SEMUA.size());
    assertThat(seen).hasSize((int) total[0] + 2);
    assertThat(seen.get(0)).isEqualTo("mulai Publish gudang data");
    assertThat(seen.get(1)).isEqualTo("1 dimensi tetap");
    assertThat(seen)
        .anyMatch(l -> l.endsWith(" kepatuhan_pegawai"))
        .anyMatch(l -> l.endsWith(" bangkom_ringkas"))
        .doesNotHaveDuplicates();
    assertThat(seen.get(seen.size() - 2)).isEqualTo(total[0] + " pemeriksaan privasi");
    assertThat(seen.get(seen.size() - 1)).isEqualTo("selesai");
  }

  @Test
  void aPeriodComputedByAnOlderReleaseWithoutBangkomRingkasIsNotPublished() throws Exception {
    Workspace ws = WarehouseFixture.copy(dir.resolve("ws"));
    byte[] old = Files.readAllBytes(ws.warehouse());
    WarehouseFiles.deleteTree(ws.computed("bangkom_ringkas").resolve("periode=2026-CW2"));

    assertThatThrownBy(() -> publisher(ws).publish())
        .hasMessage(
            "Gudang data tidak diterbitkan (gudang lama tetap dipakai): periode 2026-CW2"
                + " dihitung oleh versi lama (tanpa bangkom_ringkas). Jalankan transform"
                + " --periode 2026-CW2 lalu publish lagi.");
    assertThat(Files.readAllBytes(ws.warehouse())).isEqualTo(old);
  }

  @Test
  void bangkomRingkasTakesEachYearFromTheLatestCutOffThatHoldsIt() throws Exception {
    Workspace ws = WarehouseFixture.sample();
    Path folder = ws.computed("bangkom_ringkas");
    try (Connection c = WarehouseFixture.readOnly(ws.warehouse());
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT (SELECT count(*) FROM bangkom_ringkas),"
                    + " (SELECT count(*) FROM read_parquet("
                    + SqlTeks.literal(folder.resolve("periode=2026-CW3") + "/*.parquet")
                    + ")), (SELECT count(*) FROM read_parquet("
                    + SqlTeks.literal(folder.resolve("periode=2026-CW1") + "/*.parquet")
                    + "))")) {
      rs.next();
      // The sample is one year: CW3 holds every record of it, CW1 what was known by then.
      assertThat(rs.getLong(1)).isEqualTo(rs.getLong(2)).isGreaterThan(rs.getLong(3));
    }
  }

  private static WarehousePublisher publisher(Workspace ws) {
    return new WarehousePublisher(WarehouseFixture.config(), WarehouseFixture.master(), ws);
  }

  private static long count(Workspace ws, String table) throws Exception {
    try (Connection c = WarehouseFixture.readOnly(ws.warehouse());
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static Path firstPeriodFolder(Workspace ws, String table) throws IOException {
    try (Stream<Path> folders = Files.list(ws.computed(table))) {
      return folders.filter(Files::isDirectory).sorted().findFirst().orElseThrow();
    }
  }

  /** Removes the newest version folder of one submission from the lake: one submisi row fewer. */
  private static void dropOneSubmissionVersion(Workspace ws) throws IOException {
    Path version;
    try (Stream<Path> walk = Files.walk(ws.submisi(), 3)) {
      version =
          walk.filter(p -> p.getFileName().toString().matches("v[0-9]+"))
              .sorted()
              .findFirst()
              .orElseThrow();
    }
    try (Stream<Path> walk = Files.walk(version)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static Process start(String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
    command.add(WarehouseReaderMain.class.getName());
    command.addAll(Arrays.asList(args));
    return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
  }

  private static BufferedReader output(Process p) {
    return new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
  }
}

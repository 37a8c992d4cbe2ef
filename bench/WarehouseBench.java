import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * National-scale warehouse benchmark (issue 6): builds a synthetic warehouse with the real
 * schema (schema.sql, dim_statis.sql, the 606-instansi master list) filled by DuckDB SQL, then
 * times every saved question of queries/ on a fresh read-only connection.
 *
 * <p>Usage: {@code java -cp <duckdb jar> bench/WarehouseBench.java build <file> <employees>} then
 * {@code ... time <file> <queries dir> <runs>}.
 */
public class WarehouseBench {
  static final Path ROOT = Path.of(".").toAbsolutePath().normalize();

  public static void main(String[] args) throws Exception {
    if (args[0].equals("build")) {
      build(Path.of(args[1]).toAbsolutePath(), Long.parseLong(args[2]));
    } else {
      time(Path.of(args[1]).toAbsolutePath(), Path.of(args[2]), Integer.parseInt(args[3]));
    }
  }

  static List<String> statements(Path file) throws Exception {
    String sql = Files.readString(file, StandardCharsets.UTF_8);
    return Stream.of(sql.split("(?m)^;\\s*$"))
        .map(s -> String.join("\n", s.lines().filter(l -> !l.startsWith("--")).toList()).trim())
        .filter(s -> !s.isEmpty())
        .toList();
  }

  static void build(Path db, long employees) throws Exception {
    Files.deleteIfExists(db);
    Files.deleteIfExists(Path.of(db + ".wal"));
    Path res = ROOT.resolve("warehouse/src/main/resources/bangkom/warehouse");
    Path master = ROOT.resolve("core/src/main/resources/bangkom/master/instansi.csv");
    long t0 = System.nanoTime();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db);
        Statement s = c.createStatement()) {
      s.execute("SET threads=2");
      s.execute("SET memory_limit='8GB'");
      s.execute("SELECT setseed(0.42)");
      for (String ddl : statements(res.resolve("schema.sql"))) {
        s.execute(ddl);
      }
      for (String dml : statements(res.resolve("dim_statis.sql"))) {
        s.execute(dml);
      }
      step(s, "dims",
          "INSERT INTO dim_instansi SELECT kode_instansi, nama_instansi, jenis_instansi,"
              + " nullif(kode_provinsi, ''), nullif(nama_provinsi, '') FROM read_csv('" + master
              + "', all_varchar = true)",
          "INSERT INTO dim_provinsi SELECT kode_provinsi, min(nama_provinsi), count(*) FROM"
              + " dim_instansi WHERE kode_provinsi IS NOT NULL GROUP BY ALL",
          "INSERT INTO dim_jenis_pegawai VALUES ('PNS', 'Pegawai Negeri Sipil'),"
              + " ('CPNS', 'Calon Pegawai Negeri Sipil'), ('PPPK', 'PPPK')",
          "INSERT INTO dim_periode SELECT tahun || '-CW' || k, tahun, k,"
              + " make_date(tahun, 4 * k - 3, 1), make_date(tahun, 4 * k, 1) + INTERVAL 1 MONTH"
              + " - INTERVAL 1 DAY FROM range(2025, 2027) t(tahun), range(1, 4) c(k)",
          "INSERT INTO dim_target_jp SELECT tahun, jenis_pegawai, 20, false FROM range(2025, 2027)"
              + " t(tahun), dim_jenis_pegawai",
          // Heavy-tailed sizes: rank r of 606 gets weight 1 / (r + 5)^0.9.
          "CREATE TEMP TABLE inst AS SELECT kode_instansi, row_number() OVER (ORDER BY"
              + " hash(kode_instansi)) AS r FROM dim_instansi",
          "CREATE TEMP TABLE bobot AS SELECT kode_instansi, sum(w) OVER (ORDER BY r) / sum(w)"
              + " OVER () AS batas FROM (SELECT kode_instansi, r, 1 / pow(r + 5, 0.9) AS w FROM"
              + " inst)");
      // 12 of 606 instansi report nothing in a cut-off (melapor false), the rest report.
      step(s, "employees",
          "CREATE TEMP TABLE pegawai AS SELECT i AS id, sha256('nip-' || i) AS nip_hash,"
              + " b.kode_instansi, CASE WHEN random() < 0.70 THEN 'PNS' WHEN random() < 0.07 THEN"
              + " 'CPNS' ELSE 'PPPK' END AS jenis_pegawai, CASE WHEN v < 0.70 THEN 'FUNGSIONAL'"
              + " WHEN v < 0.93 THEN 'PELAKSANA' WHEN v < 0.97 THEN 'PENGAWAS' WHEN v < 0.995"
              + " THEN 'ADMINISTRATOR' ELSE 'JPT' END AS jenis_jabatan, 'Unit ' || (1 +"
              + " floor(pow(random(), 1.5) * 40))::INT AS unit_kerja, CASE WHEN random() < 0.97"
              + " THEN 'AKTIF' WHEN random() < 0.5 THEN 'CLTN' ELSE 'TUGAS_BELAJAR' END AS"
              + " status_pegawai, DATE '1990-01-01' + (random() * 12400)::INT AS tmt_asn,"
              + " random() AS semangat FROM (SELECT i, random() AS u, random() AS v FROM range("
              + employees + ") t(i)) x ASOF JOIN bobot b ON b.batas >= x.u");
      // JP per employee and cut-off grows with each caturwulan; 8% never train.
      step(s, "kepatuhan_pegawai",
          "INSERT INTO kepatuhan_pegawai SELECT p.tahun, p.caturwulan, e.kode_instansi,"
              + " e.nip_hash, e.jenis_pegawai, e.jenis_jabatan, e.unit_kerja, e.status_pegawai,"
              + " e.tmt_asn, jp, 20, round(20 * p.caturwulan / 3, 2), CASE WHEN jp >= 20 THEN"
              + " 'MEMENUHI' WHEN jp >= round(20 * p.caturwulan / 3, 2) THEN 'SESUAI_TARGET'"
              + " WHEN jp > 0 THEN 'TERTINGGAL' ELSE 'BELUM_ADA_JP' END FROM (SELECT e.*,"
              + " p.tahun, p.caturwulan, CASE WHEN e.semangat < 0.08 THEN 0 ELSE round(e.semangat"
              + " * 14 * p.caturwulan * (0.6 + 0.3 * (p.tahun - 2025)), 2) END::DECIMAL(10,2) AS"
              + " jp FROM pegawai e, dim_periode p) e JOIN dim_periode p USING (tahun, caturwulan)"
              + " WHERE hash(e.kode_instansi, p.periode) % 50 <> 0"
              // publish loads the lake one period folder after the other: same order here.
              + " ORDER BY p.tahun, p.caturwulan");
      String measures =
          "count(*) FILTER (WHERE status_pegawai = 'AKTIF') AS jumlah_pegawai,"
              + " count(*) FILTER (WHERE status_pegawai = 'AKTIF' AND status = 'MEMENUHI'),"
              + " count(*) FILTER (WHERE status_pegawai = 'AKTIF' AND status = 'SESUAI_TARGET'),"
              + " count(*) FILTER (WHERE status_pegawai = 'AKTIF' AND status = 'TERTINGGAL'),"
              + " count(*) FILTER (WHERE status_pegawai = 'AKTIF' AND status = 'BELUM_ADA_JP'),";
      String percents =
          " round(100.0 * count(*) FILTER (WHERE status_pegawai = 'AKTIF' AND status ="
              + " 'MEMENUHI') / nullif(count(*) FILTER (WHERE status_pegawai = 'AKTIF'), 0), 2),"
              + " round(100.0 * count(*) FILTER (WHERE status_pegawai = 'AKTIF' AND status IN"
              + " ('MEMENUHI', 'SESUAI_TARGET')) / nullif(count(*) FILTER (WHERE status_pegawai ="
              + " 'AKTIF'), 0), 2), sum(jp) FILTER (WHERE status_pegawai = 'AKTIF'),"
              + " round(avg(jp) FILTER (WHERE status_pegawai = 'AKTIF'), 2), median(jp) FILTER"
              + " (WHERE status_pegawai = 'AKTIF')";
      step(s, "aggregates",
          "INSERT INTO kepatuhan_instansi SELECT p.tahun, p.caturwulan, i.kode_instansi,"
              + " k.jumlah_pegawai IS NOT NULL, k.* EXCLUDE (tahun, caturwulan, kode_instansi)"
              + " FROM dim_periode p CROSS JOIN dim_instansi i LEFT JOIN (SELECT tahun,"
              + " caturwulan, kode_instansi, " + measures + " count(*) FILTER (WHERE"
              + " status_pegawai <> 'AKTIF')," + percents + " FROM kepatuhan_pegawai GROUP BY"
              + " ALL) k ON k.tahun = p.tahun AND k.caturwulan = p.caturwulan AND k.kode_instansi"
              + " = i.kode_instansi",
          "INSERT INTO kepatuhan_unit (tahun, caturwulan, kode_instansi, unit_kerja,"
              + " jumlah_pegawai, jumlah_memenuhi, jumlah_sesuai_target, jumlah_tertinggal,"
              + " jumlah_belum_ada_jp, persen_memenuhi, persen_on_track, total_jp, rata_rata_jp,"
              + " median_jp) SELECT tahun, caturwulan, kode_instansi, unit_kerja, " + measures
              + percents + " FROM kepatuhan_pegawai GROUP BY ALL HAVING count(*) FILTER (WHERE"
              + " status_pegawai = 'AKTIF') > 0",
          "UPDATE kepatuhan_unit SET sel_kecil = true, jumlah_memenuhi = NULL,"
              + " jumlah_sesuai_target = NULL, jumlah_tertinggal = NULL, jumlah_belum_ada_jp ="
              + " NULL, persen_memenuhi = NULL, persen_on_track = NULL, total_jp = NULL,"
              + " rata_rata_jp = NULL, median_jp = NULL WHERE jumlah_pegawai < 5",
          "INSERT INTO kepatuhan_nasional SELECT tahun, caturwulan, 606, count(DISTINCT"
              + " kode_instansi), round(100.0 * count(DISTINCT kode_instansi) / 606, 2),"
              + " " + measures + percents + " FROM kepatuhan_pegawai GROUP BY ALL",
          "INSERT INTO sounding SELECT tahun, caturwulan, kode_instansi, CASE WHEN NOT melapor"
              + " THEN 'DATA' WHEN persen_on_track = 100 THEN 'HIJAU' WHEN persen_on_track >= 70"
              + " THEN 'KUNING' ELSE 'MERAH' END, jumlah_pegawai, persen_on_track, 1.5,"
              + " 'sintetis' FROM kepatuhan_instansi");
      step(s, "submisi+penolakan",
          "INSERT INTO submisi SELECT kode_instansi || '/' || tahun || '-CW' || caturwulan ||"
              + " '/v1', kode_instansi, tahun, caturwulan, 1, make_timestamp(tahun, 4 *"
              + " caturwulan, 10, 8, 0, 0), jumlah_pegawai * 6, jumlah_pegawai * 6 -"
              + " jumlah_pegawai / 50, jumlah_pegawai / 50 FROM kepatuhan_instansi WHERE melapor",
          "INSERT INTO penolakan SELECT s.submisi_id, s.kode_instansi, CASE WHEN i % 3 = 0 THEN"
              + " 'pegawai' ELSE 'bangkom' END, 'bangkom.csv', 2 + i, (['NIP_FORMAT',"
              + " 'TANGGAL_FORMAT', 'JP_TIDAK_WAJAR', 'NIP_TIDAK_TERDAFTAR', 'BARIS_GANDA'])[1 +"
              + " i % 5], 'nip', 'Baris ditolak (sintetis)' FROM submisi s, range(0, 200) t(i)"
              + " WHERE i < s.baris_ditolak");
      // About five records per person and year, summed per (cw, jenis, jalur).
      step(s, "bangkom_ringkas",
          "INSERT INTO bangkom_ringkas SELECT tahun, cw, nip_hash, jenis, CASE WHEN jenis <= 13"
              + " THEN 'KLASIKAL' ELSE 'NONKLASIKAL' END, count(*), sum(jp) FROM (SELECT"
              + " y.tahun, e.nip_hash, 1 + (hash(e.id, y.tahun, r) % 3)::INT AS cw, CASE WHEN"
              + " hash(e.id, r, 7) % 10 < 7 THEN 1 + hash(e.id, r) % 13 ELSE 14 + hash(e.id, r) %"
              + " 12 END::INT AS jenis, (2 + hash(e.id, r, 3) % 16)::DECIMAL(14,2) AS jp FROM"
              + " pegawai e, range(2025, 2027) y(tahun), range(0, 10) t(r) WHERE e.semangat >="
              + " 0.08 AND r < 1 + e.semangat * 9) GROUP BY ALL ORDER BY tahun, cw");
      // The same statement as ComputedLoader.loadBangkomInstansi (warehouse module).
      step(s, "bangkom_instansi",
          "INSERT INTO bangkom_instansi SELECT tahun, caturwulan, kode_instansi, jenis_diklat,"
              + " jalur, count(*), sum(jumlah_kegiatan), sum(jp) FROM (SELECT k.tahun,"
              + " k.caturwulan, k.kode_instansi, k.nip_hash, b.jenis_diklat, b.jalur,"
              + " sum(b.jumlah_kegiatan) AS jumlah_kegiatan, sum(b.jp) AS jp"
              + " FROM kepatuhan_pegawai k JOIN bangkom_ringkas b ON b.tahun = k.tahun"
              + " AND b.nip_hash = k.nip_hash AND b.caturwulan <= k.caturwulan"
              + " WHERE k.status_pegawai = 'AKTIF' GROUP BY ALL) GROUP BY ALL");
      step(s, "training_rate_indikator",
          "INSERT INTO training_rate_indikator SELECT p.tahun, p.caturwulan, i.kode_instansi,"
              + " x.instrumen, x.indikator, x.bobot, v, v IS NULL, x.indikator = 'PL1',"
              + " coalesce(v, 0), round((100 - coalesce(v, 0)) * x.bobot / 100, 2) FROM"
              + " dim_periode p, dim_instansi i, (VALUES ('PERENCANAAN', 'PR1', 10.0),"
              + " ('PERENCANAAN', 'PR2', 10.0), ('PERENCANAAN', 'PR3', 10.0), ('PELAKSANAAN',"
              + " 'PL1', 20.0), ('PELAKSANAAN', 'PL2', 20.0), ('MONEV', 'MO1', 15.0), ('MONEV',"
              + " 'MO2', 15.0)) x(instrumen, indikator, bobot), LATERAL (SELECT CASE WHEN"
              + " hash(i.kode_instansi, x.indikator) % 10 = 0 THEN NULL ELSE (30 +"
              + " hash(i.kode_instansi, x.indikator, p.periode) % 70)::DECIMAL(5,2) END AS v)"
              + " WHERE hash(i.kode_instansi) % 2 = 0");
      s.execute("CHECKPOINT");
      try (ResultSet rs =
          s.executeQuery(
              "SELECT table_name, estimated_size FROM duckdb_tables() ORDER BY estimated_size"
                  + " DESC")) {
        while (rs.next()) {
          System.out.printf("rows %-26s %,d%n", rs.getString(1), rs.getLong(2));
        }
      }
    }
    System.out.printf(
        "built %s (%,d bytes) in %.1f s%n",
        db, Files.size(db), (System.nanoTime() - t0) / 1e9);
  }

  static void step(Statement s, String name, String... sql) throws Exception {
    long t = System.nanoTime();
    for (String q : sql) {
      s.execute(q);
    }
    System.out.printf("step %-24s %.1f s%n", name, (System.nanoTime() - t) / 1e9);
  }

  static void time(Path db, Path queries, int runs) throws Exception {
    List<Path> files;
    try (Stream<Path> st = Files.list(queries)) {
      files = st.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
    }
    Properties ro = new Properties();
    ro.setProperty("duckdb.read_only", "true");
    long open = System.nanoTime();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db, ro)) {
      System.out.printf("open read-only: %.0f ms%n", (System.nanoTime() - open) / 1e6);
      try (Statement s = c.createStatement()) {
        s.execute("SET threads=2");
      }
      for (Path f : files) {
        String sql = Files.readString(f, StandardCharsets.UTF_8);
        long[] ms = new long[runs];
        long rows = 0;
        for (int i = 0; i < runs; i++) {
          long t = System.nanoTime();
          rows = 0;
          try (Statement s = c.createStatement();
              ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
              rows++;
            }
          }
          ms[i] = (System.nanoTime() - t) / 1_000_000;
        }
        long[] sorted = ms.clone();
        Arrays.sort(sorted);
        System.out.printf(
            "| %s | %d | %d | %d | %d |%n",
            f.getFileName(), rows, ms[0], sorted[runs / 2], sorted[runs - 1]);
      }
    }
  }
}

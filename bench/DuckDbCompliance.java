import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * The transforms benchmark's reference (issue 5 point 9): DuckDB SQL computing, from the same lake
 * Parquet as {@code ./bangkom transform}, the per-employee JP, targets and status and the
 * per-instansi counts of SPEC §3, with the rules of transforms/.../Compliance.java written again
 * in SQL (no code shared). Then, untimed, it checks its figures against Spark's
 * {@code lake/computed/kepatuhan_instansi} and {@code kepatuhan_pegawai} of the period.
 *
 * <p>Usage: {@code java -cp <duckdb_jdbc jar> bench/DuckDbCompliance.java <workspace> <YYYY-CWk>
 * <out dir> [threads] [memory_limit] [spark dir]}; {@code spark dir} holds Spark's {@code
 * kepatuhan_pegawai/} and {@code kepatuhan_instansi/} to check (bench/SparkCompliance.java writes
 * them), else the workspace's {@code lake/computed} of the period. Prints {@code key=value} lines; exit code 0 when every
 * figure is equal, 3 when some differ, 1 on error.
 *
 * <p>In force (docs/contracts.md, ingestion's Lake): a dataset of (kode, periode) comes from the
 * highest {@code v<N>} whose {@code submisi.json} lists it. The roster is the one in force for the
 * period; training records are those in force for every period of the year up to the cut-off
 * (what was known by then), deduplicated on (nip, normalised nama_kegiatan, tanggal_mulai,
 * tanggal_selesai) keeping the largest JP, and counted when they end in the year, by the cut-off.
 */
public class DuckDbCompliance {
  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println(
          "usage: DuckDbCompliance <workspace> <YYYY-CWk> <out dir> [threads] [memory_limit]"
              + " [spark dir]");
      System.exit(2);
    }
    Path ws = Path.of(args[0]).toAbsolutePath().normalize();
    String periode = args[1];
    Path out = Path.of(args[2]).toAbsolutePath().normalize();
    int threads = args.length > 3 ? Integer.parseInt(args[3]) : 2;
    String memory = args.length > 4 ? args[4] : "4GB";
    Path sparkDir = args.length > 5 ? Path.of(args[5]).toAbsolutePath().normalize() : null;
    if (!periode.matches("\\d{4}-CW[123]")) {
      throw new IllegalArgumentException("periode must be YYYY-CWk: " + periode);
    }
    int tahun = Integer.parseInt(periode.substring(0, 4));
    int cw = periode.charAt(7) - '0';
    Properties config = config(ws);
    int[] bulanAkhir = {
      0,
      Integer.parseInt(config.getProperty("periode.bulan_akhir_cw1")),
      Integer.parseInt(config.getProperty("periode.bulan_akhir_cw2")),
      12
    };
    int akhirBulan = bulanAkhir[cw];
    String akhir =
        java.time.YearMonth.of(tahun, akhirBulan).atEndOfMonth().toString(); // last day of CWk
    boolean prorata = Boolean.parseBoolean(config.getProperty("target.prorata").trim());
    long centsPns = cents(config.getProperty("target.jp.PNS"));
    long centsCpns = cents(config.getProperty("target.jp.CPNS"));
    long centsPppk = cents(config.getProperty("target.jp.PPPK"));
    Files.createDirectories(out);
    Path pegawaiOut = out.resolve("kepatuhan_pegawai.parquet");
    Path instansiOut = out.resolve("kepatuhan_instansi.parquet");

    long start = System.nanoTime();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute("SET threads = " + threads);
      s.execute("SET memory_limit = '" + memory + "'");
      s.execute("SET preserve_insertion_order = false");

      // 1. The lake's registry: which version holds each dataset in force.
      String registry = ws.resolve("lake/submisi").toString() + "/*/*/*/submisi.json";
      s.execute(
          "CREATE TEMP TABLE versi AS SELECT kode_instansi, periode, versi, datasets,"
              + " parse_dirpath(filename) AS folder FROM read_json("
              + lit(registry)
              + ", columns = {kode_instansi: 'VARCHAR', periode: 'VARCHAR', versi: 'INTEGER',"
              + " datasets: 'JSON'}, filename = true, format = 'auto')"
              + " WHERE regexp_matches(filename, '/v[0-9]+/submisi\\.json$')"
              + " AND NOT regexp_matches(filename, '/\\.[^/]*/')");
      List<String> rosterFiles = inForce(s, "pegawai", List.of(periode));
      List<String> periodsSoFar = new ArrayList<>();
      for (int k = 1; k <= cw; k++) {
        periodsSoFar.add(tahun + "-CW" + k);
      }
      List<String> bangkomFiles = inForce(s, "bangkom", periodsSoFar);
      List<String> melapor = new ArrayList<>();
      try (ResultSet rs =
          s.executeQuery(
              "SELECT DISTINCT kode_instansi FROM versi WHERE periode = "
                  + lit(periode)
                  + " AND json_exists(datasets, '$.pegawai') ORDER BY 1")) {
        while (rs.next()) {
          melapor.add(rs.getString(1));
        }
      }

      // 2. Per employee (every roster row in force): JP at the cut-off, targets, status.
      String roster =
          rosterFiles.isEmpty()
              ? "(SELECT NULL::VARCHAR AS kode_instansi, NULL::VARCHAR AS nip, NULL::VARCHAR AS"
                  + " jenis_pegawai, NULL::VARCHAR AS status, NULL::DATE AS tmt_asn WHERE false)"
              : "read_parquet(" + list(rosterFiles) + ")";
      String records =
          bangkomFiles.isEmpty()
              ? "(SELECT NULL::VARCHAR AS nip, NULL::VARCHAR AS nama_kegiatan, NULL::DATE AS"
                  + " tanggal_mulai, NULL::DATE AS tanggal_selesai, NULL::DECIMAL(10,2) AS jp"
                  + " WHERE false)"
              : "read_parquet(" + list(bangkomFiles) + ")";
      String mulaiTahunIni =
          "(" + prorata + " AND coalesce(year(tmt_asn) = " + tahun + ", false))";
      String sql =
          "COPY (WITH"
              + " catatan AS (SELECT nip, max(jp) AS jp FROM "
              + records
              + " WHERE year(tanggal_selesai) = "
              + tahun
              + " AND tanggal_selesai <= DATE "
              + lit(akhir)
              + " GROUP BY nip, lower(trim(regexp_replace(nama_kegiatan, '[ \\t\\n\\x0B\\f\\r]+', ' ', 'g'), ' ')),"
              + " tanggal_mulai, tanggal_selesai),"
              + " jp AS (SELECT nip, CAST(sum(jp) AS DECIMAL(10,2)) AS jp FROM catatan GROUP BY"
              + " nip),"
              + " r AS (SELECT kode_instansi, nip, jenis_pegawai, jenis_jabatan, unit_kerja,"
              + " status AS status_pegawai, tmt_asn,"
              + " CASE jenis_pegawai WHEN 'PNS' THEN "
              + centsPns
              + " WHEN 'CPNS' THEN "
              + centsCpns
              + " WHEN 'PPPK' THEN "
              + centsPppk
              + " END::BIGINT AS dasar_sen,"
              + mulaiTahunIni
              + " AS mulai, 13 - month(tmt_asn) AS bulan_tahun FROM "
              + roster
              + "),"
              + " t AS (SELECT *,"
              // ceil(target * m / 12), exact in cents
              + " CASE WHEN mulai THEN (dasar_sen * bulan_tahun + 1199) // 1200 * 100"
              + " ELSE dasar_sen END AS target_sen,"
              + " CASE WHEN mulai THEN greatest(0, "
              + akhirBulan
              + " - month(tmt_asn) + 1) ELSE "
              + akhirBulan
              + " END AS bulan_dinas,"
              + " CASE WHEN mulai THEN bulan_tahun ELSE 12 END AS bulan_dinas_tahun FROM r),"
              + " p AS (SELECT t.kode_instansi, t.nip, t.jenis_pegawai, t.jenis_jabatan,"
              + " t.unit_kerja, t.status_pegawai, t.tmt_asn,"
              + " coalesce(jp.jp, 0)::DECIMAL(10,2) AS jp, target_sen, bulan_dinas,"
              + " bulan_dinas_tahun FROM t LEFT JOIN jp ON t.nip = jp.nip)"
              // The same 15 columns as the product's kepatuhan_pegawai.
              + " SELECT "
              + tahun
              + " AS tahun, "
              + cw
              + " AS caturwulan, kode_instansi, nip, jenis_pegawai, jenis_jabatan, unit_kerja,"
              + " status_pegawai, tmt_asn, jp,"
              + " (target_sen::DECIMAL(18,0) * 0.01)::DECIMAL(10,2) AS target_tahunan,"
              // round half up of target * bulan_dinas / bulan_dinas_tahun, in cents
              + " (((2 * target_sen * bulan_dinas + bulan_dinas_tahun) // (2 * bulan_dinas_tahun))"
              + "::DECIMAL(18,0) * 0.01)::DECIMAL(10,2) AS target_kumulatif,"
              + " bulan_dinas, bulan_dinas_tahun,"
              + " CASE WHEN (jp * 100)::BIGINT >= target_sen THEN 'MEMENUHI'"
              + " WHEN (jp * 100)::BIGINT * bulan_dinas_tahun >= target_sen * bulan_dinas"
              + " THEN 'SESUAI_TARGET'"
              + " WHEN jp > 0 THEN 'TERTINGGAL' ELSE 'BELUM_ADA_JP' END AS status"
              + " FROM p) TO "
              + lit(pegawaiOut.toString())
              + " (FORMAT PARQUET)";
      long employees = s.executeLargeUpdate(sql);

      // 3. Per instansi that sent a roster: counts over the population (AKTIF) and the rest.
      String melaporValues =
          melapor.isEmpty()
              ? "(SELECT NULL::VARCHAR AS kode_instansi WHERE false)"
              : "(VALUES "
                  + melapor.stream().map(k -> "(" + lit(k) + ")").collect(Collectors.joining(","))
                  + ") AS m(kode_instansi)";
      String aktif = "status_pegawai = 'AKTIF'";
      String instansiSql =
          "COPY (WITH a AS (SELECT kode_instansi,"
              + " count(*) FILTER (WHERE "
              + aktif
              + ") AS n,"
              + " count(*) FILTER (WHERE "
              + aktif
              + " AND status = 'MEMENUHI') AS memenuhi,"
              + " count(*) FILTER (WHERE "
              + aktif
              + " AND status = 'SESUAI_TARGET') AS sesuai,"
              + " count(*) FILTER (WHERE "
              + aktif
              + " AND status = 'TERTINGGAL') AS tertinggal,"
              + " count(*) FILTER (WHERE "
              + aktif
              + " AND status = 'BELUM_ADA_JP') AS belum,"
              + " count(*) FILTER (WHERE NOT ("
              + aktif
              + ")) AS non_aktif,"
              + " sum((jp * 100)::BIGINT) FILTER (WHERE "
              + aktif
              + ") AS sen,"
              + " median((jp * 100)::BIGINT) FILTER (WHERE "
              + aktif
              + ") AS median_sen"
              + " FROM read_parquet("
              + lit(pegawaiOut.toString())
              + ") GROUP BY kode_instansi),"
              + " b AS (SELECT m.kode_instansi, coalesce(n, 0) AS n, coalesce(memenuhi, 0) AS"
              + " memenuhi, coalesce(sesuai, 0) AS sesuai, coalesce(tertinggal, 0) AS tertinggal,"
              + " coalesce(belum, 0) AS belum, coalesce(non_aktif, 0) AS non_aktif, sen,"
              + " median_sen FROM "
              + melaporValues
              + " LEFT JOIN a USING (kode_instansi))"
              + " SELECT kode_instansi, n AS jumlah_pegawai, memenuhi AS jumlah_memenuhi,"
              + " sesuai AS jumlah_sesuai_target, tertinggal AS jumlah_tertinggal,"
              + " belum AS jumlah_belum_ada_jp, non_aktif AS jumlah_non_aktif,"
              + pct("memenuhi", "n")
              + " AS persen_memenuhi,"
              + pct("memenuhi + sesuai", "n")
              + " AS persen_on_track,"
              + " (sen::DECIMAL(18,0) * 0.01)::DECIMAL(14,2) AS total_jp,"
              // Spark: avg of DECIMAL(10,2) is DECIMAL(14,6) (half up), then round(.., 2) half up
              + " CASE WHEN n > 0 THEN ((((2 * sen * 10000 + n) // (2 * n) + 5000) // 10000)"
              + "::DECIMAL(18,0) * 0.01)::DECIMAL(10,2) END AS rata_rata_jp,"
              + " CASE WHEN n > 0 THEN (floor(median_sen + 0.5)::DECIMAL(18,0) * 0.01)"
              + "::DECIMAL(10,2) END AS median_jp"
              + " FROM b) TO "
              + lit(instansiOut.toString())
              + " (FORMAT PARQUET)";
      long instansi = s.executeLargeUpdate(instansiSql);
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(Locale.ROOT, "duckdb_seconds=%.2f%n", seconds);
      System.out.printf(
          Locale.ROOT,
          "roster_files=%d bangkom_files=%d employees=%d instansi=%d%n",
          rosterFiles.size(),
          bangkomFiles.size(),
          employees,
          instansi);

      // 4. Untimed: the input's size, and the same figures as Spark's?
      if (!bangkomFiles.isEmpty()) {
        try (ResultSet rs =
            s.executeQuery("SELECT count(*) FROM read_parquet(" + list(bangkomFiles) + ")")) {
          rs.next();
          System.out.println("bangkom_rows_in_force=" + rs.getLong(1));
        }
      }
      Path sparkPegawai =
          sparkDir != null
              ? sparkDir.resolve("kepatuhan_pegawai")
              : ws.resolve("lake/computed/kepatuhan_pegawai").resolve("periode=" + periode);
      Path sparkInstansi =
          sparkDir != null
              ? sparkDir.resolve("kepatuhan_instansi")
              : ws.resolve("lake/computed/kepatuhan_instansi").resolve("periode=" + periode);
      int rc = compare(s, sparkPegawai, sparkInstansi, pegawaiOut, instansiOut);
      System.exit(rc);
    }
  }

  /** Half-up percentage with 2 decimals, exact (integers), null when the whole is 0. */
  private static String pct(String part, String whole) {
    return " CASE WHEN "
        + whole
        + " > 0 THEN (((2 * ("
        + part
        + ") * 10000 + "
        + whole
        + ") // (2 * "
        + whole
        + "))::DECIMAL(18,0) * 0.01)::DECIMAL(5,2) END";
  }

  private static int compare(
      Statement s, Path sparkPegawai, Path sparkInstansi, Path pegawaiOut, Path instansiOut)
      throws SQLException {
    if (!Files.isDirectory(sparkInstansi) || !Files.isDirectory(sparkPegawai)) {
      System.out.println("check=NO_SPARK_OUTPUT " + sparkInstansi);
      return 3;
    }
    List<String> measures =
        List.of(
            "jumlah_pegawai",
            "jumlah_memenuhi",
            "jumlah_sesuai_target",
            "jumlah_tertinggal",
            "jumlah_belum_ada_jp",
            "jumlah_non_aktif",
            "persen_memenuhi",
            "persen_on_track",
            "total_jp",
            "rata_rata_jp",
            "median_jp");
    String differs =
        measures.stream()
            .map(m -> "d." + m + " IS DISTINCT FROM CAST(s." + m + " AS DECIMAL(18,2))")
            .collect(Collectors.joining(" OR "));
    String instansiDiff =
        "SELECT coalesce(d.kode_instansi, s.kode_instansi) AS kode, d.kode_instansi IS NULL AS"
            + " only_spark, s.kode_instansi IS NULL AS only_duckdb,"
            + measures.stream()
                .map(m -> " d." + m + " AS duckdb_" + m + ", s." + m + " AS spark_" + m)
                .collect(Collectors.joining(","))
            + " FROM read_parquet("
            + lit(instansiOut.toString())
            + ") d FULL OUTER JOIN (SELECT * FROM read_parquet("
            + lit(sparkInstansi + "/*.parquet")
            + ", hive_partitioning = false) WHERE melapor) s"
            + " ON d.kode_instansi = s.kode_instansi"
            + " WHERE d.kode_instansi IS NULL OR s.kode_instansi IS NULL OR "
            + differs
            + " ORDER BY kode";
    int instansiMismatch = report(s, instansiDiff, "instansi");
    long sparkMelapor;
    try (ResultSet rs =
        s.executeQuery(
            "SELECT count(*) FILTER (WHERE melapor), count(*) FROM read_parquet("
                + lit(sparkInstansi + "/*.parquet")
                + ", hive_partitioning = false)")) {
      rs.next();
      sparkMelapor = rs.getLong(1);
      System.out.println("spark_instansi_rows=" + rs.getLong(2) + " spark_melapor=" + sparkMelapor);
    }
    String pegawaiDiff =
        "SELECT coalesce(d.kode_instansi, s.kode_instansi) AS kode, coalesce(d.nip, s.nip) AS"
            + " nip, d.jp AS duckdb_jp, s.jp AS spark_jp, d.target_tahunan AS duckdb_target,"
            + " s.target_tahunan AS spark_target, d.target_kumulatif AS duckdb_kumulatif,"
            + " s.target_kumulatif AS spark_kumulatif, d.status AS duckdb_status, s.status AS"
            + " spark_status FROM read_parquet("
            + lit(pegawaiOut.toString())
            + ") d FULL OUTER JOIN read_parquet("
            + lit(sparkPegawai + "/*.parquet")
            + ", hive_partitioning = false) s"
            + " ON d.kode_instansi = s.kode_instansi AND d.nip = s.nip"
            + " WHERE d.nip IS NULL OR s.nip IS NULL OR d.jp IS DISTINCT FROM s.jp"
            + " OR d.target_tahunan IS DISTINCT FROM s.target_tahunan"
            + " OR d.target_kumulatif IS DISTINCT FROM s.target_kumulatif"
            + " OR d.status IS DISTINCT FROM s.status"
            + " OR d.status_pegawai IS DISTINCT FROM s.status_pegawai"
            + " ORDER BY kode, nip";
    int pegawaiMismatch = report(s, pegawaiDiff, "pegawai");
    boolean equal = instansiMismatch == 0 && pegawaiMismatch == 0;
    System.out.println("check=" + (equal ? "EQUAL" : "DIFFERENT"));
    return equal ? 0 : 3;
  }

  /** Prints the count of differing rows and the first few; returns the count. */
  private static int report(Statement s, String sql, String what) throws SQLException {
    int n = 0;
    try (ResultSet rs = s.executeQuery(sql)) {
      int cols = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        if (n < 5) {
          StringBuilder row = new StringBuilder("  differs " + what + ":");
          for (int i = 1; i <= cols; i++) {
            row.append(' ').append(rs.getMetaData().getColumnName(i)).append('=');
            row.append(rs.getString(i));
          }
          System.out.println(row);
        }
        n++;
      }
    }
    System.out.println(what + "_mismatches=" + n);
    return n;
  }

  /** The in-force {@code <dataset>.parquet} of every kode for the given periods. */
  private static List<String> inForce(Statement s, String dataset, List<String> periods)
      throws SQLException {
    String inList = periods.stream().map(DuckDbCompliance::lit).collect(Collectors.joining(","));
    List<String> out = new ArrayList<>();
    try (ResultSet rs =
        s.executeQuery(
            "SELECT arg_max(folder, versi) FROM versi WHERE periode IN ("
                + inList
                + ") AND json_exists(datasets, '$."
                + dataset
                + "') GROUP BY kode_instansi, periode ORDER BY 1")) {
      while (rs.next()) {
        Path f = Path.of(rs.getString(1)).resolve(dataset + ".parquet");
        if (!Files.isRegularFile(f)) {
          throw new IllegalStateException("In force but missing: " + f);
        }
        out.add(f.toString());
      }
    }
    return out;
  }

  /** Defaults of core/.../bangkom-default.properties, overridden by the workspace's file. */
  private static Properties config(Path ws) throws IOException {
    Properties p = new Properties();
    p.setProperty("periode.bulan_akhir_cw1", "4");
    p.setProperty("periode.bulan_akhir_cw2", "8");
    p.setProperty("target.jp.PNS", "20");
    p.setProperty("target.jp.CPNS", "20");
    p.setProperty("target.jp.PPPK", "20");
    p.setProperty("target.prorata", "true");
    Path file = ws.resolve("bangkom.properties");
    if (Files.isRegularFile(file)) {
      try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        Properties overrides = new Properties();
        overrides.load(r);
        for (String k : overrides.stringPropertyNames()) {
          if (p.containsKey(k)) {
            p.setProperty(k, overrides.getProperty(k).trim());
          }
        }
      }
    }
    return p;
  }

  private static long cents(String jp) {
    return new java.math.BigDecimal(jp.trim()).movePointRight(2).longValueExact();
  }

  private static String lit(String s) {
    return "'" + s.replace("'", "''") + "'";
  }

  private static String list(List<String> files) {
    return "[" + files.stream().map(DuckDbCompliance::lit).collect(Collectors.joining(", ")) + "]";
  }
}

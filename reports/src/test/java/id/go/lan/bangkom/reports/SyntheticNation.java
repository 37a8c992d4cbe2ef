package id.go.lan.bangkom.reports;

import id.go.lan.bangkom.core.BangkomConfig;
import id.go.lan.bangkom.core.InstansiMaster;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * A warehouse with the real schema (the warehouse module's schema.sql, the contract of
 * docs/warehouse.md) and the lake Parquet the letters need, for {@code n} instansi with about
 * {@code pegawai} employees each, cut-offs 2026-CW1 and 2026-CW2; 2026-CW3 and 2027 are empty.
 * Figures follow simple formulas of the row numbers; every aggregate is computed by SQL from {@code
 * kepatuhan_pegawai}, as the transforms do. Instansi 2 has everyone MEMENUHI (HIJAU); the last
 * instansi sends nothing (DATA without roster); one NIP of instansi 1 also sits in instansi 3's
 * roster as MUTASI_KELUAR.
 */
final class SyntheticNation {
  final Path warehouse;
  final BerkasPegawai pegawai;

  private SyntheticNation(Path warehouse, BerkasPegawai pegawai) {
    this.warehouse = warehouse;
    this.pegawai = pegawai;
  }

  /** The NIP that instansi 1 lists as AKTIF and instansi 3 as MUTASI_KELUAR. */
  static final String NIP_PINDAH = "000100000000000002";

  static SyntheticNation build(Path folder, int n, int pegawai) throws SQLException, IOException {
    return build(folder, n, pegawai, BangkomConfig.defaults());
  }

  /**
   * As {@link #build(Path, int, int)}, with the annual JP targets of {@code config}: {@code
   * dim_target_jp} holds 2025 and 2026 as the publisher loads it ({@code targetTahunan(jenis,
   * tahun)}, {@code khusus_tahun} when the year has its own key), and every employee (all PNS) is
   * measured against the PNS target of 2026 (instansi 2's 25 JP stay MEMENUHI up to a target of
   * 25).
   */
  static SyntheticNation build(Path folder, int n, int pegawai, BangkomConfig config)
      throws SQLException, IOException {
    Files.createDirectories(folder);
    Path file = folder.resolve("bangkom.duckdb");
    Path kp = folder.resolve("kepatuhan_pegawai.parquet");
    Path roster = folder.resolve("pegawai.parquet");
    for (Path old : new Path[] {file, file.resolveSibling("bangkom.duckdb.wal"), kp, roster}) {
      Files.deleteIfExists(old);
    }
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file);
        Statement sql = connection.createStatement()) {
      String schema =
          Files.readString(
              Path.of("../warehouse/src/main/resources/bangkom/warehouse/schema.sql"),
              StandardCharsets.UTF_8);
      for (String statement : schema.split("(?m)^;\\s*$")) {
        if (!statement.replaceAll("(?m)^--.*$", "").isBlank()) {
          sql.execute(statement);
        }
      }
      sql.execute(
          "INSERT INTO dim_jenis_instansi VALUES ('KEMENTERIAN', 'Kementerian', 'PUSAT', 1),"
              + " ('LEMBAGA', 'Lembaga', 'PUSAT', 2), ('PROVINSI', 'Pemerintah Provinsi',"
              + " 'DAERAH', 3), ('KABUPATEN', 'Pemerintah Kabupaten', 'DAERAH', 4),"
              + " ('KOTA', 'Pemerintah Kota', 'DAERAH', 5)");
      sql.execute(
          "INSERT INTO dim_jenis_jabatan BY NAME SELECT * FROM (VALUES ('JPT', 'JPT',"
              + " 'STRUKTURAL', 15.0, 1), ('ADMINISTRATOR', 'Administrator', 'STRUKTURAL', 15.0,"
              + " 2), ('PENGAWAS', 'Pengawas', 'STRUKTURAL', 15.0, 3), ('FUNGSIONAL',"
              + " 'Fungsional', 'FUNGSIONAL', 15.0, 4), ('PELAKSANA', 'Pelaksana', 'PELAKSANA',"
              + " 22.5, 5)) t(jenis_jabatan, nama_jenis_jabatan, kelompok, poin_ip_asn_berisiko,"
              + " urutan)");
      String sixty = String.valueOf(Math.min(60, Math.max(1, n / 10)));
      sql.execute(
          "INSERT INTO dim_instansi SELECT kode, nama, jenis, NULL, NULL FROM (SELECT i,"
              + " CASE WHEN i <= "
              + sixty
              + " THEN 'P' || lpad(i::VARCHAR, 3, '0') ELSE 'D' || lpad(i::VARCHAR, 3, '0') END"
              + " AS kode, CASE WHEN i % 5 = 1 AND i <= "
              + sixty
              + " THEN 'KEMENTERIAN' WHEN i <= "
              + sixty
              + " THEN 'LEMBAGA' WHEN i % 3 = 0 THEN 'KOTA' WHEN i % 3 = 1 THEN 'KABUPATEN'"
              + " ELSE 'PROVINSI' END AS jenis, CASE WHEN i = 1 THEN 'Kementerian Contoh &"
              + " Uji <1>' ELSE 'Instansi Contoh ' || i END AS nama FROM range(1, "
              + (n + 1)
              + ") t(i))");
      sql.execute(
          "INSERT INTO dim_periode VALUES ('2026-CW1', 2026, 1, DATE '2026-01-01', DATE"
              + " '2026-04-30'), ('2026-CW2', 2026, 2, DATE '2026-05-01', DATE '2026-08-31')");
      try (PreparedStatement ps =
          connection.prepareStatement("INSERT INTO dim_target_jp VALUES (?, ?, ?, ?)")) {
        for (int tahun : new int[] {2025, 2026}) {
          for (String jenis : BangkomConfig.JENIS_PEGAWAI) {
            ps.setInt(1, tahun);
            ps.setString(2, jenis);
            ps.setBigDecimal(3, config.targetTahunan(jenis, tahun));
            ps.setBoolean(4, config.get("target.jp." + jenis + "." + tahun).isPresent());
            ps.executeUpdate();
          }
        }
      }
      // At least one decimal place: the SQL below then reads as before (20.0, a DECIMAL literal).
      BigDecimal pns = config.targetTahunan("PNS", 2026);
      String target = pns.setScale(Math.max(1, pns.scale())).toPlainString();
      // Employees of instansi 1..n-1 (the last sends nothing), cut-offs 1 and 2.
      sql.execute(
          String.format(
              Locale.ROOT,
              "CREATE TEMP TABLE kp AS SELECT 2026 AS tahun, c AS caturwulan, d.kode_instansi,"
                  + " lpad(i::VARCHAR, 4, '0') || lpad(j::VARCHAR, 14, '0') AS nip,"
                  + " 'Pegawai ' || i || '-' || j AS nama, 'PNS' AS jenis_pegawai,"
                  + " ['JPT', 'ADMINISTRATOR', 'PENGAWAS', 'FUNGSIONAL', 'PELAKSANA'][1 + j %% 5]"
                  + " AS jenis_jabatan, 'Unit Kerja ' || (j %% 7) AS unit_kerja,"
                  + " CASE WHEN j %% 25 = 0 THEN 'CLTN' ELSE 'AKTIF' END AS status_pegawai,"
                  + " DATE '2010-01-01' AS tmt_asn,"
                  + " CASE WHEN i = 2 THEN 25.00 ELSE (((i * 7 + j * 13) %% 30) * c / 2.0)"
                  + "::DECIMAL(10,2) END AS jp,"
                  + " %s::DECIMAL(10,2) AS target_tahunan,"
                  + " round(%s * c * 4 / 12, 2)::DECIMAL(10,2) AS target_kumulatif"
                  + " FROM (SELECT kode_instansi, row_number() OVER (ORDER BY kode_instansi) AS i"
                  + " FROM dim_instansi) d, range(1, %d + 1) t(j), (VALUES (1), (2)) cw(c)"
                  + " WHERE i < %d AND j <= %d - (i %% 5)",
              target,
              target,
              pegawai,
              n,
              pegawai));
      sql.execute(
          "INSERT INTO kp SELECT tahun, caturwulan, (SELECT kode_instansi FROM dim_instansi"
              + " ORDER BY kode_instansi LIMIT 1 OFFSET 2), nip, nama, jenis_pegawai,"
              + " jenis_jabatan, unit_kerja, 'MUTASI_KELUAR', tmt_asn, 0, target_tahunan,"
              + " target_kumulatif FROM kp WHERE nip = '"
              + NIP_PINDAH
              + "'");
      sql.execute(
          "ALTER TABLE kp ADD COLUMN status VARCHAR; UPDATE kp SET status = CASE WHEN jp >="
              + " target_tahunan THEN 'MEMENUHI' WHEN jp >= target_kumulatif THEN"
              + " 'SESUAI_TARGET' WHEN jp > 0 THEN 'TERTINGGAL' ELSE 'BELUM_ADA_JP' END");
      sql.execute(
          "INSERT INTO kepatuhan_pegawai BY NAME SELECT tahun, caturwulan, kode_instansi,"
              + " md5(nip) AS nip_hash, jenis_pegawai, jenis_jabatan, unit_kerja, status_pegawai,"
              + " tmt_asn, jp, target_tahunan, target_kumulatif, status FROM kp");
      aggregates(sql);
      sql.execute(
          "COPY (SELECT * FROM kp WHERE caturwulan = 2) TO '"
              + kp.toAbsolutePath()
              + "' (FORMAT parquet)");
      sql.execute(
          "COPY (SELECT kode_instansi, '2026-CW2' AS periode, nip, nama, unit_kerja,"
              + " status_pegawai AS status FROM kp WHERE caturwulan = 2) TO '"
              + roster.toAbsolutePath()
              + "' (FORMAT parquet)");
      sql.execute("CHECKPOINT");
    }
    return new SyntheticNation(
        file, new BerkasPegawai(java.util.List.of(kp), java.util.List.of(roster)));
  }

  private static final String MEASURES =
      "count(*) AS jumlah_pegawai, count(*) FILTER (WHERE status = 'MEMENUHI') AS"
          + " jumlah_memenuhi, count(*) FILTER (WHERE status = 'SESUAI_TARGET') AS"
          + " jumlah_sesuai_target, count(*) FILTER (WHERE status = 'TERTINGGAL') AS"
          + " jumlah_tertinggal, count(*) FILTER (WHERE status = 'BELUM_ADA_JP') AS"
          + " jumlah_belum_ada_jp, round(100.0 * count(*) FILTER (WHERE status = 'MEMENUHI') /"
          + " count(*), 2) AS persen_memenuhi, round(100.0 * count(*) FILTER (WHERE status IN"
          + " ('MEMENUHI', 'SESUAI_TARGET')) / count(*), 2) AS persen_on_track, sum(jp) AS"
          + " total_jp, round(avg(jp), 2) AS rata_rata_jp, median(jp) AS median_jp";

  private static void aggregates(Statement sql) throws SQLException {
    String aktif = " FROM kepatuhan_pegawai WHERE status_pegawai = 'AKTIF'";
    sql.execute(
        "INSERT INTO kepatuhan_instansi BY NAME SELECT c.tahun, c.caturwulan, d.kode_instansi,"
            + " k.jumlah_pegawai IS NOT NULL AS melapor, k.* EXCLUDE (tahun, caturwulan,"
            + " kode_instansi), 0 AS jumlah_non_aktif FROM dim_instansi d CROSS JOIN (VALUES"
            + " (2026, 1), (2026, 2)) c(tahun, caturwulan) LEFT JOIN (SELECT tahun, caturwulan,"
            + " kode_instansi, "
            + MEASURES
            + aktif
            + " GROUP BY ALL) k ON k.kode_instansi = d.kode_instansi AND k.tahun = c.tahun AND"
            + " k.caturwulan = c.caturwulan");
    sql.execute(
        "INSERT INTO kepatuhan_unit BY NAME SELECT tahun, caturwulan, kode_instansi, unit_kerja,"
            + " false AS sel_kecil, "
            + MEASURES
            + aktif
            + " GROUP BY ALL");
    sql.execute(
        "INSERT INTO kepatuhan_jabatan BY NAME SELECT tahun, caturwulan, kode_instansi,"
            + " jenis_jabatan, "
            + MEASURES
            + aktif
            + " GROUP BY ALL");
    sql.execute(
        "INSERT INTO kepatuhan_jenis_instansi BY NAME SELECT tahun, caturwulan, d.jenis_instansi, "
            + MEASURES
            + " FROM kepatuhan_pegawai JOIN dim_instansi d USING (kode_instansi) WHERE"
            + " status_pegawai = 'AKTIF' GROUP BY ALL");
    sql.execute(
        "INSERT INTO kepatuhan_nasional BY NAME SELECT tahun, caturwulan, (SELECT count(*) FROM"
            + " dim_instansi) AS jumlah_instansi, count(DISTINCT kode_instansi) AS"
            + " jumlah_instansi_melapor, round(100.0 * count(DISTINCT kode_instansi) / (SELECT"
            + " count(*) FROM dim_instansi), 2) AS persen_cakupan, "
            + MEASURES
            + aktif
            + " GROUP BY ALL");
    sql.execute(
        "INSERT INTO sounding BY NAME SELECT tahun, caturwulan, kode_instansi, CASE WHEN NOT"
            + " melapor THEN 'DATA' WHEN persen_on_track = 100 THEN 'HIJAU' WHEN persen_on_track"
            + " >= 70 THEN 'KUNING' ELSE 'MERAH' END AS level, jumlah_pegawai, persen_on_track,"
            + " 0.5 AS persen_baris_ditolak, CASE WHEN NOT melapor THEN 'Belum ada daftar"
            + " pegawai periode ini' ELSE persen_on_track || '% pegawai sesuai target' END AS"
            + " alasan FROM kepatuhan_instansi");
    sql.execute(
        "INSERT INTO proyeksi_instansi BY NAME SELECT tahun, caturwulan, kode_instansi,"
            + " count(*) AS jumlah_pegawai, round(100.0 * count(*) FILTER (WHERE status ="
            + " 'MEMENUHI') / count(*), 2) AS persen_memenuhi, round(100.0 * count(*) FILTER"
            + " (WHERE status IN ('MEMENUHI', 'SESUAI_TARGET')) / count(*), 2) AS"
            + " persen_memenuhi_proyeksi, 0 AS batas_bawah, 100 AS batas_atas,"
            + " sum(greatest(target_tahunan - jp, 0)) AS kekurangan_jp, count(*) FILTER (WHERE"
            + " status IN ('TERTINGGAL', 'BELUM_ADA_JP')) AS jumlah_tidak_on_track, 15 *"
            + " count(*) FILTER (WHERE status IN ('TERTINGGAL', 'BELUM_ADA_JP')) AS"
            + " poin_ip_asn_berisiko"
            + aktif
            + " GROUP BY ALL");
    sql.execute(
        "INSERT INTO proyeksi_nasional BY NAME SELECT tahun, caturwulan, sum(jumlah_pegawai) AS"
            + " jumlah_pegawai, 10 AS persen_memenuhi, 40 AS persen_memenuhi_proyeksi, 30 AS"
            + " batas_bawah, 50 AS batas_atas, sum(kekurangan_jp) AS kekurangan_jp,"
            + " sum(jumlah_tidak_on_track) AS jumlah_tidak_on_track, sum(poin_ip_asn_berisiko)"
            + " AS poin_ip_asn_berisiko FROM proyeksi_instansi GROUP BY ALL");
    sql.execute(
        "INSERT INTO training_rate_indikator BY NAME SELECT k.tahun, k.caturwulan,"
            + " k.kode_instansi, v.instrumen, v.indikator, v.bobot, CASE WHEN v.indikator = 'PL1'"
            + " THEN k.persen_on_track ELSE 40 + (hash(k.kode_instansi || v.indikator) % 60)"
            + " END AS nilai, false AS hilang, v.indikator = 'PL1' AS dihitung, 0 AS"
            + " nilai_dipakai, 0 AS potensi_tambahan FROM kepatuhan_instansi k, (VALUES"
            + " ('PERENCANAAN', 'PR1', 30), ('PERENCANAAN', 'PR2', 30), ('PELAKSANAAN', 'PL1',"
            + " 40), ('PELAKSANAAN', 'PL2', 40), ('MONEV', 'MO1', 30), ('MONEV', 'MO2', 30))"
            + " v(instrumen, indikator, bobot) WHERE k.melapor");
    sql.execute(
        "UPDATE training_rate_indikator SET nilai_dipakai = nilai, potensi_tambahan ="
            + " round(bobot * (100 - nilai) / 100 / 2, 2)");
    sql.execute(
        "INSERT INTO training_rate_instansi BY NAME SELECT tahun, caturwulan, kode_instansi,"
            + " round(avg(nilai) FILTER (WHERE instrumen = 'PERENCANAAN'), 2) AS"
            + " skor_perencanaan, round(avg(nilai) FILTER (WHERE instrumen = 'PELAKSANAAN'), 2)"
            + " AS skor_pelaksanaan, round(avg(nilai) FILTER (WHERE instrumen = 'MONEV'), 2) AS"
            + " skor_monev, 0 AS training_rate, '' AS kategori, '' AS indikator_hilang,"
            + " string_agg(indikator, ', ') FILTER (WHERE nilai < 60) AS indikator_penarik_turun,"
            + " arg_max(indikator, potensi_tambahan) AS perbaikan_utama, max(potensi_tambahan)"
            + " AS tambahan_poin_perbaikan FROM training_rate_indikator GROUP BY ALL");
    sql.execute(
        "UPDATE training_rate_instansi SET training_rate = round(0.3 * skor_perencanaan + 0.4 *"
            + " skor_pelaksanaan + 0.3 * skor_monev, 2)");
    sql.execute(
        "UPDATE training_rate_instansi SET kategori = CASE WHEN training_rate >= 80 THEN"
            + " 'SANGAT_BAIK' WHEN training_rate >= 60 THEN 'BAIK' WHEN training_rate >= 50 THEN"
            + " 'CUKUP' ELSE 'KURANG' END");
    sql.execute(
        "INSERT INTO training_rate_nasional BY NAME SELECT tahun, caturwulan, (SELECT count(*)"
            + " FROM dim_instansi) AS jumlah_instansi, count(*) AS jumlah_instansi_diukur,"
            + " round(100.0 * count(*) / (SELECT count(*) FROM dim_instansi), 2) AS"
            + " persen_cakupan, round(avg(training_rate), 2) AS training_rate, 'BAIK' AS"
            + " kategori, round(avg(skor_perencanaan), 2) AS rata_rata_skor_perencanaan,"
            + " count(*) FILTER (WHERE skor_perencanaan >= 60) AS"
            + " jumlah_instansi_perencanaan_di_atas_ambang, round(avg(skor_pelaksanaan), 2) AS"
            + " rata_rata_skor_pelaksanaan, count(*) FILTER (WHERE skor_pelaksanaan >= 60) AS"
            + " jumlah_instansi_pelaksanaan_di_atas_ambang, round(avg(skor_monev), 2) AS"
            + " rata_rata_skor_monev, count(*) FILTER (WHERE skor_monev >= 60) AS"
            + " jumlah_instansi_monev_di_atas_ambang FROM training_rate_instansi GROUP BY ALL");
    sql.execute(
        "INSERT INTO kelemahan_instansi BY NAME SELECT tahun, caturwulan, kode_instansi, 1 AS"
            + " peringkat, 'unit_kerja_terendah' AS ukuran, min(persen_on_track) AS nilai,"
            + " arg_min(unit_kerja, persen_on_track) AS rincian, 50 AS median_nasional, 50 AS"
            + " median_sejenis, greatest(50 - min(persen_on_track), 1) AS selisih, 'Capaian"
            + " sesuai target unit kerja ' || arg_min(unit_kerja, persen_on_track) || ' rendah.'"
            + " AS kalimat FROM kepatuhan_unit GROUP BY ALL");
    sql.execute(
        "INSERT INTO submisi BY NAME SELECT kode_instansi || '/2026-CW' || caturwulan || '/v1' AS"
            + " submisi_id, kode_instansi, tahun, caturwulan, 1 AS versi, TIMESTAMP '2026-09-10"
            + " 03:00:00' AS diterima_pada, 100 AS baris_dibaca, 99 AS baris_diterima, 1 AS"
            + " baris_ditolak FROM kepatuhan_instansi WHERE melapor");
  }

  /** A master list of this nation's instansi, each with PIC {@code Ibu PIC <kode>}. */
  InstansiMaster master(Path folder) throws SQLException, IOException {
    StringBuilder csv =
        new StringBuilder(
            "kode_instansi,nama_instansi,jenis_instansi,kode_provinsi,nama_provinsi,nama_pic,"
                + "email_pic\n");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute("ATTACH '" + warehouse + "' AS w (READ_ONLY)");
      try (java.sql.ResultSet rs =
          s.executeQuery(
              "SELECT kode_instansi, nama_instansi, jenis_instansi FROM w.dim_instansi"
                  + " ORDER BY kode_instansi")) {
        while (rs.next()) {
          String kode = rs.getString(1);
          csv.append(kode)
              .append(",\"")
              .append(rs.getString(2))
              .append("\",")
              .append(rs.getString(3))
              .append(",,,Ibu PIC ")
              .append(kode)
              .append(",pic@")
              .append(kode.toLowerCase(Locale.ROOT))
              .append(".instansi.example\n");
        }
      }
    }
    Path file = folder.resolve("instansi.csv");
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    return InstansiMaster.load(java.util.Optional.of(file));
  }
}

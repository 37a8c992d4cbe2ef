package id.go.lan.bangkom.reports.tindaklanjut;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A small warehouse for the worklist, figures chosen by hand: seven instansi at two cut-offs,
 * 2025-CW3 (the previous one) and 2026-CW1; two analis in the assignment in force from 2026-05-01
 * (the older version gave everything to Sari), C01 not assigned any more. A02's letter bounced, B01
 * is a DATA case without a roster, B02 was late and had rows refused, A01 has two follow-ups and a
 * promise now overdue from 2025-CW3, a call recorded for 2026-CW1 on 2026-05-22 (before its
 * deadline) and one recorded for a later cut-off, not to be shown. The data-quality scores of
 * {@code mutu_data_instansi} follow its formula (docs/warehouse.md) from the rows here: A01 sent
 * its roster on time with nothing refused (100); B01 sent nothing (0); B02's roster came 2026-05-18
 * 03:00 UTC (10:00 in Jakarta), 3 days after 2026-05-15, and 15 of its 220 rows over both versions
 * were refused, 6.82% (100 - 6 - 6.82 = 87.18); the others have no score row.
 *
 * <p>With the later stages of the escalation ladder ({@code denganTahap}), the rows publish derives
 * on 2026-06-01 with {@code surat.tenggat_hari} 10 (eskalasi-design.md): A02 MERAH at 2025-CW3 and
 * 2026-CW1, ESKALASI DUA_BERTURUT, its letter refused for a blank {@code email_pimpinan}; B01 DATA
 * (HIJAU before, so not twice), letter sent 2026-05-21, deadline 2026-05-31 passed with nothing
 * recorded: ESKALASI TENGGAT_LEWAT, its letter failed once (2026-06-01) and went out 2026-06-02;
 * B03 HIJAU after KUNING: TERIMA_KASIH, not sent yet. A01 (MERAH, deadline 2026-05-30) is not
 * escalated: its call of 2026-05-22 named a kontak. A02 also has an ESKALASI row at 2025-CW3 (a
 * previous cut-off's stage, not to be read as its level then).
 */
final class GudangDaftar {
  private GudangDaftar() {}

  /**
   * @param denganTabelBaru with {@code dim_penugasan}, {@code tindak_lanjut} and {@code
   *     mutu_data_instansi} (false: a warehouse published before they existed)
   */
  static Path build(Path folder, boolean denganTabelBaru) throws SQLException {
    return build(folder, denganTabelBaru, false);
  }

  /**
   * @param denganTahap with the ESKALASI and TERIMA_KASIH rows of {@code sounding} and the
   *     deliveries of their letters (needs {@code denganTabelBaru})
   */
  static Path build(Path folder, boolean denganTabelBaru, boolean denganTahap) throws SQLException {
    Path file =
        folder.resolve(
            denganTahap ? "tahap.duckdb" : denganTabelBaru ? "bangkom.duckdb" : "lama.duckdb");
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file);
        Statement sql = connection.createStatement()) {
      tabel(sql, denganTabelBaru);
      sql.execute(
          "INSERT INTO dim_instansi VALUES"
              + " ('A01', 'Kementerian Alfa', 'KEMENTERIAN', NULL, NULL),"
              + " ('A02', 'Lembaga Beta', 'LEMBAGA', NULL, NULL),"
              + " ('B01', 'Provinsi Gamma', 'PROVINSI', '11', 'Gamma'),"
              + " ('B02', 'Kabupaten Delta', 'KABUPATEN', '11', 'Gamma'),"
              + " ('B03', 'Kota Epsilon', 'KOTA', '11', 'Gamma'),"
              + " ('B04', 'Kota Zeta', 'KOTA', '11', 'Gamma'),"
              + " ('C01', 'Kabupaten Eta', 'KABUPATEN', '11', 'Gamma')");
      // 2025-CW3: C01 has no row (no sounding then), B01 was HIJAU.
      sql.execute(
          "INSERT INTO sounding (tahun, caturwulan, kode_instansi, level, jumlah_pegawai,"
              + " persen_on_track, persen_baris_ditolak, alasan) VALUES"
              + " (2025, 3, 'A01', 'KUNING', 100, 70.00, 0.00, 'Capaian di bawah 80%'),"
              + " (2025, 3, 'A02', 'MERAH', 100, 35.00, 0.00, 'Capaian di bawah 65%'),"
              + " (2025, 3, 'B01', 'HIJAU', 100, 85.00, 0.00, 'Sesuai target'),"
              + " (2025, 3, 'B02', 'KUNING', 100, 70.00, 0.00, 'Capaian di bawah 80%'),"
              + " (2025, 3, 'B03', 'KUNING', 50, 75.00, 0.00, 'Capaian di bawah 80%'),"
              + " (2025, 3, 'B04', 'MERAH', 100, 50.00, 0.00, 'Capaian di bawah 65%'),"
              + " (2026, 1, 'A01', 'MERAH', 100, 40.00, 0.00, 'Capaian di bawah 65%'),"
              + " (2026, 1, 'A02', 'MERAH', 100, 30.00, 0.00, 'Capaian di bawah 65%'),"
              + " (2026, 1, 'B01', 'DATA', NULL, NULL, NULL, 'Roster belum dikirim'),"
              + " (2026, 1, 'B02', 'KUNING', 120, 72.50, 4.17, 'Capaian di bawah 80%'),"
              + " (2026, 1, 'B03', 'HIJAU', 50, 90.00, 0.00, 'Sesuai target'),"
              + " (2026, 1, 'B04', 'KUNING', 100, 68.00, 0.00, 'Capaian di bawah 80%'),"
              + " (2026, 1, 'C01', 'MERAH', 80, 20.00, 0.00, 'Capaian di bawah 65%')");
      sql.execute(
          "INSERT INTO kepatuhan_instansi (tahun, caturwulan, kode_instansi, melapor,"
              + " persen_on_track) SELECT tahun, caturwulan, kode_instansi,"
              + " persen_on_track IS NOT NULL, persen_on_track FROM sounding");
      sql.execute(
          "INSERT INTO cakupan VALUES"
              + " (2026, 1, 'A01', true, TIMESTAMP '2026-05-02 03:00:00', DATE '2026-05-15',"
              + " false),"
              + " (2026, 1, 'B01', false, NULL, DATE '2026-05-15', NULL),"
              + " (2026, 1, 'B02', true, TIMESTAMP '2026-05-18 03:00:00', DATE '2026-05-15',"
              + " true)");
      sql.execute(
          "INSERT INTO submisi VALUES"
              + " ('B02/2026-CW1/v1', 'B02', 2026, 1, 1, TIMESTAMP '2026-05-18 03:00:00', 100,"
              + " 90, 10),"
              + " ('B02/2026-CW1/v2', 'B02', 2026, 1, 2, TIMESTAMP '2026-05-19 03:00:00', 120,"
              + " 115, 5),"
              + " ('A01/2026-CW1/v1', 'A01', 2026, 1, 1, TIMESTAMP '2026-05-02 03:00:00', 100,"
              + " 100, 0)");
      // v1's ten refusals are all TANGGAL_FORMAT: only the latest version (v2) counts.
      sql.execute(
          "INSERT INTO penolakan SELECT 'B02/2026-CW1/v1', 'B02', 'pegawai', 'pegawai.csv', i,"
              + " 'TANGGAL_FORMAT', 'tmt_asn', 'Tanggal tidak sah' FROM range(2, 12) t(i)");
      sql.execute(
          "INSERT INTO penolakan VALUES"
              + " ('B02/2026-CW1/v2', 'B02', 'pegawai', 'pegawai.csv', 3, 'NIP_FORMAT', 'nip',"
              + " 'NIP tidak sah'),"
              + " ('B02/2026-CW1/v2', 'B02', 'pegawai', 'pegawai.csv', 4, 'NIP_FORMAT', 'nip',"
              + " 'NIP tidak sah'),"
              + " ('B02/2026-CW1/v2', 'B02', 'pegawai', 'pegawai.csv', 5, 'NIP_FORMAT', 'nip',"
              + " 'NIP tidak sah'),"
              + " ('B02/2026-CW1/v2', 'B02', 'pegawai', 'pegawai.csv', 6, 'TANGGAL_FORMAT',"
              + " 'tmt_asn', 'Tanggal tidak sah'),"
              + " ('B02/2026-CW1/v2', 'B02', 'pegawai', 'pegawai.csv', 7, 'TANGGAL_FORMAT',"
              + " 'tmt_asn', 'Tanggal tidak sah')");
      sql.execute(
          "INSERT INTO pengiriman (tahun, caturwulan, kode_instansi, level, status, kode_alasan,"
              + " alasan, dicatat_pada) VALUES"
              + " (2025, 3, 'A01', 'KUNING', 'TERKIRIM', NULL, NULL,"
              + " TIMESTAMP '2025-11-20 09:00:00'),"
              + " (2026, 1, 'A01', 'MERAH', 'MENGIRIM', NULL, NULL,"
              + " TIMESTAMP '2026-05-20 08:59:59'),"
              + " (2026, 1, 'A01', 'MERAH', 'TERKIRIM', NULL, NULL,"
              + " TIMESTAMP '2026-05-20 09:00:00'),"
              + " (2026, 1, 'A02', 'MERAH', 'MENGIRIM', NULL, NULL,"
              + " TIMESTAMP '2026-05-20 09:00:05'),"
              + " (2026, 1, 'A02', 'MERAH', 'GAGAL', 'ALAMAT_DITOLAK_SERVER',"
              + " '550 kotak surat tidak ada', TIMESTAMP '2026-05-20 09:00:06'),"
              + " (2026, 1, 'B01', 'DATA', 'TERKIRIM', NULL, NULL,"
              + " TIMESTAMP '2026-05-21 10:00:00'),"
              + " (2026, 1, 'B02', 'KUNING', 'TERKIRIM', NULL, NULL,"
              + " TIMESTAMP '2026-05-20 09:01:00'),"
              + " (2026, 1, 'B04', 'KUNING', 'TERKIRIM', NULL, NULL,"
              + " TIMESTAMP '2026-05-22 23:30:00')");
      sql.execute(
          "INSERT INTO proyeksi_instansi (tahun, caturwulan, kode_instansi, jumlah_pegawai,"
              + " kekurangan_jp) VALUES (2026, 1, 'A01', 100, 1234.50),"
              + " (2026, 1, 'B02', 120, 300.00), (2026, 1, 'B03', 50, 0.00)");
      if (denganTabelBaru) {
        sql.execute(
            "INSERT INTO dim_penugasan VALUES"
                + " ('A01', 'S1', 'Satker Satu', 'Sari Dewi', 'sari.dewi@lan.example', 1,"
                + " DATE '2025-01-01', DATE '2026-04-30'),"
                + " ('B02', 'S1', 'Satker Satu', 'Sari Dewi', 'sari.dewi@lan.example', 1,"
                + " DATE '2025-01-01', DATE '2026-04-30'),"
                + " ('C01', 'S1', 'Satker Satu', 'Sari Dewi', 'sari.dewi@lan.example', 1,"
                + " DATE '2025-01-01', DATE '2026-04-30'),"
                + " ('A01', 'S1', 'Satker Satu', 'Sari Dewi', 'sari.dewi@lan.example', 2,"
                + " DATE '2026-05-01', NULL),"
                + " ('A02', 'S1', 'Satker Satu', 'Sari Dewi', 'sari.dewi@lan.example', 2,"
                + " DATE '2026-05-01', NULL),"
                + " ('B01', 'S1', 'Satker Satu', 'Sari Dewi', 'sari.dewi@lan.example', 2,"
                + " DATE '2026-05-01', NULL),"
                + " ('B02', 'S2', 'Satker Dua', 'Budi Santoso', 'Budi.Santoso@lan.example', 2,"
                + " DATE '2026-05-01', NULL),"
                + " ('B03', 'S2', 'Satker Dua', 'Budi Santoso', 'Budi.Santoso@lan.example', 2,"
                + " DATE '2026-05-01', NULL),"
                + " ('B04', 'S2', 'Satker Dua', 'Budi Santoso', 'Budi.Santoso@lan.example', 2,"
                + " DATE '2026-05-01', NULL)");
        sql.execute(
            "INSERT INTO tindak_lanjut VALUES"
                + " ('a1', 2025, 3, 'A01', DATE '2025-11-01', 'SURAT', 'Sekretariat',"
                + " 'Surat diterima', '', NULL, 'sari.dewi@lan.example',"
                + " TIMESTAMP '2025-11-01 10:00:00', 'CATAT'),"
                + " ('a2', 2025, 3, 'A01', DATE '2025-12-10', 'TELEPON', 'Bu Rina (Kabag SDM)',"
                + " 'Berjanji mengirim rencana pelatihan', 'Kirim rencana pelatihan',"
                + " DATE '2026-01-31', 'sari.dewi@lan.example', TIMESTAMP '2025-12-10 10:00:00',"
                + " 'daftar-sari-dewi-lan-example.xlsx#2'),"
                + " ('a3', 2026, 2, 'A01', DATE '2026-06-10', 'RAPAT', 'Sekjen', 'Sudah rapat',"
                + " 'Pelatihan massal', DATE '2026-07-01', 'sari.dewi@lan.example',"
                + " TIMESTAMP '2026-06-10 10:00:00', 'CATAT'),"
                + " ('a4', 2026, 1, 'A01', DATE '2026-05-22', 'TELEPON', 'Bu Rina (Kabag SDM)',"
                + " 'Surat diterima, rencana disusun', '', NULL, 'sari.dewi@lan.example',"
                + " TIMESTAMP '2026-05-22 10:00:00', 'CATAT'),"
                + " ('b4', 2026, 1, 'B04', DATE '2026-05-24', 'WHATSAPP', 'Pak Andi',"
                + " 'Sudah menerima surat', NULL, NULL, 'budi.santoso@lan.example',"
                + " TIMESTAMP '2026-05-24 10:00:00', 'CATAT')");
        sql.execute(
            "INSERT INTO mutu_data_instansi (tahun, caturwulan, kode_instansi, skor_mutu) VALUES"
                + " (2026, 1, 'A01', 100.00), (2026, 1, 'B01', 0.00), (2026, 1, 'B02', 87.18),"
                + " (2025, 3, 'B04', 55.00)");
      }
      if (denganTahap) {
        tahap(sql);
      }
      sql.execute("CHECKPOINT");
    }
    return file;
  }

  /** The later stages of the ladder and their letters (see the class comment). */
  private static void tahap(Statement sql) throws SQLException {
    sql.execute(
        "INSERT INTO sounding VALUES"
            + " (2025, 3, 'A02', 'MERAH', 100, 35.00, 0.00, 'MERAH pada 2025-CW2 dan MERAH pada"
            + " 2025-CW3 (dua batas waktu berturut-turut)', 'ESKALASI', 'DUA_BERTURUT'),"
            + " (2026, 1, 'A02', 'MERAH', 100, 30.00, 0.00, 'MERAH pada 2025-CW3 dan MERAH pada"
            + " 2026-CW1 (dua batas waktu berturut-turut)', 'ESKALASI', 'DUA_BERTURUT'),"
            + " (2026, 1, 'B01', 'DATA', NULL, NULL, NULL, 'Surat sounding terkirim 2026-05-21;"
            + " tenggat 2026-05-31 lewat tanpa tanggapan yang tercatat', 'ESKALASI',"
            + " 'TENGGAT_LEWAT'),"
            + " (2026, 1, 'B03', 'HIJAU', 50, 90.00, 0.00, 'Kembali HIJAU setelah KUNING pada"
            + " 2025-CW3', 'TERIMA_KASIH', 'KEMBALI_HIJAU')");
    sql.execute(
        "INSERT INTO pengiriman (tahun, caturwulan, kode_instansi, level, tahap, status,"
            + " kode_alasan, alasan, dicatat_pada) VALUES"
            + " (2025, 3, 'A02', 'MERAH', 'ESKALASI', 'TERKIRIM', NULL, NULL,"
            + " TIMESTAMP '2025-11-25 09:00:00'),"
            + " (2026, 1, 'A02', 'MERAH', 'ESKALASI', 'MENGIRIM', NULL, NULL,"
            + " TIMESTAMP '2026-06-01 10:00:00'),"
            + " (2026, 1, 'A02', 'MERAH', 'ESKALASI', 'GAGAL', 'ALAMAT_TIDAK_SAH',"
            + " 'email_pimpinan kosong di daftar induk', TIMESTAMP '2026-06-01 10:00:01'),"
            + " (2026, 1, 'B01', 'DATA', 'ESKALASI', 'MENGIRIM', NULL, NULL,"
            + " TIMESTAMP '2026-06-01 10:00:02'),"
            + " (2026, 1, 'B01', 'DATA', 'ESKALASI', 'GAGAL', 'SMTP_GAGAL', 'server tidak menjawab',"
            + " TIMESTAMP '2026-06-01 10:00:03'),"
            + " (2026, 1, 'B01', 'DATA', 'ESKALASI', 'MENGIRIM', NULL, NULL,"
            + " TIMESTAMP '2026-06-02 10:00:00'),"
            + " (2026, 1, 'B01', 'DATA', 'ESKALASI', 'TERKIRIM', NULL, NULL,"
            + " TIMESTAMP '2026-06-02 10:00:01')");
  }

  /** The tables as in warehouse/schema.sql (docs/warehouse.md) and the agreed new ones. */
  private static void tabel(Statement sql, boolean denganTabelBaru) throws SQLException {
    sql.execute(
        "CREATE TABLE dim_instansi (kode_instansi VARCHAR, nama_instansi VARCHAR NOT NULL,"
            + " jenis_instansi VARCHAR NOT NULL, kode_provinsi VARCHAR, nama_provinsi VARCHAR)");
    sql.execute(
        "CREATE TABLE sounding (tahun INTEGER NOT NULL, caturwulan INTEGER NOT NULL,"
            + " kode_instansi VARCHAR NOT NULL, level VARCHAR NOT NULL, jumlah_pegawai BIGINT,"
            + " persen_on_track DECIMAL(5,2), persen_baris_ditolak DECIMAL(5,2),"
            + " alasan VARCHAR NOT NULL"
            // The escalation ladder's columns (absent in a warehouse published before it).
            + (denganTabelBaru
                ? ", tahap VARCHAR NOT NULL DEFAULT 'SOUNDING', pemicu VARCHAR DEFAULT NULL)"
                : ")"));
    sql.execute(
        "CREATE TABLE kepatuhan_instansi (tahun INTEGER NOT NULL, caturwulan INTEGER NOT NULL,"
            + " kode_instansi VARCHAR NOT NULL, melapor BOOLEAN NOT NULL, jumlah_pegawai BIGINT,"
            + " jumlah_memenuhi BIGINT, jumlah_sesuai_target BIGINT, jumlah_tertinggal BIGINT,"
            + " jumlah_belum_ada_jp BIGINT, jumlah_non_aktif BIGINT,"
            + " persen_memenuhi DECIMAL(5,2), persen_on_track DECIMAL(5,2),"
            + " total_jp DECIMAL(14,2), rata_rata_jp DECIMAL(10,2), median_jp DECIMAL(10,2))");
    sql.execute(
        "CREATE TABLE cakupan (tahun INTEGER NOT NULL, caturwulan INTEGER NOT NULL,"
            + " kode_instansi VARCHAR NOT NULL, melapor BOOLEAN NOT NULL,"
            + " pertama_diterima_pada TIMESTAMP, batas_submisi DATE NOT NULL, terlambat BOOLEAN)");
    sql.execute(
        "CREATE TABLE submisi (submisi_id VARCHAR, kode_instansi VARCHAR NOT NULL,"
            + " tahun INTEGER NOT NULL, caturwulan INTEGER NOT NULL, versi INTEGER NOT NULL,"
            + " diterima_pada TIMESTAMP NOT NULL, baris_dibaca BIGINT NOT NULL,"
            + " baris_diterima BIGINT NOT NULL, baris_ditolak BIGINT NOT NULL)");
    sql.execute(
        "CREATE TABLE penolakan (submisi_id VARCHAR NOT NULL, kode_instansi VARCHAR NOT NULL,"
            + " dataset VARCHAR NOT NULL, berkas VARCHAR NOT NULL, nomor_baris BIGINT NOT NULL,"
            + " kode_alasan VARCHAR NOT NULL, kolom VARCHAR, pesan VARCHAR NOT NULL)");
    sql.execute(
        "CREATE TABLE pengiriman (tahun INTEGER NOT NULL, caturwulan INTEGER NOT NULL,"
            + " kode_instansi VARCHAR NOT NULL, level VARCHAR NOT NULL,"
            + (denganTabelBaru ? " tahap VARCHAR NOT NULL DEFAULT 'SOUNDING'," : "")
            + " status VARCHAR NOT NULL,"
            + " kode_alasan VARCHAR, alasan VARCHAR, message_id VARCHAR, lampiran VARCHAR,"
            + " arsip VARCHAR, sha256 VARCHAR, ulang BOOLEAN, id_proses VARCHAR,"
            + " dicatat_pada TIMESTAMP NOT NULL)");
    sql.execute(
        "CREATE TABLE proyeksi_instansi (tahun INTEGER NOT NULL, caturwulan INTEGER NOT NULL,"
            + " kode_instansi VARCHAR NOT NULL, jumlah_pegawai BIGINT NOT NULL,"
            + " persen_memenuhi DECIMAL(5,2), persen_memenuhi_proyeksi DECIMAL(5,2),"
            + " batas_bawah DECIMAL(5,2), batas_atas DECIMAL(5,2), kekurangan_jp DECIMAL(14,2),"
            + " jumlah_tidak_on_track BIGINT, poin_ip_asn_berisiko DECIMAL(14,2), metode VARCHAR)");
    if (denganTabelBaru) {
      sql.execute(
          "CREATE TABLE dim_penugasan (kode_instansi VARCHAR, kode_satker VARCHAR,"
              + " nama_satker VARCHAR, nama_analis VARCHAR, email_analis VARCHAR,"
              + " versi INTEGER, berlaku_mulai DATE, berlaku_sampai DATE)");
      sql.execute(
          "CREATE TABLE tindak_lanjut (id VARCHAR, tahun INTEGER, caturwulan INTEGER,"
              + " kode_instansi VARCHAR, tanggal DATE, saluran VARCHAR, kontak VARCHAR,"
              + " hasil VARCHAR, janji_tindakan VARCHAR, janji_tanggal DATE,"
              + " dicatat_oleh VARCHAR, dicatat_pada TIMESTAMP, sumber VARCHAR)");
      sql.execute(
          "CREATE TABLE mutu_data_instansi (tahun INTEGER, caturwulan INTEGER,"
              + " kode_instansi VARCHAR, skor_mutu DECIMAL(5,2))");
    }
  }
}

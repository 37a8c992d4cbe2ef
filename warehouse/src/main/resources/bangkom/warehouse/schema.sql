-- The analyst warehouse. docs/warehouse.md documents every table and column; publish turns that
-- document into COMMENT ON statements and a test keeps the two equal, so adding a table is one
-- CREATE TABLE here and one section there. Statements are separated by a line holding only ';'.
-- Keys: the "Key:" line of each table in docs/warehouse.md is checked at publish (one grouped
-- query per table). No PRIMARY KEY constraints: a violation inside DuckDB's multi-threaded insert
-- was reported late and inconsistently, and the constraints cost 35 s per 2 M rows.
CREATE TABLE dim_instansi (
  kode_instansi VARCHAR,
  nama_instansi VARCHAR NOT NULL,
  jenis_instansi VARCHAR NOT NULL,
  kode_provinsi VARCHAR,
  nama_provinsi VARCHAR
)
;
CREATE TABLE dim_jenis_instansi (
  jenis_instansi VARCHAR,
  nama_jenis_instansi VARCHAR NOT NULL,
  kelompok VARCHAR NOT NULL,
  urutan INTEGER NOT NULL
)
;
CREATE TABLE dim_provinsi (
  kode_provinsi VARCHAR,
  nama_provinsi VARCHAR NOT NULL,
  jumlah_instansi_daerah INTEGER NOT NULL
)
;
CREATE TABLE dim_jenis_pegawai (
  jenis_pegawai VARCHAR,
  nama_jenis_pegawai VARCHAR NOT NULL
)
;
CREATE TABLE dim_target_jp (
  tahun INTEGER NOT NULL,
  jenis_pegawai VARCHAR NOT NULL,
  target_jp_tahunan DECIMAL(10,2) NOT NULL,
  khusus_tahun BOOLEAN NOT NULL
)
;
CREATE TABLE dim_jenis_jabatan (
  jenis_jabatan VARCHAR,
  nama_jenis_jabatan VARCHAR NOT NULL,
  kelompok VARCHAR NOT NULL,
  poin_ip_asn_berisiko DECIMAL(4,1) NOT NULL,
  urutan INTEGER NOT NULL
)
;
CREATE TABLE dim_jenis_diklat (
  jenis_diklat INTEGER,
  nama_jenis_diklat VARCHAR NOT NULL,
  jalur_bawaan VARCHAR NOT NULL
)
;
CREATE TABLE dim_status_kepatuhan (
  status VARCHAR,
  nama_status VARCHAR NOT NULL,
  on_track BOOLEAN NOT NULL,
  urutan INTEGER NOT NULL
)
;
CREATE TABLE dim_periode (
  periode VARCHAR,
  tahun INTEGER NOT NULL,
  caturwulan INTEGER NOT NULL,
  tanggal_mulai DATE NOT NULL,
  tanggal_akhir DATE NOT NULL
)
;
CREATE TABLE submisi (
  submisi_id VARCHAR,
  kode_instansi VARCHAR NOT NULL,
  tahun INTEGER NOT NULL,
  caturwulan INTEGER NOT NULL,
  versi INTEGER NOT NULL,
  diterima_pada TIMESTAMP NOT NULL,
  baris_dibaca BIGINT NOT NULL,
  baris_diterima BIGINT NOT NULL,
  baris_ditolak BIGINT NOT NULL
)
;
CREATE TABLE penolakan (
  submisi_id VARCHAR NOT NULL,
  kode_instansi VARCHAR NOT NULL,
  dataset VARCHAR NOT NULL,
  berkas VARCHAR NOT NULL,
  nomor_baris BIGINT NOT NULL,
  kode_alasan VARCHAR NOT NULL,
  kolom VARCHAR,
  pesan VARCHAR NOT NULL
)
;
CREATE TABLE kepatuhan_pegawai (
  tahun INTEGER NOT NULL,
  caturwulan INTEGER NOT NULL,
  kode_instansi VARCHAR NOT NULL,
  nip_hash VARCHAR NOT NULL,
  jenis_pegawai VARCHAR,
  jenis_jabatan VARCHAR,
  unit_kerja VARCHAR,
  status_pegawai VARCHAR,
  tmt_asn DATE,
  jp DECIMAL(10,2) NOT NULL,
  target_tahunan DECIMAL(10,2),
  target_kumulatif DECIMAL(10,2),
  status VARCHAR NOT NULL
  -- Key (tahun, caturwulan, kode_instansi, nip_hash) is checked at publish, not indexed: a
  -- index over 30 M rows of 64-character hashes costs minutes.
)
;
CREATE TABLE kepatuhan_instansi (
  tahun INTEGER NOT NULL,
  caturwulan INTEGER NOT NULL,
  kode_instansi VARCHAR NOT NULL,
  melapor BOOLEAN NOT NULL,
  jumlah_pegawai BIGINT,
  jumlah_memenuhi BIGINT,
  jumlah_sesuai_target BIGINT,
  jumlah_tertinggal BIGINT,
  jumlah_belum_ada_jp BIGINT,
  jumlah_non_aktif BIGINT,
  persen_memenuhi DECIMAL(5,2),
  persen_on_track DECIMAL(5,2),
  total_jp DECIMAL(14,2),
  rata_rata_jp DECIMAL(10,2),
  median_jp DECIMAL(10,2)
)
;
CREATE TABLE kepatuhan_unit (
  tahun INTEGER NOT NULL,
  caturwulan INTEGER NOT NULL,
  kode_instansi VARCHAR NOT NULL,
  unit_kerja VARCHAR NOT NULL,
  sel_kecil BOOLEAN NOT NULL DEFAULT false,
  jumlah_pegawai BIGINT,
  jumlah_memenuhi BIGINT,
  jumlah_sesuai_target BIGINT,
  jumlah_tertinggal BIGINT,
  jumlah_belum_ada_jp BIGINT,
  persen_memenuhi DECIMAL(5,2),
  persen_on_track DECIMAL(5,2),
  total_jp DECIMAL(14,2),
  rata_rata_jp DECIMAL(10,2),
  median_jp DECIMAL(10,2)
)
;
CREATE TABLE kepatuhan_nasional (
  tahun INTEGER NOT NULL,
  caturwulan INTEGER NOT NULL,
  jumlah_instansi BIGINT NOT NULL,
  jumlah_instansi_melapor BIGINT NOT NULL,
  persen_cakupan DECIMAL(5,2),
  jumlah_pegawai BIGINT,
  jumlah_memenuhi BIGINT,
  jumlah_sesuai_target BIGINT,
  jumlah_tertinggal BIGINT,
  jumlah_belum_ada_jp BIGINT,
  persen_memenuhi DECIMAL(5,2),
  persen_on_track DECIMAL(5,2),
  total_jp DECIMAL(14,2),
  rata_rata_jp DECIMAL(10,2),
  median_jp DECIMAL(10,2)
)
;
CREATE TABLE sounding (
  tahun INTEGER NOT NULL,
  caturwulan INTEGER NOT NULL,
  kode_instansi VARCHAR NOT NULL,
  level VARCHAR NOT NULL,
  jumlah_pegawai BIGINT,
  persen_on_track DECIMAL(5,2),
  persen_baris_ditolak DECIMAL(5,2),
  alasan VARCHAR NOT NULL,
  tahap VARCHAR NOT NULL DEFAULT 'SOUNDING',
  pemicu VARCHAR DEFAULT NULL
)
;
CREATE TABLE bangkom_ringkas (
  tahun INTEGER NOT NULL,
  caturwulan INTEGER NOT NULL,
  nip_hash VARCHAR NOT NULL,
  jenis_diklat INTEGER NOT NULL,
  jalur VARCHAR NOT NULL,
  jumlah_kegiatan BIGINT NOT NULL,
  jp DECIMAL(14,2) NOT NULL
  -- Key (tahun, caturwulan, nip_hash, jenis_diklat, jalur) is checked at publish, not indexed.
)
;
CREATE TABLE bangkom_instansi (
  tahun INTEGER NOT NULL,
  caturwulan INTEGER NOT NULL,
  kode_instansi VARCHAR NOT NULL,
  jenis_diklat INTEGER NOT NULL,
  jalur VARCHAR NOT NULL,
  jumlah_pegawai BIGINT NOT NULL,
  jumlah_kegiatan BIGINT NOT NULL,
  jp DECIMAL(14,2) NOT NULL
)
;
CREATE TABLE kepatuhan_jabatan (
  tahun INTEGER NOT NULL,
  caturwulan INTEGER NOT NULL,
  kode_instansi VARCHAR NOT NULL,
  jenis_jabatan VARCHAR,
  jumlah_pegawai BIGINT,
  jumlah_memenuhi BIGINT,
  jumlah_sesuai_target BIGINT,
  jumlah_tertinggal BIGINT,
  jumlah_belum_ada_jp BIGINT,
  persen_memenuhi DECIMAL(5,2),
  persen_on_track DECIMAL(5,2),
  total_jp DECIMAL(14,2),
  rata_rata_jp DECIMAL(10,2),
  median_jp DECIMAL(10,2)
)
;
CREATE TABLE kepatuhan_jenis_pegawai (
  tahun INTEGER NOT NULL,
  caturwulan INTEGER NOT NULL,
  kode_instansi VARCHAR NOT NULL,
  jenis_pegawai VARCHAR,
  jumlah_pegawai BIGINT,
  jumlah_memenuhi BIGINT,
  jumlah_sesuai_target BIGINT,
  jumlah_tertinggal BIGINT,
  jumlah_belum_ada_jp BIGINT,
  persen_memenuhi DECIMAL(5,2),
  persen_on_track DECIMAL(5,2),
  total_jp DECIMAL(14,2),
  rata_rata_jp DECIMAL(10,2),
  median_jp DECIMAL(10,2)
)
;
CREATE TABLE kepatuhan_jenis_instansi (
  tahun INTEGER NOT NULL,
  caturwulan INTEGER NOT NULL,
  jenis_instansi VARCHAR NOT NULL,
  jumlah_pegawai BIGINT,
  jumlah_memenuhi BIGINT,
  jumlah_sesuai_target BIGINT,
  jumlah_tertinggal BIGINT,
  jumlah_belum_ada_jp BIGINT,
  persen_memenuhi DECIMAL(5,2),
  persen_on_track DECIMAL(5,2),
  total_jp DECIMAL(14,2),
  rata_rata_jp DECIMAL(10,2),
  median_jp DECIMAL(10,2)
)
;
CREATE TABLE cakupan (
  tahun INTEGER NOT NULL,
  caturwulan INTEGER NOT NULL,
  kode_instansi VARCHAR NOT NULL,
  melapor BOOLEAN NOT NULL,
  pertama_diterima_pada TIMESTAMP,
  batas_submisi DATE NOT NULL,
  terlambat BOOLEAN
)
;
CREATE TABLE training_rate_indikator (
  tahun INTEGER NOT NULL,
  caturwulan INTEGER NOT NULL,
  kode_instansi VARCHAR NOT NULL,
  instrumen VARCHAR NOT NULL,
  indikator VARCHAR NOT NULL,
  bobot DECIMAL(5,2) NOT NULL,
  nilai DECIMAL(5,2),
  hilang BOOLEAN NOT NULL,
  dihitung BOOLEAN NOT NULL,
  nilai_dipakai DECIMAL(5,2) NOT NULL,
  potensi_tambahan DECIMAL(5,2) NOT NULL
)
;
CREATE TABLE training_rate_instansi (
  tahun INTEGER NOT NULL,
  caturwulan INTEGER NOT NULL,
  kode_instansi VARCHAR NOT NULL,
  skor_perencanaan DECIMAL(5,2),
  skor_pelaksanaan DECIMAL(5,2),
  skor_monev DECIMAL(5,2),
  training_rate DECIMAL(5,2) NOT NULL,
  kategori VARCHAR NOT NULL,
  indikator_hilang VARCHAR,
  indikator_penarik_turun VARCHAR,
  perbaikan_utama VARCHAR,
  tambahan_poin_perbaikan DECIMAL(5,2)
)
;
CREATE TABLE training_rate_nasional (
  tahun INTEGER NOT NULL,
  caturwulan INTEGER NOT NULL,
  jumlah_instansi BIGINT NOT NULL,
  jumlah_instansi_diukur BIGINT NOT NULL,
  persen_cakupan DECIMAL(5,2),
  training_rate DECIMAL(5,2),
  kategori VARCHAR,
  rata_rata_skor_perencanaan DECIMAL(5,2),
  jumlah_instansi_perencanaan_di_atas_ambang BIGINT,
  rata_rata_skor_pelaksanaan DECIMAL(5,2),
  jumlah_instansi_pelaksanaan_di_atas_ambang BIGINT,
  rata_rata_skor_monev DECIMAL(5,2),
  jumlah_instansi_monev_di_atas_ambang BIGINT
)
;
CREATE TABLE kelemahan_instansi (
  tahun INTEGER NOT NULL,
  caturwulan INTEGER NOT NULL,
  kode_instansi VARCHAR NOT NULL,
  peringkat INTEGER NOT NULL,
  ukuran VARCHAR NOT NULL,
  nilai DECIMAL(9,2) NOT NULL,
  rincian VARCHAR,
  median_nasional DECIMAL(9,2),
  median_sejenis DECIMAL(9,2),
  selisih DECIMAL(9,2) NOT NULL,
  kalimat VARCHAR NOT NULL
)
;
CREATE TABLE proyeksi_instansi (
  tahun INTEGER NOT NULL,
  caturwulan INTEGER NOT NULL,
  kode_instansi VARCHAR NOT NULL,
  jumlah_pegawai BIGINT NOT NULL,
  persen_memenuhi DECIMAL(5,2),
  persen_memenuhi_proyeksi DECIMAL(5,2),
  batas_bawah DECIMAL(5,2),
  batas_atas DECIMAL(5,2),
  kekurangan_jp DECIMAL(14,2),
  jumlah_tidak_on_track BIGINT,
  poin_ip_asn_berisiko DECIMAL(14,2),
  metode VARCHAR
)
;
CREATE TABLE proyeksi_nasional (
  tahun INTEGER NOT NULL,
  caturwulan INTEGER NOT NULL,
  jumlah_pegawai BIGINT NOT NULL,
  persen_memenuhi DECIMAL(5,2),
  persen_memenuhi_proyeksi DECIMAL(5,2),
  batas_bawah DECIMAL(5,2),
  batas_atas DECIMAL(5,2),
  kekurangan_jp DECIMAL(14,2),
  jumlah_tidak_on_track BIGINT,
  poin_ip_asn_berisiko DECIMAL(14,2),
  metode VARCHAR
)
;
CREATE TABLE proyeksi_uji_balik (
  tahun INTEGER NOT NULL,
  kode_instansi VARCHAR,
  dari_caturwulan INTEGER NOT NULL,
  persen_memenuhi_proyeksi DECIMAL(5,2),
  batas_bawah DECIMAL(5,2),
  batas_atas DECIMAL(5,2),
  persen_aktual DECIMAL(5,2),
  galat DECIMAL(5,2),
  dalam_interval BOOLEAN,
  metode VARCHAR
)
;
CREATE TABLE ralat (
  tahun INTEGER NOT NULL,
  caturwulan INTEGER NOT NULL,
  kode_instansi VARCHAR,
  rincian VARCHAR,
  tabel VARCHAR NOT NULL,
  ukuran VARCHAR NOT NULL,
  nilai_lama VARCHAR,
  nilai_baru VARCHAR,
  alasan VARCHAR NOT NULL,
  dicatat_pada TIMESTAMP NOT NULL
)
;
CREATE TABLE pengiriman (
  tahun INTEGER NOT NULL,
  caturwulan INTEGER NOT NULL,
  kode_instansi VARCHAR NOT NULL,
  level VARCHAR NOT NULL,
  tahap VARCHAR NOT NULL DEFAULT 'SOUNDING',
  status VARCHAR NOT NULL,
  kode_alasan VARCHAR,
  alasan VARCHAR,
  message_id VARCHAR,
  lampiran VARCHAR,
  arsip VARCHAR,
  sha256 VARCHAR,
  ulang BOOLEAN,
  id_proses VARCHAR,
  dicatat_pada TIMESTAMP NOT NULL
)
;
CREATE TABLE dim_penugasan (
  kode_instansi VARCHAR NOT NULL,
  kode_satker VARCHAR NOT NULL,
  nama_satker VARCHAR NOT NULL,
  nama_analis VARCHAR NOT NULL,
  email_analis VARCHAR NOT NULL,
  versi INTEGER NOT NULL,
  berlaku_mulai DATE NOT NULL,
  berlaku_sampai DATE
)
;
CREATE TABLE tindak_lanjut (
  id VARCHAR NOT NULL,
  tahun INTEGER NOT NULL,
  caturwulan INTEGER NOT NULL,
  kode_instansi VARCHAR NOT NULL,
  tanggal DATE NOT NULL,
  saluran VARCHAR NOT NULL,
  kontak VARCHAR NOT NULL,
  hasil VARCHAR NOT NULL,
  janji_tindakan VARCHAR NOT NULL,
  janji_tanggal DATE,
  dicatat_oleh VARCHAR NOT NULL,
  dicatat_pada TIMESTAMP NOT NULL,
  sumber VARCHAR NOT NULL
)
;
CREATE TABLE mutu_data_instansi (
  tahun INTEGER NOT NULL,
  caturwulan INTEGER NOT NULL,
  kode_instansi VARCHAR NOT NULL,
  melapor BOOLEAN NOT NULL,
  pertama_diterima_pada TIMESTAMP,
  batas_submisi DATE,
  hari_terlambat INTEGER,
  terlambat BOOLEAN,
  jumlah_versi INTEGER NOT NULL,
  baris_dibaca BIGINT NOT NULL,
  baris_ditolak BIGINT NOT NULL,
  persen_baris_ditolak DECIMAL(5,2),
  alasan_teratas VARCHAR,
  jumlah_pegawai BIGINT,
  jumlah_pegawai_sebelumnya BIGINT,
  persen_perubahan_pegawai DECIMAL(9,2),
  skor_mutu DECIMAL(5,2) NOT NULL
)
;
CREATE TABLE efektivitas_sounding (
  tahun INTEGER NOT NULL,
  caturwulan INTEGER NOT NULL,
  caturwulan_berikut INTEGER NOT NULL,
  level VARCHAR NOT NULL,
  jenis_instansi VARCHAR NOT NULL,
  disounding BOOLEAN NOT NULL,
  ditindaklanjuti BOOLEAN NOT NULL,
  jumlah_instansi BIGINT NOT NULL,
  rata_rata_perubahan DECIMAL(5,2) NOT NULL,
  median_perubahan DECIMAL(5,2) NOT NULL,
  jumlah_membaik BIGINT NOT NULL,
  jumlah_memburuk BIGINT NOT NULL
)
;
CREATE TABLE audit_portal (
  id BIGINT NOT NULL,
  waktu TIMESTAMP NOT NULL,
  akun VARCHAR NOT NULL,
  peran VARCHAR NOT NULL,
  kode_instansi VARCHAR NOT NULL,
  aksi VARCHAR NOT NULL,
  objek VARCHAR NOT NULL,
  hasil VARCHAR NOT NULL,
  alamat_ip VARCHAR NOT NULL
)

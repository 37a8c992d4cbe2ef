-- The analyst warehouse (docs/warehouse.md is the documentation of every table and column).
-- Statements are separated by a line holding only ';'.
CREATE TABLE dim_instansi (
  kode_instansi VARCHAR PRIMARY KEY,
  nama_instansi VARCHAR NOT NULL,
  jenis_instansi VARCHAR NOT NULL,
  kode_provinsi VARCHAR,
  nama_provinsi VARCHAR
)
;
CREATE TABLE dim_periode (
  periode VARCHAR PRIMARY KEY,
  tahun INTEGER NOT NULL,
  caturwulan INTEGER NOT NULL,
  tanggal_mulai DATE NOT NULL,
  tanggal_akhir DATE NOT NULL
)
;
CREATE TABLE submisi (
  submisi_id VARCHAR PRIMARY KEY,
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
  median_jp DECIMAL(10,2),
  PRIMARY KEY (tahun, caturwulan, kode_instansi)
)
;
CREATE TABLE kepatuhan_unit (
  tahun INTEGER NOT NULL,
  caturwulan INTEGER NOT NULL,
  kode_instansi VARCHAR NOT NULL,
  unit_kerja VARCHAR,
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
  median_jp DECIMAL(10,2),
  PRIMARY KEY (tahun, caturwulan)
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
  PRIMARY KEY (tahun, caturwulan, kode_instansi)
)

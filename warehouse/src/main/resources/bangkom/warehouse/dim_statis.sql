-- Small fixed dimensions (DOMAIN.md). Statements are separated by a line holding only ';'.
INSERT INTO dim_jenis_instansi VALUES
  ('KEMENTERIAN', 'Kementerian', 'PUSAT', 1),
  ('LEMBAGA', 'Lembaga', 'PUSAT', 2),
  ('PROVINSI', 'Pemerintah Provinsi', 'DAERAH', 3),
  ('KABUPATEN', 'Pemerintah Kabupaten', 'DAERAH', 4),
  ('KOTA', 'Pemerintah Kota', 'DAERAH', 5)
;
INSERT INTO dim_jenis_jabatan VALUES
  ('JPT', 'Jabatan Pimpinan Tinggi', 'STRUKTURAL', 15.0, 1),
  ('ADMINISTRATOR', 'Jabatan Administrator', 'STRUKTURAL', 15.0, 2),
  ('PENGAWAS', 'Jabatan Pengawas', 'STRUKTURAL', 15.0, 3),
  ('FUNGSIONAL', 'Jabatan Fungsional', 'FUNGSIONAL', 15.0, 4),
  ('PELAKSANA', 'Jabatan Pelaksana', 'PELAKSANA', 22.5, 5)
;
INSERT INTO dim_jenis_diklat VALUES
  (1, 'Diklat Struktural', 'KLASIKAL'),
  (2, 'Diklat Fungsional', 'KLASIKAL'),
  (3, 'Diklat Teknis', 'KLASIKAL'),
  (4, 'Workshop', 'KLASIKAL'),
  (5, 'Manajerial', 'KLASIKAL'),
  (6, 'Sosial Kultural', 'KLASIKAL'),
  (7, 'Sosialisasi', 'KLASIKAL'),
  (8, 'Bimbingan Teknis', 'KLASIKAL'),
  (9, 'Seminar', 'KLASIKAL'),
  (10, 'Magang', 'KLASIKAL'),
  (11, 'Kursus', 'KLASIKAL'),
  (12, 'Penataran', 'KLASIKAL'),
  (13, 'Klasikal Lainnya', 'KLASIKAL'),
  (14, 'Coaching', 'NONKLASIKAL'),
  (15, 'Mentoring', 'NONKLASIKAL'),
  (16, 'E-Learning', 'NONKLASIKAL'),
  (17, 'Pelatihan Jarak Jauh', 'NONKLASIKAL'),
  (18, 'Detasering', 'NONKLASIKAL'),
  (19, 'Pembelajaran Alam Terbuka', 'NONKLASIKAL'),
  (20, 'Patok Banding', 'NONKLASIKAL'),
  (21, 'Pertukaran', 'NONKLASIKAL'),
  (22, 'Belajar Mandiri', 'NONKLASIKAL'),
  (23, 'Komunitas Belajar', 'NONKLASIKAL'),
  (24, 'Bimbingan di Tempat Kerja', 'NONKLASIKAL'),
  (25, 'Nonklasikal Lainnya', 'NONKLASIKAL')
;
INSERT INTO dim_status_kepatuhan VALUES
  ('MEMENUHI', 'Memenuhi target tahunan', true, 1),
  ('SESUAI_TARGET', 'Sesuai target kumulatif', true, 2),
  ('TERTINGGAL', 'Tertinggal dari target kumulatif', false, 3),
  ('BELUM_ADA_JP', 'Belum ada JP', false, 4)

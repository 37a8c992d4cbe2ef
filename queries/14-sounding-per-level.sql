-- Sounding per level dan jenis instansi, per cut-off.
-- Question: how many instansi got a DATA, HIJAU, KUNING or MERAH notice?
-- Reads the SOUNDING rows only (the cut-off's level); the later stages are in 21-eskalasi.sql.
SELECT
  s.tahun,
  s.caturwulan,
  s.level,
  count(*) AS jumlah_instansi,
  count(*) FILTER (WHERE i.jenis_instansi IN ('KEMENTERIAN', 'LEMBAGA')) AS pusat,
  count(*) FILTER (WHERE i.jenis_instansi IN ('PROVINSI', 'KABUPATEN', 'KOTA')) AS daerah
FROM sounding s
JOIN dim_instansi i USING (kode_instansi)
WHERE s.tahap = 'SOUNDING'
GROUP BY s.tahun, s.caturwulan, s.level
ORDER BY s.tahun, s.caturwulan, s.level;

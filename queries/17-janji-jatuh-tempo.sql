-- Janji instansi yang sudah jatuh tempo, dengan level sounding terakhirnya.
-- Question: which promises made to an Analis Bangkom are past their date, and is the instansi still not HIJAU?
-- Reads: tindak_lanjut (the latest promise per instansi), sounding (SOUNDING rows: the level), dim_instansi, dim_penugasan, dim_periode.
-- Change current_date to a fixed DATE to look back.
WITH terakhir AS (
  SELECT tahun, caturwulan FROM dim_periode ORDER BY tahun DESC, caturwulan DESC LIMIT 1
),
janji AS (
  SELECT kode_instansi, janji_tindakan, janji_tanggal, tanggal AS dijanjikan_pada, dicatat_oleh
  FROM tindak_lanjut
  WHERE janji_tanggal IS NOT NULL
  QUALIFY row_number() OVER (PARTITION BY kode_instansi ORDER BY tanggal DESC, dicatat_pada DESC) = 1
)
SELECT
  j.kode_instansi,
  i.nama_instansi,
  j.janji_tindakan,
  j.janji_tanggal,
  current_date - j.janji_tanggal AS hari_lewat,
  s.level AS level_terakhir,
  p.nama_analis
FROM janji j
JOIN dim_instansi i USING (kode_instansi)
LEFT JOIN (
  SELECT s.* FROM sounding s JOIN terakhir USING (tahun, caturwulan) WHERE s.tahap = 'SOUNDING'
) s USING (kode_instansi)
LEFT JOIN dim_penugasan p ON p.kode_instansi = j.kode_instansi AND p.berlaku_sampai IS NULL
WHERE j.janji_tanggal < current_date AND coalesce(s.level, 'DATA') <> 'HIJAU'
ORDER BY hari_lewat DESC, j.kode_instansi;

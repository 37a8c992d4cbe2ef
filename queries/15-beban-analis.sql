-- Beban kerja tiap Analis Bangkom pada cut-off terakhir.
-- Question: how many instansi does each Analis Bangkom follow up, how many are MERAH or DATA at the latest cut-off, and how many of them have a follow-up recorded for it?
-- Reads: dim_penugasan (the version in force now: berlaku_sampai IS NULL), sounding (SOUNDING rows: the level), tindak_lanjut, dim_periode.
-- An instansi without a row in the assignment is in nobody's worklist: see the last row (analis NULL).
WITH terakhir AS (
  SELECT tahun, caturwulan FROM dim_periode ORDER BY tahun DESC, caturwulan DESC LIMIT 1
),
penugasan AS (
  SELECT kode_instansi, nama_satker, nama_analis, email_analis
  FROM dim_penugasan WHERE berlaku_sampai IS NULL
),
dihubungi AS (
  SELECT DISTINCT t.kode_instansi
  FROM tindak_lanjut t JOIN terakhir USING (tahun, caturwulan)
)
SELECT
  p.nama_satker,
  p.nama_analis,
  p.email_analis,
  count(*) AS jumlah_instansi,
  count(*) FILTER (WHERE s.level = 'MERAH') AS merah,
  count(*) FILTER (WHERE s.level = 'DATA') AS data,
  count(*) FILTER (WHERE s.level = 'KUNING') AS kuning,
  count(*) FILTER (WHERE s.level = 'HIJAU') AS hijau,
  count(d.kode_instansi) AS sudah_dihubungi
FROM sounding s
JOIN terakhir USING (tahun, caturwulan)
LEFT JOIN penugasan p USING (kode_instansi)
LEFT JOIN dihubungi d USING (kode_instansi)
WHERE s.tahap = 'SOUNDING'
GROUP BY p.nama_satker, p.nama_analis, p.email_analis
ORDER BY merah + data DESC, p.nama_analis NULLS LAST;

-- Instansi MERAH atau DATA pada cut-off terakhir yang belum ada catatan tindak lanjutnya.
-- Question: which MERAH or DATA instansi of the latest cut-off has nobody contacted yet, and whose worklist are they on?
-- Reads: sounding, tindak_lanjut, dim_penugasan (version in force now), pengiriman, dim_instansi, dim_periode.
-- surat_terkirim: whether the sounding letter of that cut-off reached the mail server (pengiriman, tahap SOUNDING).
-- Reads the SOUNDING rows of sounding (the level); whether it escalated: 21-eskalasi.sql.
WITH terakhir AS (
  SELECT tahun, caturwulan FROM dim_periode ORDER BY tahun DESC, caturwulan DESC LIMIT 1
),
dihubungi AS (
  SELECT DISTINCT tahun, caturwulan, kode_instansi FROM tindak_lanjut
),
terkirim AS (
  SELECT DISTINCT tahun, caturwulan, kode_instansi FROM pengiriman
  WHERE status = 'TERKIRIM' AND tahap = 'SOUNDING'
)
SELECT
  s.kode_instansi,
  i.nama_instansi,
  s.level,
  s.persen_on_track,
  p.nama_analis,
  p.email_analis,
  k.kode_instansi IS NOT NULL AS surat_terkirim
FROM sounding s
JOIN terakhir USING (tahun, caturwulan)
JOIN dim_instansi i USING (kode_instansi)
LEFT JOIN dim_penugasan p ON p.kode_instansi = s.kode_instansi AND p.berlaku_sampai IS NULL
LEFT JOIN dihubungi d USING (tahun, caturwulan, kode_instansi)
LEFT JOIN terkirim k USING (tahun, caturwulan, kode_instansi)
WHERE s.tahap = 'SOUNDING' AND s.level IN ('MERAH', 'DATA') AND d.kode_instansi IS NULL
ORDER BY s.level DESC, s.persen_on_track NULLS LAST, s.kode_instansi;

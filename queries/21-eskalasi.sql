-- Tangga eskalasi per cut-off: instansi yang mencapai tahap ESKALASI atau TERIMA_KASIH, pemicunya, dan apakah suratnya sudah terkirim.
-- Question: which instansi got a second-stage letter (MERAH or DATA twice in a row, or past the reply deadline without a recorded response) or a thank-you note, and did that letter reach the mail server?
-- Reads: sounding (the later-stage rows: tahap ESKALASI or TERIMA_KASIH, with pemicu and alasan; the SOUNDING row is the level), pengiriman (by tahap), dim_instansi, dim_penugasan (version in force now).
-- surat_terkirim: a pengiriman row of the same cut-off, instansi and tahap with status TERKIRIM; surat_gagal: only GAGAL attempts so far.
-- Add WHERE s.tahun = ... AND s.caturwulan = ... for one cut-off.
WITH kirim AS (
  SELECT
    tahun,
    caturwulan,
    kode_instansi,
    tahap,
    bool_or(status = 'TERKIRIM') AS surat_terkirim,
    bool_or(status = 'GAGAL') AS ada_gagal,
    min(dicatat_pada) FILTER (WHERE status = 'TERKIRIM') AS terkirim_pada
  FROM pengiriman
  GROUP BY tahun, caturwulan, kode_instansi, tahap
)
SELECT
  s.tahun,
  s.caturwulan,
  s.tahap,
  s.pemicu,
  s.kode_instansi,
  i.nama_instansi,
  s.level,
  s.persen_on_track,
  s.alasan,
  coalesce(k.surat_terkirim, false) AS surat_terkirim,
  k.terkirim_pada,
  coalesce(k.ada_gagal AND NOT k.surat_terkirim, false) AS surat_gagal,
  p.nama_analis
FROM sounding s
JOIN dim_instansi i USING (kode_instansi)
LEFT JOIN kirim k USING (tahun, caturwulan, kode_instansi, tahap)
LEFT JOIN dim_penugasan p ON p.kode_instansi = s.kode_instansi AND p.berlaku_sampai IS NULL
WHERE s.tahap IN ('ESKALASI', 'TERIMA_KASIH')
ORDER BY s.tahun, s.caturwulan, s.tahap, s.pemicu, s.level DESC, s.kode_instansi;

-- The later stages of the escalation ladder (docs/warehouse.md, sounding.tahap; issue 16.4): one
-- more sounding row per instansi and cut-off that reached ESKALASI or TERIMA_KASIH, derived at
-- every publish from the SOUNDING rows, pengiriman and tindak_lanjut, so it runs after them.
-- The five parameters (SoundingTahap binds them, in this order): today (WIB, the publisher's
-- clock), surat.tenggat_hari, and the three alasan templates of the warehouse message bundle with
-- the markers {level}, {periode}, {level_sebelumnya}, {periode_sebelumnya}, {terkirim} and
-- {tenggat} that the rows fill in. Dates appear as YYYY-MM-DD, periods as 2026-CW1.
INSERT INTO sounding
WITH parameter AS (
  SELECT
    CAST(? AS DATE) AS hari_ini,
    CAST(? AS INTEGER) AS tenggat_hari,
    CAST(? AS VARCHAR) AS alasan_dua_berturut,
    CAST(? AS VARCHAR) AS alasan_tenggat_lewat,
    CAST(? AS VARCHAR) AS alasan_kembali_hijau
),
-- The level of each instansi at each cut-off: only the SOUNDING rows (the transforms' rows).
dasar AS (
  SELECT * FROM sounding WHERE tahap = 'SOUNDING'
),
-- Each SOUNDING row with the same instansi's level at the cut-off before (CW1's is the previous
-- year's CW3); level_sebelumnya is NULL when that cut-off is not in the warehouse.
dengan_sebelumnya AS (
  SELECT
    s.*,
    s.tahun || '-CW' || s.caturwulan AS periode,
    p.level AS level_sebelumnya,
    p.tahun || '-CW' || p.caturwulan AS periode_sebelumnya
  FROM dasar s
  LEFT JOIN dasar p ON p.kode_instansi = s.kode_instansi
    AND p.tahun = CASE WHEN s.caturwulan = 1 THEN s.tahun - 1 ELSE s.tahun END
    AND p.caturwulan = CASE WHEN s.caturwulan = 1 THEN 3 ELSE s.caturwulan - 1 END
),
-- The day the cut-off's SOUNDING letter was first accepted by the mail server (dicatat_pada is
-- WIB) and its reply deadline, that day + surat.tenggat_hari. A GAGAL or MENGIRIM row is no letter.
surat AS (
  SELECT
    k.tahun,
    k.caturwulan,
    k.kode_instansi,
    CAST(min(k.dicatat_pada) AS DATE) AS terkirim,
    CAST(min(k.dicatat_pada) AS DATE) + any_value(p.tenggat_hari) AS tenggat
  FROM pengiriman k, parameter p
  WHERE k.tahap = 'SOUNDING' AND k.status = 'TERKIRIM'
  GROUP BY k.tahun, k.caturwulan, k.kode_instansi
),
-- Past the deadline (today after it) with no response recorded on or before it: a follow-up of
-- that cut-off naming the person reached (non-empty kontak). A response recorded after the
-- deadline does not undo the stage: once reached, a stage keeps its row (and its letter).
tenggat_lewat AS (
  SELECT k.*
  FROM surat k, parameter p
  WHERE p.hari_ini > k.tenggat
    AND NOT EXISTS (
      SELECT 1 FROM tindak_lanjut t
      WHERE t.tahun = k.tahun AND t.caturwulan = k.caturwulan
        AND t.kode_instansi = k.kode_instansi
        AND trim(t.kontak) <> ''
        AND CAST(t.dicatat_pada AS DATE) <= k.tenggat
    )
),
-- ESKALASI: MERAH or DATA now, and MERAH or DATA at the cut-off before (DUA_BERTURUT, which wins
-- when both hold) or past the deadline unanswered (TENGGAT_LEWAT). KUNING never escalates.
eskalasi AS (
  SELECT
    d.*,
    CASE
      WHEN d.level_sebelumnya IN ('MERAH', 'DATA') THEN 'DUA_BERTURUT'
      ELSE 'TENGGAT_LEWAT'
    END AS pemicu_tahap,
    l.terkirim,
    l.tenggat
  FROM dengan_sebelumnya d
  LEFT JOIN tenggat_lewat l ON l.tahun = d.tahun AND l.caturwulan = d.caturwulan
    AND l.kode_instansi = d.kode_instansi
  WHERE d.level IN ('MERAH', 'DATA')
    AND (d.level_sebelumnya IN ('MERAH', 'DATA') OR l.kode_instansi IS NOT NULL)
),
-- TERIMA_KASIH: HIJAU now after MERAH, KUNING or DATA at the cut-off before.
terima_kasih AS (
  SELECT d.*
  FROM dengan_sebelumnya d
  WHERE d.level = 'HIJAU' AND d.level_sebelumnya IN ('MERAH', 'KUNING', 'DATA')
)
-- A stage row copies the SOUNDING row's figures; alasan says why the stage was reached.
SELECT
  e.tahun,
  e.caturwulan,
  e.kode_instansi,
  e.level,
  e.jumlah_pegawai,
  e.persen_on_track,
  e.persen_baris_ditolak,
  CASE e.pemicu_tahap
    WHEN 'DUA_BERTURUT' THEN
      replace(replace(replace(replace(p.alasan_dua_berturut,
        '{level_sebelumnya}', e.level_sebelumnya),
        '{periode_sebelumnya}', e.periode_sebelumnya),
        '{level}', e.level),
        '{periode}', e.periode)
    ELSE
      replace(replace(p.alasan_tenggat_lewat,
        '{terkirim}', strftime(e.terkirim, '%Y-%m-%d')),
        '{tenggat}', strftime(e.tenggat, '%Y-%m-%d'))
  END AS alasan,
  'ESKALASI' AS tahap,
  e.pemicu_tahap AS pemicu
FROM eskalasi e, parameter p
UNION ALL
SELECT
  h.tahun,
  h.caturwulan,
  h.kode_instansi,
  h.level,
  h.jumlah_pegawai,
  h.persen_on_track,
  h.persen_baris_ditolak,
  replace(replace(p.alasan_kembali_hijau,
    '{level_sebelumnya}', h.level_sebelumnya),
    '{periode_sebelumnya}', h.periode_sebelumnya) AS alasan,
  'TERIMA_KASIH' AS tahap,
  'KEMBALI_HIJAU' AS pemicu
FROM terima_kasih h, parameter p
ORDER BY tahun, caturwulan, kode_instansi, tahap

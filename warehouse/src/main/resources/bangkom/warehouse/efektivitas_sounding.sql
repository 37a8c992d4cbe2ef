-- efektivitas_sounding (docs/warehouse.md): the change in persen_on_track from a cut-off to the
-- next one of the same year, per level at the first cut-off, jenis instansi, letter delivered and
-- follow-up recorded. Run at publish after sounding, kepatuhan_instansi, pengiriman and
-- tindak_lanjut are loaded. CW3 -> next year's CW1 is left out on purpose: persen_on_track is
-- cumulative within a year against that year's target, so the change across the new year measures
-- the reset to a new target, not what the instansi did after the letter.
-- Level order for membaik/memburuk: DATA < MERAH < KUNING < HIJAU (DATA asks for the data before
-- any figure can be judged, the lowest step).
-- Only the SOUNDING rows of sounding (the cut-off's level; a later stage of the escalation ladder
-- is another row of the same instansi) and only SOUNDING-stage letters count: disounding means the
-- cut-off's own sounding letter went out, not a second-stage letter or a thank-you note.
INSERT INTO efektivitas_sounding
WITH pasangan AS (
  SELECT DISTINCT a.tahun, a.caturwulan, b.caturwulan AS caturwulan_berikut
  FROM sounding a JOIN sounding b ON b.tahun = a.tahun AND b.caturwulan = a.caturwulan + 1
  WHERE a.tahap = 'SOUNDING' AND b.tahap = 'SOUNDING'
),
terkirim AS (
  SELECT DISTINCT tahun, caturwulan, kode_instansi FROM pengiriman
  WHERE status = 'TERKIRIM' AND tahap = 'SOUNDING'
),
dihubungi AS (
  SELECT DISTINCT tahun, caturwulan, kode_instansi FROM tindak_lanjut
),
perubahan AS (
  SELECT
    p.tahun,
    p.caturwulan,
    p.caturwulan_berikut,
    s.level,
    d.jenis_instansi,
    t.kode_instansi IS NOT NULL AS disounding,
    h.kode_instansi IS NOT NULL AS ditindaklanjuti,
    kb.persen_on_track - ka.persen_on_track AS perubahan,
    CASE sb.level WHEN 'HIJAU' THEN 3 WHEN 'KUNING' THEN 2 WHEN 'MERAH' THEN 1 ELSE 0 END
      - CASE s.level WHEN 'HIJAU' THEN 3 WHEN 'KUNING' THEN 2 WHEN 'MERAH' THEN 1 ELSE 0 END
      AS langkah
  FROM pasangan p
  JOIN sounding s ON s.tahun = p.tahun AND s.caturwulan = p.caturwulan
    AND s.tahap = 'SOUNDING'
  JOIN sounding sb ON sb.tahun = p.tahun AND sb.caturwulan = p.caturwulan_berikut
    AND sb.kode_instansi = s.kode_instansi AND sb.tahap = 'SOUNDING'
  JOIN kepatuhan_instansi ka ON ka.tahun = p.tahun AND ka.caturwulan = p.caturwulan
    AND ka.kode_instansi = s.kode_instansi
  JOIN kepatuhan_instansi kb ON kb.tahun = p.tahun AND kb.caturwulan = p.caturwulan_berikut
    AND kb.kode_instansi = s.kode_instansi
  JOIN dim_instansi d ON d.kode_instansi = s.kode_instansi
  LEFT JOIN terkirim t ON t.tahun = p.tahun AND t.caturwulan = p.caturwulan
    AND t.kode_instansi = s.kode_instansi
  LEFT JOIN dihubungi h ON h.tahun = p.tahun AND h.caturwulan = p.caturwulan
    AND h.kode_instansi = s.kode_instansi
  WHERE ka.melapor AND kb.melapor
    AND ka.persen_on_track IS NOT NULL AND kb.persen_on_track IS NOT NULL
)
SELECT
  tahun,
  caturwulan,
  caturwulan_berikut,
  level,
  jenis_instansi,
  disounding,
  ditindaklanjuti,
  count(*) AS jumlah_instansi,
  CAST(round(sum(perubahan) / count(*), 2) AS DECIMAL(5,2)) AS rata_rata_perubahan,
  CAST(round(median(perubahan), 2) AS DECIMAL(5,2)) AS median_perubahan,
  count(*) FILTER (WHERE langkah > 0) AS jumlah_membaik,
  count(*) FILTER (WHERE langkah < 0) AS jumlah_memburuk
FROM perubahan
GROUP BY ALL
ORDER BY ALL

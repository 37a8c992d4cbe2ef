-- PPPK dibandingkan PNS dan CPNS: kepatuhan per jenis pegawai, per cut-off tahun terakhir.
-- Question: are PPPK behind PNS in reaching their JP target?
-- Reads kepatuhan_pegawai (one row per employee and cut-off); the population is status_pegawai
-- AKTIF. Targets per year and jenis pegawai are in dim_target_jp. Drop the tahun filter for history.
SELECT
  k.tahun,
  k.caturwulan,
  k.jenis_pegawai,
  any_value(j.target_jp_tahunan) AS target_jp_tahunan,
  count(*) AS jumlah_pegawai,
  round(100.0 * count(*) FILTER (WHERE k.status IN ('MEMENUHI', 'SESUAI_TARGET')) / count(*), 2)
    AS persen_on_track,
  round(100.0 * count(*) FILTER (WHERE k.status = 'MEMENUHI') / count(*), 2) AS persen_memenuhi,
  round(100.0 * count(*) FILTER (WHERE k.status = 'BELUM_ADA_JP') / count(*), 2) AS persen_nol_jp,
  round(avg(k.jp), 2) AS rata_rata_jp
FROM kepatuhan_pegawai k
LEFT JOIN dim_target_jp j USING (tahun, jenis_pegawai)
WHERE k.status_pegawai = 'AKTIF'
  AND k.tahun = (SELECT max(tahun) FROM dim_periode)
GROUP BY k.tahun, k.caturwulan, k.jenis_pegawai
ORDER BY k.tahun, k.caturwulan, k.jenis_pegawai;

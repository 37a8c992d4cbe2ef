-- Sebaran JP pegawai per cut-off tahun terakhir: berapa orang di tiap rentang JP.
-- Question: is the national picture "most people have a little" or "a few have a lot"?
-- Bands in JP (1 JP = 45 minutes); the population is status_pegawai AKTIF.
SELECT
  tahun,
  caturwulan,
  CASE
    WHEN jp = 0 THEN '0 JP'
    WHEN jp < 5 THEN '0-5 JP'
    WHEN jp < 10 THEN '5-10 JP'
    WHEN jp < 20 THEN '10-20 JP'
    WHEN jp < 40 THEN '20-40 JP'
    ELSE '40 JP atau lebih'
  END AS rentang_jp,
  min(jp) AS jp_terendah,
  count(*) AS jumlah_pegawai,
  round(100.0 * count(*) / sum(count(*)) OVER (PARTITION BY tahun, caturwulan), 2) AS persen
FROM kepatuhan_pegawai
WHERE status_pegawai = 'AKTIF'
  AND tahun = (SELECT max(tahun) FROM dim_periode)
GROUP BY tahun, caturwulan, rentang_jp
ORDER BY tahun, caturwulan, jp_terendah;

-- Celah instrumen training rate: indikator yang paling sering hilang atau rendah.
-- Question: across measured instansi, which indicators pull the training rate down?
-- training_rate_indikator has one row per instansi, cut-off and indicator; hilang = not sent
-- (counts as 0), dihitung = computed by the product (PL1), nilai_dipakai = the value used.
WITH terakhir AS (
  SELECT tahun, caturwulan FROM dim_periode ORDER BY tahun DESC, caturwulan DESC LIMIT 1
)
SELECT
  t.instrumen,
  t.indikator,
  count(*) AS instansi_diukur,
  count(*) FILTER (WHERE t.hilang) AS indikator_hilang,
  count(*) FILTER (WHERE t.nilai_dipakai < 60) AS di_bawah_60,
  round(avg(t.nilai_dipakai), 2) AS rata_rata_nilai,
  round(sum(t.potensi_tambahan), 2) AS potensi_tambahan_total
FROM training_rate_indikator t
JOIN terakhir USING (tahun, caturwulan)
GROUP BY t.instrumen, t.indikator
ORDER BY rata_rata_nilai, t.indikator;

-- Perubahan sejak cut-off sebelumnya: naik-turun persen on track per instansi.
-- Question: who improved most (and who fell back) since the previous caturwulan of the year?
-- Compares each cut-off with the one before it in the same year (CW2 with CW1, CW3 with CW2);
-- percentages are cumulative from 1 January, so a fall means the target grew faster than JP.
WITH k AS (
  SELECT tahun, caturwulan, kode_instansi, persen_on_track, jumlah_belum_ada_jp,
         lag(persen_on_track) OVER w AS persen_on_track_sebelumnya,
         lag(jumlah_belum_ada_jp) OVER w AS nol_jp_sebelumnya
  FROM kepatuhan_instansi
  WHERE melapor
  WINDOW w AS (PARTITION BY tahun, kode_instansi ORDER BY caturwulan)
),
terakhir AS (
  SELECT tahun, caturwulan FROM dim_periode ORDER BY tahun DESC, caturwulan DESC LIMIT 1
)
SELECT
  k.tahun,
  k.caturwulan,
  k.kode_instansi,
  i.nama_instansi,
  k.persen_on_track_sebelumnya,
  k.persen_on_track,
  k.persen_on_track - k.persen_on_track_sebelumnya AS perubahan_poin,
  k.nol_jp_sebelumnya,
  k.jumlah_belum_ada_jp
FROM k
JOIN terakhir USING (tahun, caturwulan)
JOIN dim_instansi i USING (kode_instansi)
WHERE k.persen_on_track_sebelumnya IS NOT NULL
ORDER BY perubahan_poin DESC;

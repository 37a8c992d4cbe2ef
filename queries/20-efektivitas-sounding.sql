-- Efektivitas sounding: perubahan persen on track ke cut-off berikutnya, disurati vs tidak, ditindaklanjuti vs tidak, per level.
-- Question: at the same level, did instansi whose letter was delivered (or who were followed up) gain more persen on track by the next cut-off than the others?
-- Reads: efektivitas_sounding (pairs CW1 -> CW2 and CW2 -> CW3 of a year; instansi reporting at both).
-- Observational: letters and follow-ups are not assigned at random, so a difference between the
-- groups is no proof that the sounding caused it. Add jenis_instansi to the SELECT and GROUP BY
-- for the split per jenis instansi; keep WHERE disounding to compare only delivered letters.
-- rata_rata_perubahan is the mean over instansi of the groups' means weighted by their counts.
SELECT
  tahun,
  caturwulan,
  caturwulan_berikut,
  level,
  disounding,
  ditindaklanjuti,
  sum(jumlah_instansi) AS jumlah_instansi,
  round(sum(rata_rata_perubahan * jumlah_instansi) / sum(jumlah_instansi), 2)
    AS rata_rata_perubahan,
  sum(jumlah_membaik) AS jumlah_membaik,
  sum(jumlah_memburuk) AS jumlah_memburuk
FROM efektivitas_sounding
GROUP BY tahun, caturwulan, caturwulan_berikut, level, disounding, ditindaklanjuti
ORDER BY tahun, caturwulan,
  CASE level WHEN 'MERAH' THEN 1 WHEN 'DATA' THEN 2 WHEN 'KUNING' THEN 3 ELSE 4 END,
  disounding DESC, ditindaklanjuti DESC;

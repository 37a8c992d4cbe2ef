-- Porsi JP nonklasikal per instansi pada cut-off terakhir (BKN mendorong campuran 10:20:70).
-- Question: which instansi rely almost only on classroom training?
-- bangkom_instansi holds, per cut-off and instansi, the JP of its AKTIF employees by jenis
-- diklat and jalur (JP belong to the person, whichever instansi sent them). Instansi whose
-- employees have fewer than 100 JP in all are left out.
WITH terakhir AS (
  SELECT tahun, caturwulan FROM dim_periode ORDER BY tahun DESC, caturwulan DESC LIMIT 1
)
SELECT
  b.kode_instansi,
  i.nama_instansi,
  i.jenis_instansi,
  sum(b.jp) AS total_jp,
  coalesce(sum(b.jp) FILTER (WHERE b.jalur = 'NONKLASIKAL'), 0) AS jp_nonklasikal,
  round(100.0 * coalesce(sum(b.jp) FILTER (WHERE b.jalur = 'NONKLASIKAL'), 0) / sum(b.jp), 2)
    AS persen_nonklasikal
FROM bangkom_instansi b
JOIN terakhir USING (tahun, caturwulan)
JOIN dim_instansi i USING (kode_instansi)
GROUP BY b.kode_instansi, i.nama_instansi, i.jenis_instansi
HAVING sum(b.jp) >= 100
ORDER BY persen_nonklasikal, total_jp DESC;

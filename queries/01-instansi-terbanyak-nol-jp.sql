-- Instansi dengan pegawai 0 JP terbanyak pada cut-off terakhir.
-- Question: which instansi have the most employees with no JP at all at the latest cut-off?
-- Reads: kepatuhan_instansi (population = AKTIF roster rows), dim_instansi, dim_periode.
-- Change the LIMIT, or the ORDER BY to persen_nol_jp for the share instead of the count.
WITH terakhir AS (
  SELECT tahun, caturwulan FROM dim_periode ORDER BY tahun DESC, caturwulan DESC LIMIT 1
)
SELECT
  k.kode_instansi,
  i.nama_instansi,
  i.jenis_instansi,
  k.jumlah_pegawai,
  k.jumlah_belum_ada_jp,
  round(100.0 * k.jumlah_belum_ada_jp / k.jumlah_pegawai, 2) AS persen_nol_jp
FROM kepatuhan_instansi k
JOIN terakhir USING (tahun, caturwulan)
JOIN dim_instansi i USING (kode_instansi)
WHERE k.melapor AND k.jumlah_pegawai > 0
ORDER BY k.jumlah_belum_ada_jp DESC, persen_nol_jp DESC
LIMIT 20;

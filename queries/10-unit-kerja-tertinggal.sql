-- Unit kerja paling tertinggal pada cut-off terakhir (tanpa sel kecil).
-- Question: inside instansi, which units pull the figures down?
-- Units of fewer than 5 people (sel_kecil) have their measures NULL for privacy and are left out.
WITH terakhir AS (
  SELECT tahun, caturwulan FROM dim_periode ORDER BY tahun DESC, caturwulan DESC LIMIT 1
)
SELECT
  u.kode_instansi,
  i.nama_instansi,
  u.unit_kerja,
  u.jumlah_pegawai,
  u.persen_on_track,
  u.jumlah_belum_ada_jp,
  u.median_jp
FROM kepatuhan_unit u
JOIN terakhir USING (tahun, caturwulan)
JOIN dim_instansi i USING (kode_instansi)
WHERE NOT u.sel_kecil
ORDER BY u.persen_on_track, u.jumlah_pegawai DESC
LIMIT 25;

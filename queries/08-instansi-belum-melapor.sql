-- Instansi yang belum mengirim daftar pegawai untuk cut-off terakhir.
-- Question: whose data is missing (they get a sounding of level DATA)?
-- Lists every instansi with melapor = false, with when it last sent anything at all.
WITH terakhir AS (
  SELECT tahun, caturwulan FROM dim_periode ORDER BY tahun DESC, caturwulan DESC LIMIT 1
),
terakhir_kirim AS (
  SELECT kode_instansi, max(diterima_pada) AS terakhir_diterima FROM submisi GROUP BY kode_instansi
)
SELECT
  i.jenis_instansi,
  k.kode_instansi,
  i.nama_instansi,
  i.nama_provinsi,
  t.terakhir_diterima
FROM kepatuhan_instansi k
JOIN terakhir USING (tahun, caturwulan)
JOIN dim_instansi i USING (kode_instansi)
LEFT JOIN terakhir_kirim t USING (kode_instansi)
WHERE NOT k.melapor
ORDER BY i.jenis_instansi, k.kode_instansi;

-- Mutu data per instansi: skor terendah pada cut-off terakhir, dengan penyebabnya.
-- Question: which instansi send the poorest data (late, refused rows, no roster), and why?
-- skor_mutu = 100 minus penalties (docs/warehouse.md, mutu_data_instansi); 0 when nothing was sent.
WITH terakhir AS (
  SELECT tahun, caturwulan FROM dim_periode ORDER BY tahun DESC, caturwulan DESC LIMIT 1
)
SELECT
  m.tahun,
  m.caturwulan,
  m.kode_instansi,
  d.nama_instansi,
  m.skor_mutu,
  m.melapor,
  m.hari_terlambat,
  m.jumlah_versi,
  m.persen_baris_ditolak,
  m.alasan_teratas,
  m.jumlah_pegawai,
  m.persen_perubahan_pegawai
FROM mutu_data_instansi m
JOIN terakhir USING (tahun, caturwulan)
JOIN dim_instansi d USING (kode_instansi)
ORDER BY m.skor_mutu, m.kode_instansi
LIMIT 50;

-- JP per jenis diklat SIASN dan jalur, per tahun (pada cut-off terakhir tiap tahun).
-- Question: which forms of bangkom carry the JP, and how much of it is nonklasikal?
-- From bangkom_instansi (deduplicated records of AKTIF employees, summed per instansi); a
-- person listed by two instansi counts in both. For per-person detail use bangkom_ringkas.
SELECT
  b.tahun,
  b.caturwulan AS sampai_caturwulan,
  b.jalur,
  b.jenis_diklat,
  d.nama_jenis_diklat,
  sum(b.jumlah_kegiatan) AS jumlah_kegiatan,
  sum(b.jumlah_pegawai) AS jumlah_pegawai,
  sum(b.jp) AS total_jp,
  round(100.0 * sum(b.jp) / sum(sum(b.jp)) OVER (PARTITION BY b.tahun), 2) AS persen_jp_tahun
FROM bangkom_instansi b
JOIN dim_jenis_diklat d USING (jenis_diklat)
WHERE (b.tahun, b.caturwulan) IN (SELECT tahun, max(caturwulan) FROM dim_periode GROUP BY tahun)
GROUP BY b.tahun, b.caturwulan, b.jalur, b.jenis_diklat, d.nama_jenis_diklat
ORDER BY b.tahun, total_jp DESC;

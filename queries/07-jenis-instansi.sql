-- Kepatuhan per jenis instansi (kementerian, lembaga, provinsi, kabupaten, kota), per cut-off.
-- Question: are ministries ahead of the regions? Includes coverage (how many reported).
SELECT
  k.tahun,
  k.caturwulan,
  j.jenis_instansi,
  count(*) AS jumlah_instansi,
  count(*) FILTER (WHERE k.melapor) AS instansi_melapor,
  sum(k.jumlah_pegawai) AS jumlah_pegawai,
  round(100.0 * sum(k.jumlah_memenuhi + k.jumlah_sesuai_target)
        / nullif(sum(k.jumlah_pegawai), 0), 2) AS persen_on_track,
  round(100.0 * sum(k.jumlah_memenuhi) / nullif(sum(k.jumlah_pegawai), 0), 2) AS persen_memenuhi,
  round(sum(k.total_jp) / nullif(sum(k.jumlah_pegawai), 0), 2) AS rata_rata_jp
FROM kepatuhan_instansi k
JOIN dim_instansi i USING (kode_instansi)
JOIN dim_jenis_instansi j ON j.jenis_instansi = i.jenis_instansi
GROUP BY k.tahun, k.caturwulan, j.jenis_instansi, j.urutan
ORDER BY k.tahun, k.caturwulan, j.urutan;

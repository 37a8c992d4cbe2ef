-- Peringkat provinsi: persen pegawai on track di semua pemda (provinsi, kabupaten, kota) sebuah provinsi.
-- Question: how do provinces rank at the latest cut-off, counting every pemda in them?
-- Weighted by people (sum of counts), not a mean of percentages; coverage shows how many of the
-- province's pemda reported. Instansi pusat have no province and are left out.
WITH terakhir AS (
  SELECT tahun, caturwulan FROM dim_periode ORDER BY tahun DESC, caturwulan DESC LIMIT 1
)
SELECT
  rank() OVER (ORDER BY 100.0 * sum(k.jumlah_memenuhi + k.jumlah_sesuai_target)
               / nullif(sum(k.jumlah_pegawai), 0) DESC NULLS LAST) AS peringkat,
  p.kode_provinsi,
  p.nama_provinsi,
  count(*) FILTER (WHERE k.melapor) AS pemda_melapor,
  p.jumlah_instansi_daerah AS pemda,
  sum(k.jumlah_pegawai) AS jumlah_pegawai,
  round(100.0 * sum(k.jumlah_memenuhi + k.jumlah_sesuai_target)
        / nullif(sum(k.jumlah_pegawai), 0), 2) AS persen_on_track,
  round(100.0 * sum(k.jumlah_belum_ada_jp) / nullif(sum(k.jumlah_pegawai), 0), 2) AS persen_nol_jp
FROM kepatuhan_instansi k
JOIN terakhir USING (tahun, caturwulan)
JOIN dim_instansi i USING (kode_instansi)
JOIN dim_provinsi p ON p.kode_provinsi = i.kode_provinsi
GROUP BY p.kode_provinsi, p.nama_provinsi, p.jumlah_instansi_daerah
ORDER BY peringkat, p.kode_provinsi;

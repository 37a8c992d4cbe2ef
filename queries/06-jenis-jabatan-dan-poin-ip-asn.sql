-- Kepatuhan per jenis jabatan dan poin IP ASN yang berisiko, nasional, cut-off terakhir.
-- Question: which jabatan groups lag, and how many IP ASN kompetensi points are at risk?
-- An AKTIF employee not on track risks 15 points (22.5 for pelaksana; dim_jenis_jabatan).
WITH terakhir AS (
  SELECT tahun, caturwulan FROM dim_periode ORDER BY tahun DESC, caturwulan DESC LIMIT 1
)
SELECT
  k.jenis_jabatan,
  j.nama_jenis_jabatan,
  count(*) AS jumlah_pegawai,
  round(100.0 * count(*) FILTER (WHERE s.on_track) / count(*), 2) AS persen_on_track,
  count(*) FILTER (WHERE NOT s.on_track) AS tidak_on_track,
  count(*) FILTER (WHERE NOT s.on_track) * j.poin_ip_asn_berisiko AS poin_ip_asn_berisiko
FROM kepatuhan_pegawai k
JOIN terakhir USING (tahun, caturwulan)
JOIN dim_status_kepatuhan s USING (status)
JOIN dim_jenis_jabatan j USING (jenis_jabatan)
WHERE k.status_pegawai = 'AKTIF'
GROUP BY k.jenis_jabatan, j.nama_jenis_jabatan, j.poin_ip_asn_berisiko, j.urutan
ORDER BY j.urutan;

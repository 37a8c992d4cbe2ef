-- Mutu data: alasan penolakan terbanyak, per dataset.
-- Question: what goes wrong most in what instansi send, so guidance can target it?
-- penolakan has one row per (rejected row, reason); nomor_baris 0 is a whole file refused.
SELECT
  p.dataset,
  p.kode_alasan,
  count(*) AS jumlah,
  count(DISTINCT p.kode_instansi) AS jumlah_instansi,
  any_value(p.pesan) AS contoh_pesan
FROM penolakan p
GROUP BY p.dataset, p.kode_alasan
ORDER BY jumlah DESC;

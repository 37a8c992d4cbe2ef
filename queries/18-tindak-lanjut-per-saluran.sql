-- Tindak lanjut per cut-off dan saluran.
-- Question: how do the Analis Bangkom reach instansi (telephone, WhatsApp, letter, visit, meeting), how many instansi per channel, and how often does a contact end with a promise?
-- Reads: tindak_lanjut.
SELECT
  tahun,
  caturwulan,
  saluran,
  count(*) AS jumlah_kontak,
  count(DISTINCT kode_instansi) AS jumlah_instansi,
  round(100.0 * count(*) FILTER (WHERE janji_tanggal IS NOT NULL) / count(*), 2) AS persen_dengan_janji
FROM tindak_lanjut
GROUP BY tahun, caturwulan, saluran
ORDER BY tahun, caturwulan, jumlah_kontak DESC;

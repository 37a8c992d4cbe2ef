package id.go.lan.bangkom.transforms;

import id.go.lan.bangkom.core.Periode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

/**
 * A re-run of a cut-off against what its previous run published: every changed figure is appended
 * to {@code lake/computed/ralat/} ({@link Restatement}), with why (the new submission versions).
 */
final class PencatatRalat {
  /**
   * The published tables a re-run compares, each by its key (docs/warehouse.md, ralat): the small
   * per-instansi, per-group and national tables, never kepatuhan_pegawai (millions of rows; its
   * changes show in every table made from it).
   */
  static final List<Restatement.Perbandingan> DIBANDINGKAN =
      List.of(
          Restatement.Perbandingan.nilai("kepatuhan_instansi", null, "kode_instansi"),
          Restatement.Perbandingan.nilai(
              "kepatuhan_unit", "unit_kerja", "kode_instansi", "unit_kerja"),
          Restatement.Perbandingan.nilai(
              "kepatuhan_jabatan", "jenis_jabatan", "kode_instansi", "jenis_jabatan"),
          Restatement.Perbandingan.nilai(
              "kepatuhan_jenis_pegawai", "jenis_pegawai", "kode_instansi", "jenis_pegawai"),
          Restatement.Perbandingan.nilai(
              "kepatuhan_jenis_instansi", "jenis_instansi", "jenis_instansi"),
          Restatement.Perbandingan.nilai("kepatuhan_nasional", null),
          Restatement.Perbandingan.nilai("sounding", null, "kode_instansi"),
          Restatement.Perbandingan.nilai("cakupan", null, "kode_instansi"),
          Restatement.Perbandingan.nilai("training_rate_instansi", null, "kode_instansi"),
          Restatement.Perbandingan.nilai("training_rate_nasional", null),
          Restatement.Perbandingan.keberadaan(
              "kelemahan_instansi", "ukuran", "kalimat", "kode_instansi", "ukuran"),
          Restatement.Perbandingan.nilai("proyeksi_instansi", null, "kode_instansi"),
          Restatement.Perbandingan.nilai("proyeksi_nasional", null));

  private final Komputasi lake;
  private final int selMinimum;

  PencatatRalat(Komputasi lake, PengaturanTransform pengaturan) {
    this.lake = lake;
    this.selMinimum = pengaturan.selMinimum();
  }

  /**
   * Compares every table of {@link #DIBANDINGKAN} of an earlier run of this cut-off with the new
   * one and appends every change to {@code lake/computed/ralat/}. The new tables compared are
   * cached in {@code baru}, so the comparison and the write that follows compute them once.
   *
   * @param sebelumnya the submission versions the earlier run read; null for a first run
   * @param sekarang the submission versions this run reads
   * @return the tables cached here, for the caller to release after writing
   */
  List<Dataset<Row>> catat(
      Periode periode,
      Map<String, Dataset<Row>> baru,
      Set<String> sebelumnya,
      List<String> sekarang,
      Instant now) {
    if (sebelumnya == null) {
      return List.of(); // first run of this cut-off: nothing was published before
    }
    Set<String> versiBaru = new TreeSet<>(sekarang);
    versiBaru.removeAll(sebelumnya);
    String alasanUmum = alasan(versiBaru);
    // An instansi's figure: the new versions it sent itself; when it sent none, every new
    // version (a transferred employee's records, a peer median, the nation).
    Map<String, List<String>> perKode = new TreeMap<>();
    for (String id : versiBaru) {
      perKode.computeIfAbsent(id.substring(0, id.indexOf('/')), k -> new ArrayList<>()).add(id);
    }
    Map<String, String> alasanPerInstansi = new HashMap<>();
    perKode.forEach((kode, ids) -> alasanPerInstansi.put(kode, alasan(ids)));
    List<Dataset<Row>> cached = new ArrayList<>();
    Dataset<Row> ralat = null;
    for (Restatement.Perbandingan p : DIBANDINGKAN) {
      if (!lake.ada(p.tabel(), periode) || !baru.containsKey(p.tabel())) {
        continue;
      }
      Dataset<Row> tabelBaru = baru.get(p.tabel()).persist();
      baru.put(p.tabel(), tabelBaru);
      cached.add(tabelBaru);
      Dataset<Row> lama = lake.computed(p.tabel(), periode);
      Dataset<Row> dibanding = tabelBaru;
      if (p.tabel().equals("kepatuhan_unit")) {
        lama = Restatement.sembunyikanSelKecil(lama, selMinimum);
        dibanding = Restatement.sembunyikanSelKecil(dibanding, selMinimum);
      }
      Dataset<Row> d = Restatement.diff(p, lama, dibanding, alasanUmum, alasanPerInstansi, now);
      ralat = ralat == null ? d : ralat.unionByName(d);
    }
    if (ralat != null) {
      // Materialise before the old partitions are overwritten.
      List<Row> rows = ralat.collectAsList();
      if (!rows.isEmpty()) {
        lake.spark()
            .createDataFrame(rows, ralat.schema())
            .coalesce(1)
            .write()
            .mode(SaveMode.Append)
            .parquet(Komputasi.lokasi(lake.partition(TransformJob.RALAT, periode)));
      }
    }
    return cached;
  }

  private static String alasan(Collection<String> versiBaru) {
    return versiBaru.isEmpty()
        ? Teks.f("ralat.alasan.tanpa_data_baru")
        : Teks.f("ralat.alasan.data_baru", String.join(", ", versiBaru));
  }
}

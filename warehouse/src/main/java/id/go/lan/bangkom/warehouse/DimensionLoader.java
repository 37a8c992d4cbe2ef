package id.go.lan.bangkom.warehouse;

import id.go.lan.bangkom.core.BangkomConfig;
import id.go.lan.bangkom.core.CaturwulanCalendar;
import id.go.lan.bangkom.core.Instansi;
import id.go.lan.bangkom.core.InstansiMaster;
import id.go.lan.bangkom.core.Periode;
import id.go.lan.bangkom.core.SqlTeks;
import id.go.lan.bangkom.ingestion.Lake;
import id.go.lan.bangkom.ingestion.SubmisiVersion;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The warehouse tables made from configuration, the instansi master list and the lake's submission
 * metadata (not from the computed tables): dimensions, {@code submisi} and {@code penolakan}.
 */
final class DimensionLoader {
  private final BangkomConfig config;
  private final InstansiMaster master;
  private final Lake lake;

  DimensionLoader(BangkomConfig config, InstansiMaster master, Lake lake) {
    this.config = config;
    this.master = master;
    this.lake = lake;
  }

  void jenisPegawai(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO dim_jenis_pegawai VALUES (?, ?)")) {
      for (String jenis : BangkomConfig.JENIS_PEGAWAI) {
        ps.setString(1, jenis);
        ps.setString(
            2,
            switch (jenis) {
              case "PNS" -> "Pegawai Negeri Sipil";
              case "CPNS" -> "Calon Pegawai Negeri Sipil";
              default -> "Pegawai Pemerintah dengan Perjanjian Kerja";
            });
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** The annual target of each jenis pegawai in each year of dim_periode (SPEC §3). */
  void targetJp(Connection c) throws SQLException {
    Set<Integer> years = new TreeSet<>();
    lake.versions().forEach(v -> years.add(Periode.parse(v.periode()).tahun()));
    try (PreparedStatement ps =
        c.prepareStatement("INSERT INTO dim_target_jp VALUES (?, ?, ?, ?)")) {
      for (int tahun : years) {
        for (String jenis : BangkomConfig.JENIS_PEGAWAI) {
          ps.setInt(1, tahun);
          ps.setString(2, jenis);
          ps.setBigDecimal(3, config.targetTahunan(jenis, tahun));
          ps.setBoolean(
              4,
              config.get("target.jp." + jenis + "." + tahun).filter(v -> !v.isBlank()).isPresent());
          ps.addBatch();
        }
      }
      ps.executeBatch();
    }
  }

  void instansi(Connection c) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("INSERT INTO dim_instansi VALUES (?, ?, ?, ?, ?)")) {
      for (Instansi i : master.all()) {
        ps.setString(1, i.kode());
        ps.setString(2, i.nama());
        ps.setString(3, i.jenis().name());
        ps.setString(4, i.kodeProvinsi().orElse(null));
        ps.setString(5, i.namaProvinsi().orElse(null));
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  static void provinsi(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO dim_provinsi SELECT kode_provinsi, min(nama_provinsi), count(*)"
              + " FROM dim_instansi WHERE kode_provinsi IS NOT NULL GROUP BY kode_provinsi");
    }
  }

  void submisi(Connection c) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("INSERT INTO submisi VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (SubmisiVersion v : lake.versions()) {
        Periode p = Periode.parse(v.periode());
        ps.setString(1, v.submisiId());
        ps.setString(2, v.kode());
        ps.setInt(3, p.tahun());
        ps.setInt(4, p.caturwulan());
        ps.setInt(5, v.versi());
        ps.setTimestamp(6, Timestamp.from(v.diterimaPada()));
        ps.setLong(7, v.barisDibaca());
        ps.setLong(8, v.barisDiterima());
        ps.setLong(9, v.barisDitolak());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  void periode(Connection c) throws SQLException {
    Set<Periode> periods = new TreeSet<>();
    lake.versions().forEach(v -> periods.add(Periode.parse(v.periode())));
    CaturwulanCalendar calendar = config.calendar();
    try (PreparedStatement ps =
        c.prepareStatement("INSERT INTO dim_periode VALUES (?, ?, ?, ?, ?)")) {
      for (Periode p : periods) {
        ps.setString(1, p.id());
        ps.setInt(2, p.tahun());
        ps.setInt(3, p.caturwulan());
        ps.setObject(4, calendar.awal(p));
        ps.setObject(5, calendar.akhir(p));
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  void penolakan(Connection c) throws SQLException {
    List<Path> files = lake.penolakanFiles();
    if (files.isEmpty()) {
      return;
    }
    try (Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO penolakan SELECT submisi_id, kode_instansi, dataset, berkas, nomor_baris,"
              + " kode_alasan, kolom, pesan FROM read_parquet("
              + SqlTeks.paths(files)
              + ", union_by_name = true)");
    }
  }
}

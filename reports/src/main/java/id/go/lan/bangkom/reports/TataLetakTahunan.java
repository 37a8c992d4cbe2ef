package id.go.lan.bangkom.reports;

import static id.go.lan.bangkom.reports.Blok.batang;
import static id.go.lan.bangkom.reports.Blok.sel;
import static id.go.lan.bangkom.reports.FormatIndonesia.angka;
import static id.go.lan.bangkom.reports.FormatIndonesia.persen;
import static id.go.lan.bangkom.reports.FormatIndonesia.tanggal;
import static id.go.lan.bangkom.reports.KalimatTahunan.caturwulan;
import static id.go.lan.bangkom.reports.Teks.teks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;

/**
 * The layout of the Laporan Tahunan: the title, the tiles, the summary and sections 1–3
 * (compliance, per jenis instansi, training rate); sections 4–7 are {@link TataLetakTahunanLanjut},
 * section 8 {@link TataLetakTahunanEfektivitas}.
 */
final class TataLetakTahunan {
  private TataLetakTahunan() {}

  static JasperPrint isi(DataTahunan data, LocalDate tanggalLaporan, Map<String, ?> cap)
      throws JRException {
    DokumenTemplates t = DokumenTemplates.get();
    int tahun = data.tahun();
    String cwAkhir = caturwulan(tahun, data.akhir());
    Baris last = data.kepatuhanAkhir();
    Baris trLast = data.trainingRateAkhir();
    List<Blok> blocks = new ArrayList<>();
    blocks.add(
        Blok.judul(
            t,
            teks("tahunan.judul"),
            teks("tahunan.subjudul", String.valueOf(tahun)),
            teks("tahunan.keterangan", cwAkhir, tanggal(data.batas()), tanggal(tanggalLaporan))));
    blocks.add(
        Blok.ubin(
            t,
            teks("tahunan.ubin.memenuhi"),
            persenTanda(last.dec("persen_memenuhi")),
            teks(
                "tahunan.ubin.memenuhi.ket",
                angka(last.lng("jumlah_memenuhi")),
                angka(last.lng("jumlah_pegawai"))),
            teks("tahunan.ubin.sesuai"),
            persenTanda(last.dec("persen_on_track")),
            teks("tahunan.ubin.sesuai.ket", cwAkhir),
            teks("tahunan.ubin.melapor"),
            teks(
                "tahunan.ubin.melapor.nilai",
                angka(last.lng("jumlah_instansi_melapor")),
                angka(last.lng("jumlah_instansi"))),
            teks("tahunan.ubin.melapor.ket", persenTanda(last.dec("persen_cakupan"))),
            teks("tahunan.ubin.training_rate"),
            persen(trLast.dec("training_rate")),
            trLast.str("kategori") == null
                ? teks("tahunan.ubin.training_rate.belum")
                : teks(
                    "tahunan.ubin.training_rate.ket",
                    Label.kategori(trLast.str("kategori")),
                    angka(trLast.lng("jumlah_instansi_diukur")))));
    blocks.add(Blok.paragraf(t, teks("tahunan.ringkasan.judul"), KalimatTahunan.ringkasan(data)));
    kepatuhan(blocks, t, data);
    perJenis(blocks, t, data, cwAkhir);
    trainingRate(blocks, t, data);
    TataLetakTahunanLanjut.tambah(blocks, t, data, cwAkhir);
    TataLetakTahunanEfektivitas.tambah(blocks, t, data);
    return Dokumen.fill(
        t,
        teks("tahunan.kepala_halaman", String.valueOf(tahun)),
        teks("tahunan.kaki_dokumen", String.valueOf(tahun), tanggal(tanggalLaporan)),
        data.versi().kaki(),
        blocks,
        cap);
  }

  /** The header of the tables with one column per cut-off. */
  static List<String> kolomPerCw(int tahun) {
    return List.of(
        teks("tahunan.kolom.ukuran"),
        caturwulan(tahun, 1),
        caturwulan(tahun, 2),
        caturwulan(tahun, 3));
  }

  /** 1. Compliance through the three cut-offs, table and chart. */
  private static void kepatuhan(List<Blok> blocks, DokumenTemplates t, DataTahunan data) {
    Map<Integer, Baris> k = data.kepatuhan();
    List<Map<String, ?>> rows = new ArrayList<>();
    rows.add(baris(k, "tahunan.kepatuhan.melapor", b -> angka(b.lng("jumlah_instansi_melapor"))));
    rows.add(baris(k, "tahunan.kepatuhan.cakupan", b -> persen(b.dec("persen_cakupan"))));
    rows.add(baris(k, "tahunan.kepatuhan.pegawai", b -> angka(b.lng("jumlah_pegawai"))));
    rows.add(barisTebal(k, "tahunan.kepatuhan.sesuai", b -> persen(b.dec("persen_on_track"))));
    rows.add(baris(k, "tahunan.kepatuhan.memenuhi", b -> persen(b.dec("persen_memenuhi"))));
    rows.add(baris(k, "tahunan.kepatuhan.tertinggal", b -> angka(b.lng("jumlah_tertinggal"))));
    rows.add(baris(k, "tahunan.kepatuhan.belum", b -> angka(b.lng("jumlah_belum_ada_jp"))));
    rows.add(baris(k, "tahunan.kepatuhan.rata_rata", b -> persen(b.dec("rata_rata_jp"))));
    rows.add(baris(k, "tahunan.kepatuhan.median", b -> persen(b.dec("median_jp"))));
    blocks.add(
        Blok.tabel(t.tabel(), teks("tahunan.kepatuhan.judul"), kolomPerCw(data.tahun()), rows)
            .param("CATATAN", teks("tahunan.kepatuhan.catatan", Label.pembulatanTarget())));
    List<Map<String, ?>> bars = new ArrayList<>();
    for (Map.Entry<Integer, Baris> e : k.entrySet()) {
      String cw = caturwulan(data.tahun(), e.getKey());
      Baris b = e.getValue();
      bars.add(
          batang(
              cw,
              teks("tahunan.kepatuhan.sesuai"),
              b.dbl("persen_on_track"),
              persen(b.dec("persen_on_track"))));
      bars.add(
          batang(
              cw,
              teks("tahunan.kepatuhan.memenuhi"),
              b.dbl("persen_memenuhi"),
              persen(b.dec("persen_memenuhi"))));
    }
    blocks.add(
        Blok.grafik(
            t,
            teks("tahunan.grafik.kepatuhan"),
            100.0,
            teks("tahunan.grafik.kepatuhan.kosong"),
            bars));
  }

  /** 2. Compliance per jenis instansi, table and chart at the last cut-off. */
  private static void perJenis(
      List<Blok> blocks, DokumenTemplates t, DataTahunan data, String cwAkhir) {
    List<Map<String, ?>> jenis = new ArrayList<>();
    List<Map<String, ?>> jenisBars = new ArrayList<>();
    for (Map.Entry<String, Map<Integer, Baris>> e : data.perJenis().entrySet()) {
      Map<Integer, Baris> m = e.getValue();
      Baris b = m.getOrDefault(data.akhir(), Baris.kosong());
      jenis.add(
          sel(
              Label.jenisInstansi(e.getKey()),
              persen(m.getOrDefault(1, Baris.kosong()).dec("persen_on_track")),
              persen(m.getOrDefault(2, Baris.kosong()).dec("persen_on_track")),
              persen(m.getOrDefault(3, Baris.kosong()).dec("persen_on_track")),
              persen(b.dec("persen_memenuhi")),
              angka(b.lng("jumlah_pegawai"))));
      jenisBars.add(
          batang(
              Label.jenisInstansi(e.getKey()),
              teks("tahunan.kepatuhan.sesuai"),
              b.dbl("persen_on_track"),
              persen(b.dec("persen_on_track"))));
    }
    blocks.add(
        Blok.tabel(
                t.tabel(),
                teks("tahunan.jenis.judul"),
                List.of(
                    teks("tahunan.jenis.kolom.jenis"),
                    teks("tahunan.jenis.kolom.cw1"),
                    teks("tahunan.jenis.kolom.cw2"),
                    teks("tahunan.jenis.kolom.cw3"),
                    teks("tahunan.jenis.kolom.memenuhi"),
                    teks("tahunan.jenis.kolom.pegawai")),
                jenis)
            .param("KOSONG", teks("tahunan.jenis.kosong")));
    blocks.add(
        Blok.grafik(
            t,
            teks("tahunan.grafik.jenis", cwAkhir),
            100.0,
            teks("tahunan.grafik.jenis.kosong"),
            jenisBars));
  }

  /** 3. The national training rate and its instruments, table and chart. */
  private static void trainingRate(List<Blok> blocks, DokumenTemplates t, DataTahunan data) {
    Map<Integer, Baris> tr = data.trainingRate();
    List<Map<String, ?>> rows = new ArrayList<>();
    rows.add(baris(tr, "tahunan.tr.diukur", b -> angka(b.lng("jumlah_instansi_diukur"))));
    rows.add(baris(tr, "tahunan.tr.cakupan", b -> persen(b.dec("persen_cakupan"))));
    rows.add(barisTebal(tr, "tahunan.tr.nasional", b -> persen(b.dec("training_rate"))));
    rows.add(baris(tr, "tahunan.tr.kategori", b -> Label.kategori(b.str("kategori"))));
    for (String instrumen : List.of("perencanaan", "pelaksanaan", "monev")) {
      String nama = Label.instrumen(instrumen.toUpperCase(java.util.Locale.ROOT));
      rows.add(
          sel(
              false,
              teks("tahunan.tr.rata_rata", nama),
              sel3(tr, 1, b -> persen(b.dec("rata_rata_skor_" + instrumen))),
              sel3(tr, 2, b -> persen(b.dec("rata_rata_skor_" + instrumen))),
              sel3(tr, 3, b -> persen(b.dec("rata_rata_skor_" + instrumen)))));
      String kolom = "jumlah_instansi_" + instrumen + "_di_atas_ambang";
      rows.add(
          sel(
              false,
              teks("tahunan.tr.di_atas_ambang", nama),
              sel3(tr, 1, b -> angka(b.lng(kolom))),
              sel3(tr, 2, b -> angka(b.lng(kolom))),
              sel3(tr, 3, b -> angka(b.lng(kolom)))));
    }
    blocks.add(
        Blok.tabel(t.tabel(), teks("tahunan.tr.judul"), kolomPerCw(data.tahun()), rows)
            .param("CATATAN", teks("tahunan.tr.catatan")));
    List<Map<String, ?>> bars = new ArrayList<>();
    for (Map.Entry<Integer, Baris> e : tr.entrySet()) {
      String cw = caturwulan(data.tahun(), e.getKey());
      Baris b = e.getValue();
      for (String instrumen : List.of("perencanaan", "pelaksanaan", "monev")) {
        String kolom = "rata_rata_skor_" + instrumen;
        bars.add(
            batang(
                cw,
                Label.instrumen(instrumen.toUpperCase(java.util.Locale.ROOT)),
                b.dbl(kolom),
                persen(b.dec(kolom))));
      }
    }
    blocks.add(
        Blok.grafik(t, teks("tahunan.grafik.tr"), 100.0, teks("tahunan.grafik.tr.kosong"), bars));
  }

  static Map<String, ?> baris(
      Map<Integer, Baris> perCw, String kunci, Function<Baris, String> nilai) {
    return sel(
        false, teks(kunci), sel3(perCw, 1, nilai), sel3(perCw, 2, nilai), sel3(perCw, 3, nilai));
  }

  private static Map<String, ?> barisTebal(
      Map<Integer, Baris> perCw, String kunci, Function<Baris, String> nilai) {
    return sel(
        true, teks(kunci), sel3(perCw, 1, nilai), sel3(perCw, 2, nilai), sel3(perCw, 3, nilai));
  }

  static String sel3(Map<Integer, Baris> perCw, int cw, Function<Baris, String> nilai) {
    Baris b = perCw.get(cw);
    return b == null ? FormatIndonesia.KOSONG : nilai.apply(b);
  }

  private static String persenTanda(BigDecimal nilai) {
    return nilai == null ? FormatIndonesia.KOSONG : persen(nilai) + "%";
  }
}

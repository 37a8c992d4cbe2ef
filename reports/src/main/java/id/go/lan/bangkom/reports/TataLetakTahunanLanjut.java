package id.go.lan.bangkom.reports;

import static id.go.lan.bangkom.reports.Blok.batang;
import static id.go.lan.bangkom.reports.Blok.sel;
import static id.go.lan.bangkom.reports.FormatIndonesia.angka;
import static id.go.lan.bangkom.reports.FormatIndonesia.persen;
import static id.go.lan.bangkom.reports.KalimatTahunan.caturwulan;
import static id.go.lan.bangkom.reports.TataLetakTahunan.baris;
import static id.go.lan.bangkom.reports.TataLetakTahunan.kolomPerCw;
import static id.go.lan.bangkom.reports.Teks.teks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The layout of sections 4–7 of the Laporan Tahunan: weakness patterns, projections and their
 * back-test, earlier years, sounding levels.
 */
final class TataLetakTahunanLanjut {
  private TataLetakTahunanLanjut() {}

  static void tambah(List<Blok> blocks, DokumenTemplates t, DataTahunan data, String cwAkhir) {
    polaKelemahan(blocks, t, data, cwAkhir);
    proyeksi(blocks, t, data);
    perbandingan(blocks, t, data);
    sounding(blocks, t, data);
  }

  /** 4. The most frequent weaknesses at the last cut-off, table and horizontal chart. */
  private static void polaKelemahan(
      List<Blok> blocks, DokumenTemplates t, DataTahunan data, String cwAkhir) {
    List<Map<String, ?>> rows = new ArrayList<>();
    List<Map<String, ?>> bars = new ArrayList<>();
    for (Baris b : data.polaKelemahan()) {
      rows.add(
          sel(
              Label.ukuran(b.str("ukuran")),
              angka(b.lng("jumlah")),
              persen(FormatIndonesia.rasio(b.lng("jumlah"), b.lng("melapor"))),
              angka(b.lng("utama")),
              persen(b.dec("median_selisih"))));
      bars.add(
          batang(
              Label.ukuran(b.str("ukuran")),
              teks("tahunan.pola.seri"),
              b.lng("jumlah").doubleValue(),
              angka(b.lng("jumlah"))));
    }
    blocks.add(
        Blok.tabel(
                t.tabelLebar(),
                teks("tahunan.pola.judul", cwAkhir),
                List.of(
                    teks("tahunan.pola.kolom.kelemahan"),
                    teks("tahunan.pola.kolom.instansi"),
                    teks("tahunan.pola.kolom.persen"),
                    teks("tahunan.pola.kolom.utama"),
                    teks("tahunan.pola.kolom.median"),
                    ""),
                rows)
            .param("KOSONG", teks("tahunan.pola.kosong"))
            .param("CATATAN", teks("tahunan.pola.catatan")));
    double maks = bars.stream().mapToDouble(m -> (Double) m.get("nilai")).max().orElse(1);
    blocks.add(
        Blok.baris(t.grafikMendatar(), bars)
            .param("JUDUL", teks("tahunan.grafik.pola"))
            .param("MAKS", Math.ceil(maks * 1.15))
            .param("KOSONG", teks("tahunan.grafik.pola.kosong")));
  }

  /** 5. The year-end projection per cut-off and the national back-test. */
  private static void proyeksi(List<Blok> blocks, DokumenTemplates t, DataTahunan data) {
    Map<Integer, Baris> p = data.proyeksi();
    List<Map<String, ?>> rows = new ArrayList<>();
    rows.add(baris(p, "tahunan.proyeksi.memenuhi", b -> persen(b.dec("persen_memenuhi"))));
    rows.add(
        sel(
            true,
            teks("tahunan.proyeksi.proyeksi"),
            TataLetakTahunan.sel3(p, 1, b -> persen(b.dec("persen_memenuhi_proyeksi"))),
            TataLetakTahunan.sel3(p, 2, b -> persen(b.dec("persen_memenuhi_proyeksi"))),
            TataLetakTahunan.sel3(p, 3, b -> persen(b.dec("persen_memenuhi_proyeksi")))));
    rows.add(
        baris(
            p,
            "tahunan.proyeksi.rentang",
            b -> persen(b.dec("batas_bawah")) + "–" + persen(b.dec("batas_atas"))));
    rows.add(baris(p, "tahunan.proyeksi.kekurangan", b -> persen(b.dec("kekurangan_jp"))));
    rows.add(baris(p, "tahunan.proyeksi.tidak_sesuai", b -> angka(b.lng("jumlah_tidak_on_track"))));
    rows.add(baris(p, "tahunan.proyeksi.ip_asn", b -> persen(b.dec("poin_ip_asn_berisiko"))));
    blocks.add(
        Blok.tabel(t.tabel(), teks("tahunan.proyeksi.judul"), kolomPerCw(data.tahun()), rows)
            .param("CATATAN", Label.metodeProyeksi(p.values())));
    List<Map<String, ?>> uji = new ArrayList<>();
    for (Baris b : data.ujiBalik()) {
      uji.add(
          sel(
              KalimatTahunan.ujiBalik(b),
              persen(b.dec("persen_memenuhi_proyeksi")),
              persen(b.dec("batas_bawah")) + "–" + persen(b.dec("batas_atas")),
              persen(b.dec("persen_aktual")),
              persen(b.dec("galat")),
              teks(
                  Boolean.TRUE.equals(b.bool("dalam_interval"))
                      ? "tahunan.uji_balik.ya"
                      : "tahunan.uji_balik.tidak")));
    }
    blocks.add(
        Blok.tabel(
                t.tabel(),
                teks("tahunan.uji_balik.judul"),
                List.of(
                    teks("tahunan.uji_balik.kolom.tahun"),
                    teks("tahunan.uji_balik.kolom.proyeksi"),
                    teks("tahunan.uji_balik.kolom.rentang"),
                    teks("tahunan.uji_balik.kolom.aktual"),
                    teks("tahunan.uji_balik.kolom.galat"),
                    teks("tahunan.uji_balik.kolom.dalam")),
                uji)
            .param("KOSONG", teks("tahunan.uji_balik.kosong"))
            .param("CATATAN", teks("tahunan.uji_balik.catatan")));
  }

  /** 6. Compliance of this year against the earlier years in the warehouse. */
  private static void perbandingan(List<Blok> blocks, DokumenTemplates t, DataTahunan data) {
    List<Map<String, ?>> rows = new ArrayList<>();
    List<Map<String, ?>> bars = new ArrayList<>();
    for (Map.Entry<Integer, Map<Integer, Baris>> e : data.perTahun().entrySet()) {
      Map<Integer, Baris> m = e.getValue();
      int cwTerakhir = m.isEmpty() ? 3 : ((TreeMap<Integer, Baris>) m).lastKey();
      rows.add(
          sel(
              e.getKey() == data.tahun(),
              String.valueOf(e.getKey()),
              persen(m.getOrDefault(1, Baris.kosong()).dec("persen_on_track")),
              persen(m.getOrDefault(2, Baris.kosong()).dec("persen_on_track")),
              persen(m.getOrDefault(3, Baris.kosong()).dec("persen_on_track")),
              persen(m.getOrDefault(3, Baris.kosong()).dec("persen_memenuhi")),
              angka(m.getOrDefault(cwTerakhir, Baris.kosong()).lng("jumlah_pegawai"))));
      for (int cw = 1; cw <= 3; cw++) {
        Baris b = m.get(cw);
        if (b != null) {
          bars.add(
              batang(
                  caturwulan(data.tahun(), cw),
                  String.valueOf(e.getKey()),
                  b.dbl("persen_on_track"),
                  persen(b.dec("persen_on_track"))));
        }
      }
    }
    blocks.add(
        Blok.tabel(
                t.tabel(),
                teks("tahunan.perbandingan.judul"),
                List.of(
                    teks("tahunan.perbandingan.kolom.tahun"),
                    teks("tahunan.jenis.kolom.cw1"),
                    teks("tahunan.jenis.kolom.cw2"),
                    teks("tahunan.jenis.kolom.cw3"),
                    teks("tahunan.perbandingan.kolom.memenuhi"),
                    teks("tahunan.perbandingan.kolom.pegawai")),
                rows)
            .param("KOSONG", teks("tahunan.perbandingan.kosong"))
            .param("CATATAN", KalimatTahunan.catatanPerbandingan(data)));
    if (data.perTahun().size() >= 2) {
      blocks.add(Blok.grafik(t, teks("tahunan.grafik.perbandingan"), 100.0, null, bars));
    }
  }

  /** 7. How many instansi got each sounding level at each cut-off. */
  private static void sounding(List<Blok> blocks, DokumenTemplates t, DataTahunan data) {
    List<Map<String, ?>> rows = new ArrayList<>();
    for (Baris b : data.levelSounding()) {
      rows.add(
          sel(
              caturwulan(data.tahun(), b.integer("caturwulan")),
              angka(b.lng("hijau")),
              angka(b.lng("kuning")),
              angka(b.lng("merah")),
              angka(b.lng("data"))));
    }
    blocks.add(
        Blok.tabel(
                t.tabel(),
                teks("tahunan.sounding.judul"),
                List.of(
                    teks("tahunan.sounding.kolom.batas"),
                    teks("tahunan.sounding.kolom.hijau"),
                    teks("tahunan.sounding.kolom.kuning"),
                    teks("tahunan.sounding.kolom.merah"),
                    teks("tahunan.sounding.kolom.data"),
                    ""),
                rows)
            .param("KOSONG", teks("tahunan.sounding.kosong"))
            .param("CATATAN", teks("tahunan.sounding.catatan")));
  }
}

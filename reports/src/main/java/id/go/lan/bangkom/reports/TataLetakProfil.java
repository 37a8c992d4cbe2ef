package id.go.lan.bangkom.reports;

import static id.go.lan.bangkom.reports.Blok.batang;
import static id.go.lan.bangkom.reports.Blok.sel;
import static id.go.lan.bangkom.reports.FormatIndonesia.angka;
import static id.go.lan.bangkom.reports.FormatIndonesia.persen;
import static id.go.lan.bangkom.reports.FormatIndonesia.tanggal;
import static id.go.lan.bangkom.reports.Teks.teks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;

/**
 * The layout of one Profil Instansi: title, tiles, summary, training rate, findings, jabatan, and
 * the data-quality block when the warehouse has the scorecard.
 */
final class TataLetakProfil {
  private TataLetakProfil() {}

  static JasperPrint isi(
      DataInstansiPeriode data, Baris instansi, LocalDate tanggalLaporan, Map<String, ?> cap)
      throws JRException {
    DokumenTemplates t = DokumenTemplates.get();
    String kode = instansi.str("kode_instansi");
    String nama = data.namaInstansi(instansi);
    Baris k = data.kepatuhan.getOrDefault(kode, Baris.kosong());
    Baris s = data.sounding.getOrDefault(kode, Baris.kosong());
    Baris p = data.proyeksi.getOrDefault(kode, Baris.kosong());
    Baris tr = data.trainingRate.get(kode);
    String jenis = Label.jenisInstansi(instansi.str("jenis_instansi"));
    String wilayah =
        instansi.str("nama_provinsi") == null
            ? jenis
            : teks("profil.wilayah", jenis, instansi.str("nama_provinsi"));
    List<Blok> blocks = new ArrayList<>();
    blocks.add(
        Blok.judul(
            t,
            teks("profil.judul", nama),
            teks("profil.subjudul", kode, wilayah, data.judulPeriode()),
            teks("profil.keterangan", tanggal(tanggalLaporan))));
    blocks.add(
        Blok.ubin(
            t,
            teks("profil.ubin.pegawai"),
            angka(k.lng("jumlah_pegawai")),
            teks("profil.ubin.pegawai.ket"),
            teks("profil.ubin.sesuai"),
            persenTanda(k.dec("persen_on_track")),
            teks(
                "profil.ubin.sesuai.ket",
                s.str("level") == null ? FormatIndonesia.KOSONG : s.str("level")),
            teks("profil.ubin.memenuhi"),
            persenTanda(k.dec("persen_memenuhi")),
            teks("profil.ubin.memenuhi.ket", persenTanda(p.dec("persen_memenuhi_proyeksi"))),
            teks("profil.ubin.training_rate"),
            tr == null ? FormatIndonesia.KOSONG : persen(tr.dec("training_rate")),
            tr == null
                ? teks("profil.ubin.training_rate.belum")
                : Label.kategori(tr.str("kategori"))));
    blocks.add(
        Blok.paragraf(
            t, teks("profil.ringkasan.judul"), KalimatProfil.ringkasan(data, nama, k, s, p)));
    trainingRate(blocks, t, data, kode, tr);
    temuan(blocks, t, data, kode);
    jabatan(blocks, t, data, kode);
    Baris mutu = data.mutuData.get(kode);
    if (mutu != null) {
      blocks.add(Blok.paragraf(t, teks("profil.mutu.judul"), KalimatProfil.mutuData(mutu)));
    }
    return Dokumen.fill(
        t,
        teks("profil.kepala_halaman", nama, data.judulPeriode()),
        teks("profil.kaki_dokumen", kode, data.judulPeriode(), tanggal(tanggalLaporan)),
        data.versi.kaki(),
        blocks,
        cap);
  }

  private static void trainingRate(
      List<Blok> blocks, DokumenTemplates t, DataInstansiPeriode data, String kode, Baris tr) {
    if (tr == null) {
      blocks.add(Blok.paragraf(t, teks("profil.tr.judul"), teks("profil.tr.belum_diukur")));
      return;
    }
    Baris nasional = data.trainingRateNasional.orElse(Baris.kosong());
    List<Baris> indikator = Baris.daftar(data.indikator, kode);
    blocks.add(
        Blok.paragraf(
            t, teks("profil.tr.judul"), KalimatProfil.trainingRate(tr, nasional, indikator)));
    List<Map<String, ?>> bars = new ArrayList<>();
    for (String instrumen : List.of("PERENCANAAN", "PELAKSANAAN", "MONEV")) {
      String nama = Label.instrumen(instrumen);
      String skor = "skor_" + instrumen.toLowerCase(java.util.Locale.ROOT);
      String rataRata = "rata_rata_" + skor;
      bars.add(batang(nama, teks("profil.tr.seri.instansi"), tr.dbl(skor), persen(tr.dec(skor))));
      bars.add(
          batang(
              nama,
              teks("profil.tr.seri.nasional"),
              nasional.dbl(rataRata),
              persen(nasional.dec(rataRata))));
    }
    blocks.add(Blok.grafik(t, teks("profil.grafik.instrumen"), 100.0, null, bars));
    List<Map<String, ?>> rows = new ArrayList<>();
    for (Baris b : indikator) {
      String nama = Label.indikator(b.str("indikator"));
      rows.add(
          sel(
              Boolean.TRUE.equals(b.bool("hilang"))
                  ? teks("profil.indikator.tidak_dilaporkan", nama)
                  : nama,
              Label.instrumen(b.str("instrumen")),
              persen(b.dec("bobot")),
              persen(b.dec("nilai")),
              persen(b.dec("nilai_dipakai")),
              persen(b.dec("potensi_tambahan"))));
    }
    blocks.add(
        Blok.tabel(
                t.tabel(),
                teks("profil.indikator.judul"),
                List.of(
                    teks("profil.indikator.kolom.indikator"),
                    teks("profil.indikator.kolom.instrumen"),
                    teks("profil.indikator.kolom.bobot"),
                    teks("profil.indikator.kolom.nilai"),
                    teks("profil.indikator.kolom.dipakai"),
                    teks("profil.indikator.kolom.potensi")),
                rows)
            .param("CATATAN", teks("profil.indikator.catatan")));
  }

  private static void temuan(
      List<Blok> blocks, DokumenTemplates t, DataInstansiPeriode data, String kode) {
    List<Map<String, ?>> rows = new ArrayList<>();
    for (Baris f : Baris.daftar(data.kelemahan, kode)) {
      rows.add(
          sel(
              String.valueOf(f.integer("peringkat")),
              f.str("kalimat"),
              persen(f.dec("nilai")),
              persen(f.dec("median_sejenis")),
              persen(f.dec("selisih"))));
    }
    blocks.add(
        Blok.tabel(
                t.tabelTeks(),
                teks("profil.temuan.judul"),
                List.of(
                    teks("profil.temuan.kolom.no"),
                    teks("profil.temuan.kolom.temuan"),
                    teks("profil.temuan.kolom.nilai"),
                    teks("profil.temuan.kolom.median"),
                    teks("profil.temuan.kolom.selisih"),
                    ""),
                rows)
            .param("KOSONG", teks("profil.temuan.kosong"))
            .param("CATATAN", teks("profil.temuan.catatan")));
  }

  private static void jabatan(
      List<Blok> blocks, DokumenTemplates t, DataInstansiPeriode data, String kode) {
    List<Map<String, ?>> rows = new ArrayList<>();
    for (Baris j : Baris.daftar(data.jabatan, kode)) {
      rows.add(
          sel(
              Label.jenisJabatan(j.str("jenis_jabatan")),
              angka(j.lng("jumlah_pegawai")),
              persen(j.dec("persen_on_track")),
              persen(j.dec("persen_memenuhi")),
              angka(j.lng("jumlah_belum_ada_jp")),
              persen(j.dec("rata_rata_jp"))));
    }
    blocks.add(
        Blok.tabel(
                t.tabelLebar(),
                teks("profil.jabatan.judul"),
                List.of(
                    teks("profil.jabatan.kolom.jenis"),
                    teks("profil.jabatan.kolom.pegawai"),
                    teks("profil.jabatan.kolom.sesuai"),
                    teks("profil.jabatan.kolom.memenuhi"),
                    teks("profil.jabatan.kolom.belum"),
                    teks("profil.jabatan.kolom.rata_rata")),
                rows)
            .param("KOSONG", teks("profil.jabatan.kosong")));
  }

  private static String persenTanda(BigDecimal nilai) {
    return nilai == null ? FormatIndonesia.KOSONG : persen(nilai) + "%";
  }
}

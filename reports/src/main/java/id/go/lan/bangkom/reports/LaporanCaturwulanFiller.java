package id.go.lan.bangkom.reports;

import static id.go.lan.bangkom.reports.FormatIndonesia.angka;
import static id.go.lan.bangkom.reports.FormatIndonesia.persen;
import static id.go.lan.bangkom.reports.FormatIndonesia.tanggal;
import static id.go.lan.bangkom.reports.Teks.teks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

/** Turns the data of one cut-off into a filled {@link JasperPrint}. */
final class LaporanCaturwulanFiller {
  private final Templates templates;

  LaporanCaturwulanFiller(Templates templates) {
    this.templates = templates;
  }

  JasperPrint fill(DataLaporanCaturwulan data, LocalDate tanggalLaporan, Map<String, ?> cap)
      throws JRException {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put(JRParameter.REPORT_LOCALE, FormatIndonesia.LOCALE);
    parameters.put(JRParameter.REPORT_TIME_ZONE, FormatIndonesia.TIME_ZONE);
    parameters.put("JUDUL_PERIODE", judulPeriode(data));
    parameters.put("TANGGAL_LAPORAN", tanggal(tanggalLaporan));
    parameters.put("KAKI_DATA", data.kakiData());
    parameters.putAll(cap);
    ringkasan(data.nasional(), parameters);
    data.ralat()
        .kalimat()
        .ifPresent(
            ralat ->
                parameters.put(
                    "CATATAN_RINGKASAN", parameters.get("CATATAN_RINGKASAN") + " " + ralat));

    parameters.put("SUB_STATUS", templates.status());
    parameters.put("SUB_STATUS_PIE", templates.statusPie());
    parameters.put("SUB_JENIS", templates.jenis());
    parameters.put("SUB_SOUNDING", templates.sounding());
    parameters.put("SUB_LAMPIRAN", templates.lampiran());
    List<Map<String, ?>> status = statusRows(data.nasional());
    parameters.put("DATA_STATUS", source(status));
    parameters.put("DATA_STATUS_PIE", source(status));
    parameters.put("DATA_JENIS", source(data.perJenis().stream().map(RekapJenis::baris).toList()));
    parameters.put(
        "DATA_SOUNDING", source(data.sounding().stream().map(InstansiSounding::baris).toList()));
    parameters.put(
        "DATA_LAMPIRAN", source(data.lampiran().stream().map(BarisLampiran::baris).toList()));

    return JasperFillManager.fillReport(templates.utama(), parameters, new JREmptyDataSource(1));
  }

  /**
   * {@code Caturwulan II 2026 (1 Mei – 31 Agustus 2026)}: the year once when both dates share it.
   */
  static String judulPeriode(DataLaporanCaturwulan data) {
    boolean tahunSama = data.tanggalMulai().getYear() == data.tanggalAkhir().getYear();
    return teks(
        "umum.judul_periode",
        data.periode().romawi(),
        String.valueOf(data.periode().tahun()),
        tahunSama
            ? FormatIndonesia.tanggalTanpaTahun(data.tanggalMulai())
            : tanggal(data.tanggalMulai()),
        tanggal(data.tanggalAkhir()));
  }

  private static void ringkasan(RingkasanNasional nasional, Map<String, Object> parameters) {
    parameters.put("NASIONAL_PEGAWAI", angka(nasional.jumlahPegawai()));
    parameters.put("NASIONAL_PERSEN_MEMENUHI", persenTanda(nasional.persenMemenuhi()));
    parameters.put("NASIONAL_JUMLAH_MEMENUHI", pegawai(nasional.jumlahMemenuhi()));
    parameters.put("NASIONAL_PERSEN_ON_TRACK", persenTanda(nasional.persenOnTrack()));
    parameters.put("NASIONAL_JUMLAH_ON_TRACK", pegawai(onTrack(nasional)));
    parameters.put("NASIONAL_MELAPOR", angka(nasional.jumlahInstansiMelapor()));
    parameters.put("NASIONAL_INSTANSI", angka(nasional.jumlahInstansi()));
    parameters.put("NASIONAL_PERSEN_CAKUPAN", persenTanda(nasional.persenCakupan()));
    parameters.put("CATATAN_RINGKASAN", catatan(nasional));
  }

  private static String catatan(RingkasanNasional nasional) {
    if (nasional.jumlahPegawai() == null) {
      return teks("caturwulan.catatan.kosong");
    }
    return teks(
        "caturwulan.catatan",
        persen(nasional.rataRataJp()),
        persen(nasional.medianJp()),
        persen(nasional.totalJp()),
        Label.pembulatanTarget());
  }

  /** {@code 3.060.272 pegawai}, or a bare dash when there is no figure. */
  private static String pegawai(Long jumlah) {
    return jumlah == null ? FormatIndonesia.KOSONG : teks("caturwulan.pegawai", angka(jumlah));
  }

  private static String persenTanda(BigDecimal nilai) {
    return nilai == null ? FormatIndonesia.KOSONG : persen(nilai) + "%";
  }

  private static Long onTrack(RingkasanNasional nasional) {
    return nasional.jumlahMemenuhi() == null || nasional.jumlahSesuaiTarget() == null
        ? null
        : nasional.jumlahMemenuhi() + nasional.jumlahSesuaiTarget();
  }

  /** The four statuses, in a fixed order; pie keys are the labels, so they are unique. */
  private static List<Map<String, ?>> statusRows(RingkasanNasional nasional) {
    List<Map<String, ?>> rows = new ArrayList<>();
    rows.add(
        status(
            teks("caturwulan.status.memenuhi"),
            teks("caturwulan.status.memenuhi.ket"),
            nasional.jumlahMemenuhi(),
            nasional));
    rows.add(
        status(
            teks("caturwulan.status.sesuai"),
            teks("caturwulan.status.sesuai.ket"),
            nasional.jumlahSesuaiTarget(),
            nasional));
    rows.add(
        status(
            teks("caturwulan.status.tertinggal"),
            teks("caturwulan.status.tertinggal.ket"),
            nasional.jumlahTertinggal(),
            nasional));
    rows.add(
        status(
            teks("caturwulan.status.belum"),
            teks("caturwulan.status.belum.ket"),
            nasional.jumlahBelumAdaJp(),
            nasional));
    return rows;
  }

  private static Map<String, ?> status(
      String label, String keterangan, Long jumlah, RingkasanNasional nasional) {
    Map<String, Object> row = new HashMap<>();
    row.put("status", label);
    row.put("keterangan", keterangan);
    row.put("jumlah", angka(jumlah));
    row.put("persen", persen(FormatIndonesia.rasio(jumlah, nasional.jumlahPegawai())));
    row.put("nilai", jumlah == null ? 0L : jumlah);
    return row;
  }

  private static JRMapCollectionDataSource source(Collection<? extends Map<String, ?>> rows) {
    @SuppressWarnings("unchecked")
    Collection<Map<String, ?>> maps = (Collection<Map<String, ?>>) rows;
    return new JRMapCollectionDataSource(maps);
  }
}

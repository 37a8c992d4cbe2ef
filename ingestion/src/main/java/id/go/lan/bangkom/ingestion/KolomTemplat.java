package id.go.lan.bangkom.ingestion;

import id.go.lan.bangkom.core.BangkomConfig;
import id.go.lan.bangkom.core.InstrumenTrainingRate;
import id.go.lan.bangkom.core.Periode;
import id.go.lan.bangkom.core.Pesan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a template says about each column of a dataset: its guide line (required or not, format,
 * allowed values, other header texts) and its example value. Every rule is read from what the row
 * checks use ({@link Dataset#required}, the value lists of {@link RowValidator}, {@link
 * JenisDiklat}, {@link BangkomConfig#JENIS_PEGAWAI}, the configured instrument and limits), and the
 * switches over {@link Column} have no default, so a new column does not compile until its guide is
 * written.
 */
final class KolomTemplat {
  private static final Pesan PESAN = Pesan.modul("ingestion");

  /**
   * The example NIP: born 1 January 1990, ASN since January 2020, male, sequence number 000 (not
   * issued by BKN, so obviously not a real person's NIP while it passes every NIP check).
   */
  static final String NIP_CONTOH = "199001012020011000";

  /** Its ASN start, consistent with digits 9..14 of {@link #NIP_CONTOH}. */
  static final LocalDate TMT_CONTOH = LocalDate.of(2020, 1, 1);

  static final int JENIS_DIKLAT_CONTOH = 3;

  private final Dataset dataset;
  private final Periode periode;
  private final Rules rules;
  private final LocalDate awalPeriode;

  KolomTemplat(Dataset dataset, Periode periode, BangkomConfig config) {
    this.dataset = dataset;
    this.periode = periode;
    IngestionSettings settings = IngestionSettings.from(config);
    this.rules = Rules.of(settings, periode);
    this.awalPeriode = periode.awal(settings.calendar());
  }

  /** The guide of every column of the dataset, in the dataset's order. */
  List<Templat.Kolom> petunjuk() {
    List<Templat.Kolom> kolom = new ArrayList<>();
    for (Column c : dataset.columns()) {
      boolean wajib = dataset.required().contains(c);
      kolom.add(
          new Templat.Kolom(
              c.id(),
              wajib,
              wajibTeks(c, wajib),
              format(c),
              nilaiSah(c),
              judulLain(c),
              teks(contoh(c))));
    }
    return List.copyOf(kolom);
  }

  /** The example row: one value per column, null for an empty cell. */
  List<Object> contoh() {
    List<Object> row = new ArrayList<>();
    for (Column c : dataset.columns()) {
      row.add(contoh(c));
    }
    return row;
  }

  /** The values a list validation offers for a column, empty when the column is not a choice. */
  List<String> pilihan(Column c) {
    return switch (c) {
      case JENIS_PEGAWAI -> BangkomConfig.JENIS_PEGAWAI;
      case JENIS_JABATAN -> RowValidator.JENIS_JABATAN;
      case STATUS -> RowValidator.STATUS;
      case JALUR -> JenisDiklat.JALUR;
      case INSTRUMEN -> rules.instrumen().namaInstrumen();
      case INDIKATOR -> rules.instrumen().indikatorDilaporkan();
      default -> List.of();
    };
  }

  /** Text of an example value as a CSV cell or a guide shows it (dates as yyyy-MM-dd). */
  static String teks(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof BigDecimal d) {
      return d.toPlainString();
    }
    return value.toString();
  }

  private String wajibTeks(Column c, boolean wajib) {
    if (dataset == Dataset.BANGKOM && (c == Column.JP || c == Column.DURASI_MENIT)) {
      // RowCells.jp: one of the two must be filled.
      return PESAN.f("templat.wajib.jp_atau_durasi");
    }
    return wajib ? PESAN.f("templat.wajib.ya") : PESAN.f("templat.wajib.tidak");
  }

  private static String format(Column c) {
    return switch (c) {
      case NIP -> PESAN.f("templat.format.nip");
      case NAMA,
          JABATAN,
          UNIT_KERJA,
          GOLONGAN,
          NAMA_KEGIATAN,
          PENYELENGGARA,
          NOMOR_SERTIFIKAT,
          BUKTI ->
          PESAN.f("templat.format.teks");
      case JENIS_PEGAWAI, JENIS_JABATAN, STATUS, JALUR, INSTRUMEN, INDIKATOR ->
          PESAN.f("templat.format.pilihan");
      case JENIS_DIKLAT -> PESAN.f("templat.format.jenis_diklat");
      case TMT_ASN, TANGGAL_MULAI, TANGGAL_SELESAI ->
          PESAN.f("templat.format.tanggal", PESAN.f("TANGGAL_FORMAT.saran"));
      case JP, DURASI_MENIT, NILAI -> PESAN.f("templat.format.angka");
    };
  }

  private String nilaiSah(Column c) {
    String akhir = RowCells.tanggal(rules.akhirPeriode());
    return switch (c) {
      case NIP -> nip();
      case NAMA, JABATAN, UNIT_KERJA, GOLONGAN, NAMA_KEGIATAN, PENYELENGGARA, NOMOR_SERTIFIKAT ->
          "";
      case BUKTI -> PESAN.f("templat.nilai.bukti");
      case JENIS_PEGAWAI, JENIS_JABATAN, INSTRUMEN -> daftar(pilihan(c));
      case STATUS -> PESAN.f("templat.nilai.status", daftar(pilihan(c)));
      case JENIS_DIKLAT -> jenisDiklat();
      case JALUR ->
          PESAN.f(
              "templat.nilai.jalur",
              daftar(JenisDiklat.JALUR),
              Integer.toString(JenisDiklat.KLASIKAL_TERAKHIR),
              JenisDiklat.JALUR.get(0),
              Integer.toString(JenisDiklat.KLASIKAL_TERAKHIR + 1),
              Integer.toString(JenisDiklat.KODE_TERAKHIR),
              JenisDiklat.JALUR.get(1));
      case TMT_ASN -> PESAN.f("templat.nilai.tmt_asn", akhir, periode.id());
      case TANGGAL_MULAI -> PESAN.f("templat.nilai.tanggal_mulai");
      case TANGGAL_SELESAI ->
          PESAN.f(
              "templat.nilai.tanggal_selesai",
              RowCells.tanggal(LocalDate.of(periode.tahun() - 1, 1, 1)),
              akhir,
              periode.id());
      case JP -> PESAN.f("templat.nilai.jp", rules.jpMaksimum().toPlainString());
      case DURASI_MENIT ->
          PESAN.f("templat.nilai.durasi_menit", Integer.toString(rules.menitPerJp()));
      case INDIKATOR -> indikator();
      case NILAI -> PESAN.f("templat.nilai.nilai", RowValidator.NILAI_MAKSIMUM.toPlainString());
    };
  }

  private String nip() {
    String dari = Integer.toString(RowCells.TAHUN_LAHIR_MINIMUM);
    String sampai = Integer.toString(periode.tahun() - RowCells.USIA_MINIMUM);
    return dataset == Dataset.BANGKOM
        ? PESAN.f("templat.nilai.nip.bangkom", dari, sampai, periode.id())
        : PESAN.f("templat.nilai.nip", dari, sampai);
  }

  private Object contoh(Column c) {
    return switch (c) {
      case NIP -> NIP_CONTOH;
      case NAMA -> PESAN.f("templat.contoh.nama");
      case JENIS_PEGAWAI -> "PNS";
      case JENIS_JABATAN -> "FUNGSIONAL";
      case JABATAN -> "Analis Sumber Daya Manusia Aparatur Ahli Pertama";
      case UNIT_KERJA -> "Biro Sumber Daya Manusia";
      case GOLONGAN -> "III/a";
      case TMT_ASN -> TMT_CONTOH;
      case STATUS -> "AKTIF";
      case NAMA_KEGIATAN -> PESAN.f("templat.contoh.nama_kegiatan");
      case JENIS_DIKLAT -> JenisDiklat.nama(JENIS_DIKLAT_CONTOH);
      case JALUR -> JenisDiklat.jalur(JENIS_DIKLAT_CONTOH);
      // Two weeks into the period: inside it whatever the calendar, so the row is accepted.
      case TANGGAL_MULAI -> awalPeriode.plusDays(13);
      case TANGGAL_SELESAI -> awalPeriode.plusDays(15);
      case JP -> BigDecimal.valueOf(24);
      case DURASI_MENIT -> null;
      case PENYELENGGARA -> "Lembaga Administrasi Negara";
      case NOMOR_SERTIFIKAT -> "CONTOH-" + periode.tahun() + "-0001";
      case INSTRUMEN -> contohIndikator()[0];
      case INDIKATOR -> contohIndikator()[1];
      case NILAI -> BigDecimal.valueOf(75);
      case BUKTI ->
          "https://instansi.example/bukti/"
              + contohIndikator()[1].toLowerCase(java.util.Locale.ROOT)
              + ".pdf";
    };
  }

  /** The first reported indicator and its instrument: {instrumen, indikator}. */
  private String[] contohIndikator() {
    InstrumenTrainingRate t = rules.instrumen();
    String indikator = t.indikatorDilaporkan().get(0);
    return new String[] {t.instrumenOf(indikator).orElseThrow(), indikator};
  }

  private String indikator() {
    InstrumenTrainingRate t = rules.instrumen();
    List<String> perInstrumen = new ArrayList<>();
    for (InstrumenTrainingRate.Instrumen i : t.instrumen()) {
      List<String> dilaporkan =
          i.indikator().stream().filter(k -> !t.dihitung().contains(k)).toList();
      if (!dilaporkan.isEmpty()) {
        perInstrumen.add(daftar(dilaporkan) + " (" + i.nama() + ")");
      }
    }
    return PESAN.f(
        "templat.nilai.indikator", String.join("; ", perInstrumen), daftar(t.dihitung()));
  }

  private static String jenisDiklat() {
    List<String> names = new ArrayList<>();
    for (int code = 1; code <= JenisDiklat.KODE_TERAKHIR; code++) {
      names.add(code + " = " + JenisDiklat.nama(code));
    }
    return PESAN.f(
        "templat.nilai.jenis_diklat.isi",
        Integer.toString(JenisDiklat.KODE_TERAKHIR),
        String.join("; ", names));
  }

  /** The aliases a PIC would not write by changing case, spaces or underscores of another. */
  private static List<String> judulLain(Column c) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    seen.add(Headers.normalize(c.id()));
    return c.aliases().stream().filter(a -> seen.add(Headers.normalize(a))).toList();
  }

  private static String daftar(java.util.Collection<String> values) {
    return String.join(", ", values);
  }
}

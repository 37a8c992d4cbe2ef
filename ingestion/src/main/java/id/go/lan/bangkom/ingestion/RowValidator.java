package id.go.lan.bangkom.ingestion;

import static id.go.lan.bangkom.ingestion.RejectReason.KOLOM_WAJIB_KOSONG;
import static id.go.lan.bangkom.ingestion.RejectReason.NILAI_TIDAK_DIKENAL;
import static id.go.lan.bangkom.ingestion.RejectReason.NIP_GANDA;
import static id.go.lan.bangkom.ingestion.RejectReason.NIP_TIDAK_TERDAFTAR;
import static id.go.lan.bangkom.ingestion.RejectReason.TANGGAL_DI_LUAR_PERIODE;
import static id.go.lan.bangkom.ingestion.RejectReason.TANGGAL_URUTAN;

import id.go.lan.bangkom.core.BangkomConfig;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Checks the rows of one file of one dataset (SPEC §5). Every fault of a row is reported, one
 * {@link Fault} per reason and column. Holds the per-file state for {@code NIP_GANDA} and {@code
 * BARIS_GANDA}.
 */
final class RowValidator {
  static final List<String> JENIS_JABATAN =
      List.of("JPT", "ADMINISTRATOR", "PENGAWAS", "FUNGSIONAL", "PELAKSANA");
  static final List<String> STATUS =
      List.of("AKTIF", "CLTN", "TUGAS_BELAJAR", "PENSIUN", "BERHENTI", "MUTASI_KELUAR");

  /** The largest {@code nilai} of a training-rate row (the smallest is 0). */
  static final BigDecimal NILAI_MAKSIMUM = BigDecimal.valueOf(100);

  /** A row checked: its lake values (after lineage) when accepted, else its faults. */
  record Result(Object[] values, List<Fault> faults) {
    boolean accepted() {
      return faults.isEmpty();
    }
  }

  private final Dataset dataset;
  private final Rules rules;
  private final Set<String> roster;
  private final RowCells cells;
  private final DuplicateRows duplicates;
  private final RowNumberMap nipSeen = new RowNumberMap();
  private final List<Fault> faults = new ArrayList<>();

  /**
   * @param index for each column of the dataset, its position in the record or -1
   * @param roster NIPs of the roster in force (bangkom only); null when there is none
   */
  RowValidator(Dataset dataset, int[] index, Rules rules, Set<String> roster) {
    this.dataset = dataset;
    this.rules = rules;
    this.roster = roster;
    this.cells = new RowCells(dataset, index, rules);
    this.duplicates = new DuplicateRows(dataset, cells);
  }

  Result check(RawRow row) {
    faults.clear();
    cells.startRow();
    faults.addAll(row.faults());
    if (ControlCharacters.check(dataset, cells, row, faults)) {
      // The other rules would quote the value with its invisible characters; this fault shows
      // them and is the one to fix first.
      return new Result(null, List.copyOf(faults));
    }
    for (Column required : dataset.required()) {
      if (cells.cell(row, required).isBlank()) {
        faults.add(Fault.of(KOLOM_WAJIB_KOSONG, required.id(), ""));
      }
    }
    Object[] values =
        switch (dataset) {
          case PEGAWAI -> pegawai(row, faults);
          case BANGKOM -> bangkom(row, faults);
          case TRAINING_RATE -> trainingRate(row, faults);
        };
    long earlier = duplicates.earlier(row);
    if (earlier >= 0) {
      faults.add(Fault.of(RejectReason.BARIS_GANDA, null, null, Long.toString(earlier)));
    }
    return faults.isEmpty() ? new Result(values, List.of()) : new Result(null, List.copyOf(faults));
  }

  private Object[] pegawai(RawRow row, List<Fault> faults) {
    String nip = cells.nip(row, faults);
    if (nip != null) {
      // 18 digits: the NIP is its own 64-bit key.
      long first = nipSeen.putIfAbsent(Long.parseLong(nip), 0, row.nomorBaris());
      if (first >= 0) {
        faults.add(Fault.of(NIP_GANDA, Column.NIP.id(), nip, Long.toString(first)));
      }
    }
    String jenisPegawai =
        cells.enumeration(row, Column.JENIS_PEGAWAI, BangkomConfig.JENIS_PEGAWAI, faults);
    String jenisJabatan = cells.enumeration(row, Column.JENIS_JABATAN, JENIS_JABATAN, faults);
    String status = cells.enumeration(row, Column.STATUS, STATUS, faults);
    LocalDate tmt = cells.date(row, Column.TMT_ASN, faults);
    if (tmt != null && tmt.isAfter(rules.akhirPeriode())) {
      faults.add(
          Fault.variant(
              TANGGAL_DI_LUAR_PERIODE,
              "setelah",
              Column.TMT_ASN.id(),
              cells.cell(row, Column.TMT_ASN).text(),
              RowCells.tanggal(rules.akhirPeriode()),
              rules.periode().id()));
    }
    return new Object[] {
      nip,
      cells.text(row, Column.NAMA),
      jenisPegawai,
      jenisJabatan,
      cells.text(row, Column.JABATAN),
      cells.text(row, Column.UNIT_KERJA),
      cells.text(row, Column.GOLONGAN),
      tmt,
      status
    };
  }

  private Object[] bangkom(RawRow row, List<Fault> faults) {
    String nip = cells.nip(row, faults);
    if (nip != null && (roster == null || !roster.contains(nip))) {
      faults.add(
          Fault.variant(
              NIP_TIDAK_TERDAFTAR,
              roster == null ? "tanpa_daftar" : null,
              Column.NIP.id(),
              cells.cell(row, Column.NIP).trimmed(),
              rules.periode().id()));
    }
    Integer jenisDiklat = null;
    RawCell jd = cells.cell(row, Column.JENIS_DIKLAT);
    if (!jd.isBlank()) {
      OptionalInt code = JenisDiklat.parse(jd.text());
      if (code.isPresent()) {
        jenisDiklat = code.getAsInt();
      } else {
        faults.add(
            Fault.variant(
                NILAI_TIDAK_DIKENAL, "jenis_diklat", Column.JENIS_DIKLAT.id(), jd.trimmed()));
      }
    }
    String jalur = null;
    RawCell j = cells.cell(row, Column.JALUR);
    if (!j.isBlank()) {
      jalur = JenisDiklat.jalurOf(j.text());
      if (jalur == null) {
        faults.add(
            Fault.of(
                NILAI_TIDAK_DIKENAL,
                Column.JALUR.id(),
                j.trimmed(),
                String.join(", ", JenisDiklat.JALUR)));
      }
    } else if (jenisDiklat != null) {
      jalur = JenisDiklat.jalur(jenisDiklat);
    }
    LocalDate mulai = cells.date(row, Column.TANGGAL_MULAI, faults);
    LocalDate selesai = cells.date(row, Column.TANGGAL_SELESAI, faults);
    if (mulai != null && selesai != null && selesai.isBefore(mulai)) {
      faults.add(
          Fault.of(
              TANGGAL_URUTAN,
              Column.TANGGAL_SELESAI.id(),
              cells.cell(row, Column.TANGGAL_SELESAI).text(),
              cells.cell(row, Column.TANGGAL_MULAI).text()));
    }
    if (selesai != null) {
      LocalDate earliest = LocalDate.of(rules.periode().tahun() - 1, 1, 1);
      if (selesai.isAfter(rules.akhirPeriode())) {
        faults.add(
            Fault.variant(
                TANGGAL_DI_LUAR_PERIODE,
                "setelah",
                Column.TANGGAL_SELESAI.id(),
                cells.cell(row, Column.TANGGAL_SELESAI).text(),
                RowCells.tanggal(rules.akhirPeriode()),
                rules.periode().id()));
      } else if (selesai.isBefore(earliest)) {
        faults.add(
            Fault.variant(
                TANGGAL_DI_LUAR_PERIODE,
                "sebelum",
                Column.TANGGAL_SELESAI.id(),
                cells.cell(row, Column.TANGGAL_SELESAI).text(),
                RowCells.tanggal(earliest)));
      }
    }
    BigDecimal jp = cells.jp(row, faults);
    return new Object[] {
      nip,
      cells.text(row, Column.NAMA_KEGIATAN),
      jenisDiklat,
      jalur,
      mulai,
      selesai,
      jp,
      cells.text(row, Column.PENYELENGGARA),
      cells.text(row, Column.NOMOR_SERTIFIKAT)
    };
  }

  private Object[] trainingRate(RawRow row, List<Fault> faults) {
    String instrumen = null;
    RawCell i = cells.cell(row, Column.INSTRUMEN);
    if (!i.isBlank()) {
      String v = Values.enumValue(i.text());
      if (v.equals("MONITORING_EVALUASI")
          || v.equals("MONITORING_DAN_EVALUASI")
          || v.equals("MONITORING_EVALUASI_(MONEV)")) {
        v = "MONEV";
      }
      if (rules.instrumen().namaInstrumen().contains(v)) {
        instrumen = v;
      } else {
        faults.add(
            Fault.of(
                NILAI_TIDAK_DIKENAL,
                Column.INSTRUMEN.id(),
                i.trimmed(),
                String.join(", ", rules.instrumen().namaInstrumen())));
      }
    }
    String indikator = null;
    RawCell k = cells.cell(row, Column.INDIKATOR);
    if (!k.isBlank()) {
      String v = Headers.normalize(k.text()).toUpperCase(java.util.Locale.ROOT);
      String dilaporkan = String.join(", ", rules.instrumen().indikatorDilaporkan());
      java.util.Optional<String> milik = rules.instrumen().instrumenOf(v);
      if (rules.instrumen().dihitung().contains(v)) {
        faults.add(
            Fault.variant(
                NILAI_TIDAK_DIKENAL, "pl1", Column.INDIKATOR.id(), k.trimmed(), dilaporkan));
      } else if (milik.isEmpty()) {
        faults.add(
            Fault.variant(
                NILAI_TIDAK_DIKENAL, "indikator", Column.INDIKATOR.id(), k.trimmed(), dilaporkan));
      } else if (instrumen != null && !milik.get().equals(instrumen)) {
        faults.add(
            Fault.variant(
                NILAI_TIDAK_DIKENAL,
                "instrumen_indikator",
                Column.INDIKATOR.id(),
                k.trimmed(),
                milik.get(),
                instrumen));
      } else {
        indikator = v;
      }
    }
    BigDecimal nilai = null;
    RawCell n = cells.cell(row, Column.NILAI);
    if (!n.isBlank()) {
      Optional<BigDecimal> v = Values.decimal(n);
      if (v.isEmpty()) {
        faults.add(Fault.variant(NILAI_TIDAK_DIKENAL, "angka", Column.NILAI.id(), n.trimmed()));
      } else if (v.get().signum() < 0 || v.get().compareTo(NILAI_MAKSIMUM) > 0) {
        faults.add(Fault.variant(NILAI_TIDAK_DIKENAL, "rentang", Column.NILAI.id(), n.trimmed()));
      } else {
        nilai = v.get().setScale(2, RoundingMode.HALF_UP);
      }
    }
    return new Object[] {instrumen, indikator, nilai, cells.text(row, Column.BUKTI)};
  }
}

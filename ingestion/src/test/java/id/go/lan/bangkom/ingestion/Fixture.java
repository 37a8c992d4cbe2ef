package id.go.lan.bangkom.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.lan.bangkom.core.BangkomConfig;
import id.go.lan.bangkom.core.InstansiMaster;
import id.go.lan.bangkom.core.Workspace;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A workspace with a two-instansi master list and helpers to drop files into its inbox. */
final class Fixture {
  static final String KODE = "73";
  static final String KODE_2 = "P001";
  static final String PERIODE = "2026-CW1";

  /** Valid NIPs: born 1986-09-26 male, born 1990-01-15 female, born 1975-12-31 male. */
  static final String NIP_A = "198609262015051001";

  static final String NIP_B = "199001152019032002";
  static final String NIP_C = "197512312000121003";

  static final String PEGAWAI_HEADER =
      "nip,nama,jenis_pegawai,jenis_jabatan,jabatan,unit_kerja,golongan,tmt_asn,status";
  static final String BANGKOM_HEADER =
      "nip,nama_kegiatan,jenis_diklat,jalur,tanggal_mulai,tanggal_selesai,jp,penyelenggara,nomor_sertifikat";

  final Path root;
  final Workspace workspace;
  final InstansiMaster master;
  final BangkomConfig config = BangkomConfig.defaults();

  Fixture(Path root) {
    this.root = root;
    this.workspace = new Workspace(root.resolve("ws"));
    try {
      Path masterCsv = root.resolve("instansi.csv");
      Files.writeString(
          masterCsv,
          "kode_instansi,nama_instansi,jenis_instansi,kode_provinsi,nama_provinsi,nama_pic,email_pic\n"
              + "73,Provinsi Sulawesi Selatan,PROVINSI,73,Sulawesi Selatan,PIC,pic@instansi.example\n"
              + "P001,Kementerian Contoh,KEMENTERIAN,,,PIC,pic2@instansi.example\n",
          StandardCharsets.UTF_8);
      this.master = InstansiMaster.load(Optional.of(masterCsv));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Ingestion ingestion() {
    return new Ingestion(config, master, workspace);
  }

  Path inbox() {
    return workspace.inbox();
  }

  Path folder(String kode, String periode) {
    Path p = inbox().resolve(kode).resolve(periode);
    try {
      Files.createDirectories(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  Path write(String kode, String periode, String name, String content) {
    return write(kode, periode, name, content, StandardCharsets.UTF_8);
  }

  Path write(String kode, String periode, String name, String content, Charset charset) {
    return writeBytes(kode, periode, name, content.getBytes(charset));
  }

  Path writeBytes(String kode, String periode, String name, byte[] bytes) {
    Path f = folder(kode, periode).resolve(name);
    try {
      Files.write(f, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return f;
  }

  /** A roster of NIP_A, NIP_B, NIP_C, all AKTIF. */
  Path roster(String kode, String periode) {
    return write(
        kode,
        periode,
        "pegawai.csv",
        PEGAWAI_HEADER
            + "\n"
            + NIP_A
            + ",Andi,PNS,FUNGSIONAL,Analis,Biro Umum,III/c,2015-05-01,AKTIF\n"
            + NIP_B
            + ",Budi,PNS,PELAKSANA,Pengadministrasi,Biro Umum,II/a,2019-03-01,AKTIF\n"
            + NIP_C
            + ",Citra,PNS,JPT,Kepala Biro,Biro Umum,IV/c,2000-12-01,AKTIF\n");
  }

  static Path xlsx(Path file, Consumer<XSSFWorkbook> build) {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      build.accept(wb);
      Files.createDirectories(file.getParent());
      try (OutputStream out = Files.newOutputStream(file)) {
        wb.write(out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /** A new sheet of {@code wb} whose first row is {@code header}. */
  static Sheet sheet(XSSFWorkbook wb, String name, String... header) {
    Sheet s = wb.createSheet(name);
    Row h = s.createRow(0);
    for (int i = 0; i < header.length; i++) {
      h.createCell(i).setCellValue(header[i]);
    }
    return s;
  }

  /**
   * Row {@code index} of {@code s} with one cell per value: a {@link Number} as a numeric cell, a
   * {@link java.time.LocalDate} as a date serial (give it a date style to show it as one), anything
   * else as text.
   */
  static Row row(Sheet s, int index, Object... values) {
    Row r = s.createRow(index);
    for (int i = 0; i < values.length; i++) {
      var cell = r.createCell(i);
      if (values[i] instanceof Number n) {
        cell.setCellValue(n.doubleValue());
      } else if (values[i] instanceof java.time.LocalDate d) {
        cell.setCellValue(d);
      } else {
        cell.setCellValue(String.valueOf(values[i]));
      }
    }
    return r;
  }

  /** A style that shows a cell's serial number as a date in Excel's {@code format}. */
  static CellStyle dateStyle(XSSFWorkbook wb, String format) {
    CellStyle style = wb.createCellStyle();
    style.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat(format));
    return style;
  }

  /** Switches {@code wb} to the 1904 date system (date serials count from 1904-01-01). */
  static void date1904(XSSFWorkbook wb) {
    var workbook = wb.getCTWorkbook();
    (workbook.isSetWorkbookPr() ? workbook.getWorkbookPr() : workbook.addNewWorkbookPr())
        .setDate1904(true);
  }

  /** The single receipt of a check of one file. */
  Receipt checkOne(Path file) {
    List<Receipt> receipts = ingestion().check(file);
    assertThat(receipts).hasSize(1);
    return receipts.get(0);
  }

  static void assertCountsAddUp(Receipt r) {
    for (DatasetInfo d : r.datasets().values()) {
      assertThat(d.barisDibaca()).isEqualTo(d.barisDiterima() + d.barisDitolak());
    }
  }
}

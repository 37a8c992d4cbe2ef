package id.go.lan.bangkom.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * SPEC §5 "nothing lost", over generated messy submissions: random mixes of good and faulty rows,
 * in CSV (either separator, UTF-8 with or without BOM or Windows-1252, quoting, line breaks in
 * quotes, CRLF, blank records), XLSX (text, numeric and date cells, blank rows) and JSON (blank
 * objects, numbers). Per file rows read = accepted + rejected; the accepted rows and the rejected
 * row numbers are disjoint and together exactly the data rows written; lineage on every Parquet
 * row; and each generated row lands where its kind says.
 */
class NothingLostPropertyTest {
  enum Format {
    CSV,
    XLSX,
    JSON
  }

  /** How a generated row is made; every kind but GOOD must be rejected. */
  enum Kind {
    GOOD,
    NIP_SHORT,
    NIP_AS_NUMBER,
    DATE_UNREADABLE,
    JP_NOT_A_NUMBER,
    UNKNOWN_VALUE,
    REQUIRED_EMPTY,
    COPY_OF_EARLIER,
    NOT_IN_ROSTER
  }

  /** One file's layout choices. */
  record Layout(Format format, char separator, Charset charset, boolean bom, boolean crlf) {}

  record Spec(Layout pegawaiLayout, List<Kind> pegawai, Layout bangkomLayout, List<Kind> bangkom) {}

  @Provide
  Arbitrary<Spec> submissions() {
    Arbitrary<Kind> pegawaiKind =
        Arbitraries.frequencyOf(
            Tuple.of(6, Arbitraries.just(Kind.GOOD)),
            Tuple.of(1, Arbitraries.of(Kind.NIP_SHORT, Kind.NIP_AS_NUMBER, Kind.DATE_UNREADABLE)),
            Tuple.of(1, Arbitraries.of(Kind.UNKNOWN_VALUE, Kind.REQUIRED_EMPTY)),
            Tuple.of(1, Arbitraries.just(Kind.COPY_OF_EARLIER)));
    Arbitrary<Kind> bangkomKind =
        Arbitraries.frequencyOf(
            Tuple.of(6, Arbitraries.just(Kind.GOOD)), Tuple.of(2, Arbitraries.of(Kind.values())));
    return Combinators.combine(
            layouts(),
            pegawaiKind.list().ofMinSize(0).ofMaxSize(25),
            layouts(),
            bangkomKind.list().ofMinSize(1).ofMaxSize(40))
        .as(
            (pl, p, bl, b) -> {
              List<Kind> pegawai = new ArrayList<>();
              pegawai.add(Kind.GOOD); // a roster with at least one employee
              pegawai.addAll(p);
              return new Spec(pl, pegawai, bl, b);
            });
  }

  private static Arbitrary<Layout> layouts() {
    return Combinators.combine(
            Arbitraries.frequency(
                Tuple.of(6, Format.CSV), Tuple.of(2, Format.XLSX), Tuple.of(2, Format.JSON)),
            Arbitraries.of(',', ';'),
            Arbitraries.of(StandardCharsets.UTF_8, CsvSource.WINDOWS_1252),
            Arbitraries.of(true, false),
            Arbitraries.of(true, false))
        .as(Layout::new);
  }

  @Property(tries = 100)
  void everyRowIsAcceptedOrRejectedOnceWithItsLineage(@ForAll("submissions") Spec spec)
      throws Exception {
    Statistics.label("pegawai").collect(spec.pegawaiLayout().format());
    Statistics.label("bangkom").collect(spec.bangkomLayout().format());
    Path root = Files.createTempDirectory("bangkom-property");
    try {
      Fixture fx = new Fixture(root);
      Path folder = fx.folder(Fixture.KODE, Fixture.PERIODE);
      long seed = spec.hashCode();
      Written pegawai = writePegawai(folder, spec.pegawaiLayout(), spec.pegawai(), seed);
      Written bangkom =
          writeBangkom(folder, spec.bangkomLayout(), spec.bangkom(), pegawai.roster(), seed);
      IngestResult result = fx.ingestion().ingest(fx.inbox(), IngestListener.none());
      assertThat(result.diterima()).hasSize(1);
      Receipt r = result.diterima().get(0);
      assertThat(r.berkasDitolak()).isEmpty();
      Path v1 = fx.workspace.submisi().resolve(Fixture.KODE).resolve(Fixture.PERIODE).resolve("v1");
      check(r, v1, "pegawai", pegawai);
      check(r, v1, "bangkom", bangkom);
    } finally {
      deleteTree(root);
    }
  }

  private static void check(Receipt r, Path v1, String dataset, Written written) throws Exception {
    DatasetInfo info = r.datasets().get(dataset);
    assertThat(info).as(dataset).isNotNull();
    assertThat(info.barisDibaca()).isEqualTo(info.barisDiterima() + info.barisDitolak());
    assertThat(info.barisDibaca()).isEqualTo(written.good().size() + written.bad().size());
    String parquet = v1.resolve(dataset + ".parquet").toAbsolutePath().toString();
    String penolakan = v1.resolve("penolakan.parquet").toAbsolutePath().toString();
    List<Long> accepted =
        longs(
            "SELECT nomor_baris FROM read_parquet('"
                + parquet
                + "') WHERE submisi_id = '73/2026-CW1/v1' AND kode_instansi = '73'"
                + " AND periode = '2026-CW1' AND berkas = '"
                + written.berkas()
                + "'");
    List<Long> rejected =
        longs(
            "SELECT DISTINCT nomor_baris FROM read_parquet('"
                + penolakan
                + "') WHERE dataset = '"
                + dataset
                + "' AND submisi_id = '73/2026-CW1/v1' AND berkas = '"
                + written.berkas()
                + "'");
    // Lineage on every row of both files.
    for (String file : List.of(parquet, penolakan)) {
      assertThat(
              longs(
                  "SELECT count(*) FROM read_parquet('"
                      + file
                      + "') WHERE submisi_id IS NULL OR kode_instansi IS NULL"
                      + " OR periode IS NULL OR berkas IS NULL OR nomor_baris IS NULL"))
          .containsExactly(0L);
    }
    assertThat(accepted).doesNotHaveDuplicates().hasSize((int) info.barisDiterima());
    assertThat(rejected).hasSize((int) info.barisDitolak());
    Set<Long> all = new TreeSet<>(accepted);
    all.addAll(rejected);
    assertThat(all).hasSize(accepted.size() + rejected.size());
    Set<Long> expected = new TreeSet<>(written.good());
    expected.addAll(written.bad());
    assertThat(all).as("row numbers of %s", dataset).isEqualTo(expected);
    assertThat(new TreeSet<>(accepted)).as("accepted %s", dataset).isEqualTo(written.good());
  }

  /** One in-memory DuckDB for the class's queries (opening one per query costs more than them). */
  private static Connection duck;

  private static synchronized List<Long> longs(String sql) throws Exception {
    if (duck == null) {
      duck = DriverManager.getConnection("jdbc:duckdb:");
    }
    List<Long> out = new ArrayList<>();
    try (Statement s = duck.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getLong(1));
      }
    }
    return out;
  }

  /** A file written: its name, the row numbers that must be accepted and rejected, its NIPs. */
  record Written(String berkas, Set<Long> good, Set<Long> bad, List<String> roster) {}

  /** One data row as cells; {@code numericNip} asks the writer for a number cell. */
  record Line(List<String> cells, boolean numericNip) {}

  private static final List<String> PEGAWAI_HEADER =
      List.of(
          "NIP Baru",
          "Nama",
          "Jenis Pegawai",
          "jenis_jabatan",
          "Jabatan",
          "Unit Kerja",
          "Golongan",
          "TMT CPNS",
          "Status");
  private static final List<String> BANGKOM_HEADER =
      List.of(
          "nip",
          "Nama Pelatihan",
          "Jenis Diklat",
          "jalur",
          "Tgl Mulai",
          "Tanggal Selesai",
          "Jumlah JP",
          "Penyelenggara",
          "No Sertifikat");

  /** A valid NIP, distinct per index: born 1980-01-01 + index days, male, sequence from index. */
  static String nip(int index) {
    LocalDate born = LocalDate.of(1980, 1, 1).plusDays(index);
    return born.toString().replace("-", "") + "201501" + "1" + String.format("%03d", index % 1000);
  }

  private static Written writePegawai(Path folder, Layout layout, List<Kind> kinds, long seed) {
    List<Line> lines = new ArrayList<>();
    List<Kind> effective = new ArrayList<>();
    List<String> roster = new ArrayList<>();
    int lastGood = -1;
    for (int i = 0; i < kinds.size(); i++) {
      Kind k = kinds.get(i);
      if (k == Kind.COPY_OF_EARLIER && lastGood < 0) {
        k = Kind.GOOD;
      }
      if (k == Kind.COPY_OF_EARLIER) {
        lines.add(lines.get(lastGood));
        effective.add(k);
        continue;
      }
      String nip = nip(i);
      String nama = (i % 3 == 0 ? "Désirée Ñoño " : "Pegawai ") + i;
      String tmt = i % 2 == 0 ? "2015-05-01" : "01/05/2015";
      String status = i % 4 == 0 ? "Tugas Belajar" : "AKTIF";
      boolean numeric = false;
      switch (k) {
        case NIP_SHORT -> nip = "19800101";
        case NIP_AS_NUMBER -> numeric = true;
        case DATE_UNREADABLE -> tmt = "31/02/2015";
        case UNKNOWN_VALUE -> status = "CUTI PANJANG";
        case REQUIRED_EMPTY -> nama = "";
        default -> {}
      }
      if (k == Kind.GOOD) {
        roster.add(nip);
        lastGood = i;
      }
      lines.add(
          new Line(
              List.of(
                  nip,
                  nama,
                  "PNS",
                  "Fungsional",
                  "Analis; Kebijakan",
                  "Biro \"Umum\"",
                  "III/c",
                  tmt,
                  status),
              numeric));
      effective.add(k);
    }
    return write(folder, "pegawai", layout, PEGAWAI_HEADER, lines, effective, roster, seed);
  }

  private static Written writeBangkom(
      Path folder, Layout layout, List<Kind> kinds, List<String> roster, long seed) {
    List<Line> lines = new ArrayList<>();
    List<Kind> effective = new ArrayList<>();
    int lastGood = -1;
    for (int i = 0; i < kinds.size(); i++) {
      Kind k = kinds.get(i);
      if (k == Kind.COPY_OF_EARLIER && lastGood < 0) {
        k = Kind.GOOD;
      }
      if (k == Kind.COPY_OF_EARLIER) {
        lines.add(lines.get(lastGood));
        effective.add(k);
        continue;
      }
      String nip = roster.get(i % roster.size());
      String kegiatan = (i % 2 == 0 ? "Latsar\nAngkatan " : "Bimtek, Angkatan ") + i;
      String jenis = i % 3 == 0 ? "Pelatihan Teknis" : Integer.toString(1 + i % 25);
      String mulai = i % 2 == 0 ? "2026-02-01" : "1 Februari 2026";
      String selesai = "03/02/2026";
      String jp = i % 2 == 0 ? "24" : "2,5";
      boolean numeric = false;
      switch (k) {
        case NIP_SHORT -> nip = "1986 0926 2015";
        case NIP_AS_NUMBER -> numeric = true;
        case DATE_UNREADABLE -> mulai = "kemarin";
        case JP_NOT_A_NUMBER -> jp = "dua JP";
        case UNKNOWN_VALUE -> jenis = "99";
        case REQUIRED_EMPTY -> kegiatan = " ";
        case NOT_IN_ROSTER -> nip = nip(900);
        default -> {}
      }
      if (k == Kind.GOOD) {
        lastGood = i;
      }
      lines.add(
          new Line(
              List.of(nip, kegiatan, jenis, "", mulai, selesai, jp, "BPSDM", "SRT/" + i), numeric));
      effective.add(k);
    }
    return write(folder, "bangkom", layout, BANGKOM_HEADER, lines, effective, roster, seed);
  }

  private static Written write(
      Path folder,
      String dataset,
      Layout layout,
      List<String> header,
      List<Line> lines,
      List<Kind> kinds,
      List<String> roster,
      long seed) {
    java.util.Random random = new java.util.Random(seed ^ dataset.hashCode());
    Set<Long> good = new TreeSet<>();
    Set<Long> bad = new TreeSet<>();
    String berkas;
    try {
      switch (layout.format()) {
        case CSV -> {
          berkas = dataset + ".csv";
          StringBuilder b = new StringBuilder();
          String eol = layout.crlf() ? "\r\n" : "\n";
          char sep = layout.separator();
          b.append(String.join(String.valueOf(sep), header)).append(eol);
          long record = 1;
          for (int i = 0; i < lines.size(); i++) {
            while (random.nextInt(6) == 0) {
              b.append(random.nextBoolean() ? "" : String.valueOf(sep).repeat(3)).append(eol);
              record++;
            }
            Line line = lines.get(i);
            List<String> cells = new ArrayList<>(line.cells());
            if (line.numericNip()) {
              cells.set(0, "1.98001E+17");
            }
            boolean quoteAll = random.nextBoolean();
            for (int c = 0; c < cells.size(); c++) {
              if (c > 0) {
                b.append(sep);
              }
              b.append(csvField(cells.get(c), sep, quoteAll));
            }
            b.append(eol);
            record++;
            (kinds.get(i) == Kind.GOOD ? good : bad).add(record);
          }
          byte[] body = b.toString().getBytes(layout.charset());
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          if (layout.bom() && layout.charset().equals(StandardCharsets.UTF_8)) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
          }
          out.write(body);
          Files.write(folder.resolve(berkas), out.toByteArray());
        }
        case XLSX -> {
          berkas = dataset + ".xlsx";
          int[] rowIndex = {0};
          Fixture.xlsx(
              folder.resolve(berkas),
              wb -> {
                Sheet sheet = wb.createSheet(dataset);
                CellStyle dateStyle = wb.createCellStyle();
                dateStyle.setDataFormat(
                    wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
                Row h = sheet.createRow(rowIndex[0]++);
                for (int c = 0; c < header.size(); c++) {
                  h.createCell(c).setCellValue(header.get(c));
                }
                for (int i = 0; i < lines.size(); i++) {
                  while (random.nextInt(6) == 0) {
                    rowIndex[0]++; // a blank row
                  }
                  Row row = sheet.createRow(rowIndex[0]++);
                  writeXlsxRow(wb, row, lines.get(i), dateStyle, random);
                  (kinds.get(i) == Kind.GOOD ? good : bad).add((long) rowIndex[0]);
                }
              });
        }
        default -> {
          berkas = dataset + ".json";
          ArrayNode array = JsonNodeFactory.instance.arrayNode();
          long index = 0;
          for (int i = 0; i < lines.size(); i++) {
            while (random.nextInt(6) == 0) {
              array.addObject();
              index++;
            }
            ObjectNode o = array.addObject();
            Line line = lines.get(i);
            for (int c = 0; c < header.size(); c++) {
              String v = line.cells().get(c);
              if (c == 0 && line.numericNip()) {
                o.put(header.get(c), Double.parseDouble(v));
              } else if (v.matches("\\d{1,2}") && random.nextBoolean()) {
                o.put(header.get(c), Integer.parseInt(v));
              } else {
                o.put(header.get(c), v);
              }
            }
            index++;
            (kinds.get(i) == Kind.GOOD ? good : bad).add(index);
          }
          Files.writeString(folder.resolve(berkas), array.toPrettyString(), StandardCharsets.UTF_8);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Written(berkas, good, bad, roster);
  }

  private static void writeXlsxRow(
      XSSFWorkbook wb, Row row, Line line, CellStyle dateStyle, java.util.Random random) {
    for (int c = 0; c < line.cells().size(); c++) {
      String v = line.cells().get(c);
      if (v.isEmpty()) {
        continue; // an empty cell is absent in a real workbook
      }
      if (c == 0 && line.numericNip()) {
        row.createCell(c).setCellValue(Double.parseDouble(v));
      } else if (v.matches("\\d{4}-\\d{2}-\\d{2}") && random.nextBoolean()) {
        var cell = row.createCell(c);
        cell.setCellValue(LocalDate.parse(v));
        cell.setCellStyle(dateStyle);
      } else if (v.matches("\\d{1,3}") && random.nextBoolean()) {
        row.createCell(c).setCellValue(Integer.parseInt(v));
      } else {
        row.createCell(c).setCellValue(v);
      }
    }
  }

  private static String csvField(String v, char sep, boolean quoteAll) {
    boolean needs =
        v.indexOf(sep) >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.isBlank();
    if (!needs && !quoteAll) {
      return v;
    }
    return "\"" + v.replace("\"", "\"\"") + "\"";
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}

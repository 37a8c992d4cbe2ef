package id.go.lan.bangkom.ingestion;

import static java.util.Objects.requireNonNull;

import id.go.lan.bangkom.core.Pesan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small table file an operator edits (an assignment list, say) read with ingestion's own readers:
 * CSV ({@code ,} {@code ;} or tab, UTF-8 or Windows-1252, BOM skipped) or the first sheet of an
 * XLSX. Every row is kept with its number as the operator sees it (header = 1); blank rows are left
 * out. For files other than submissions: no dataset, no rules, just the cells as text.
 */
public final class TabelBerkas {
  private static final Pesan PESAN = Pesan.modul("ingestion");

  /** One cell as read: its text and whether it was a number cell of a spreadsheet. */
  public record Sel(String teks, boolean angka) {
    public Sel {
      requireNonNull(teks, "teks is null");
    }
  }

  /** One non-blank row: its number in the file and its cells by header position. */
  public record Baris(long nomor, List<Sel> sel) {
    public Baris {
      sel = List.copyOf(sel);
    }

    /** The cell at {@code index}, empty past the row's end. */
    public Sel sel(int index) {
      return index < 0 || index >= sel.size() ? new Sel("", false) : sel.get(index);
    }
  }

  /** The header cells (as written) and the rows. */
  public record Isi(List<String> header, List<Baris> baris) {
    public Isi {
      header = List.copyOf(header);
      baris = List.copyOf(baris);
    }
  }

  /** The file cannot be read at all; the message (Indonesian) says why and how to fix it. */
  public static final class TidakTerbaca extends Exception {
    private static final long serialVersionUID = 1L;

    TidakTerbaca(String pesan, Throwable cause) {
      super(pesan, cause);
    }
  }

  private TabelBerkas() {}

  /**
   * Reads {@code file} ({@code .csv} or {@code .xlsx}, by its name).
   *
   * @throws TidakTerbaca when the file is of another kind, empty, damaged or has no header
   */
  public static Isi baca(Path file) throws TidakTerbaca {
    String berkas = file.getFileName().toString();
    String lower = berkas.toLowerCase(Locale.ROOT);
    if (!Files.isRegularFile(file)) {
      throw new TidakTerbaca(PESAN.f("tabel.tidak.ada", file.toString()), null);
    }
    try {
      if (lower.endsWith(".csv")) {
        try (CsvSource source = new CsvSource(file, berkas)) {
          return isi(source, berkas);
        }
      }
      if (lower.endsWith(".xlsx")) {
        try (XlsxWorkbook wb = XlsxWorkbook.open(file, berkas)) {
          List<String> sheets = wb.sheetNames();
          if (sheets.isEmpty()) {
            throw FileRefusedException.empty(berkas);
          }
          try (RowSource source = wb.rows(sheets.get(0), berkas)) {
            return isi(source, berkas);
          }
        }
      }
    } catch (FileRefusedException e) {
      throw new TidakTerbaca(e.fault().pesan() + " " + e.fault().saran(), e);
    }
    throw new TidakTerbaca(PESAN.f("tabel.jenis", berkas), null);
  }

  private static Isi isi(RowSource source, String berkas) throws FileRefusedException {
    List<String> header = new ArrayList<>();
    for (String h : source.header()) {
      header.add(h.strip());
    }
    if (header.stream().allMatch(String::isEmpty)) {
      throw FileRefusedException.empty(berkas);
    }
    List<Baris> rows = new ArrayList<>();
    RawRow row;
    while ((row = source.next()) != null) {
      if (row.isBlank()) {
        continue;
      }
      List<Sel> cells = new ArrayList<>();
      for (RawCell c : row.cells()) {
        cells.add(new Sel(c.text(), c.kind() == RawCell.Kind.NUMBER));
      }
      rows.add(new Baris(row.nomorBaris(), cells));
    }
    return new Isi(header, rows);
  }
}

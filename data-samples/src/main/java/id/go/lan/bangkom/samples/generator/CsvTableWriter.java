package id.go.lan.bangkom.samples.generator;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** CSV as PICs' tools write it: chosen separator, encoding (BOM or not), decimal comma. */
final class CsvTableWriter extends TableWriter {
  private static final Charset CP1252 = Charset.forName("windows-1252");
  private final Writer out;
  private final char separator;
  private final boolean decimalComma;
  private final String lineEnd;
  private final String berkas;

  CsvTableWriter(Path file, Format format, int[] columns, String[] header) throws IOException {
    super(columns, header);
    this.berkas = file.getFileName().toString();
    this.separator = format.separator;
    this.decimalComma = format.decimalComma;
    this.lineEnd = format.lineEnd;
    OutputStream raw = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
    Charset charset = StandardCharsets.UTF_8;
    if (format.charset == Format.UTF8_BOM) {
      raw.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    } else if (format.charset == Format.CP1252) {
      charset = CP1252;
    }
    this.out = new BufferedWriter(new OutputStreamWriter(raw, charset), 1 << 16);
    for (int i = 0; i < header.length; i++) {
      if (i > 0) {
        out.write(separator);
      }
      field(header[i]);
    }
    out.write(lineEnd);
  }

  @Override
  void writeRow(Row row) throws IOException {
    for (int i = 0; i < columns.length; i++) {
      if (i > 0) {
        out.write(separator);
      }
      int c = columns[i];
      String v = row.value[c];
      if (v == null) {
        continue;
      }
      if (decimalComma && row.kind[c] == Row.NUMBER) {
        v = v.replace('.', ',');
      }
      field(v);
    }
    out.write(lineEnd);
  }

  private void field(String v) throws IOException {
    boolean quote = false;
    for (int i = 0; i < v.length(); i++) {
      char ch = v.charAt(i);
      if (ch == separator || ch == '"' || ch == '\n' || ch == '\r') {
        quote = true;
        break;
      }
    }
    if (!quote) {
      out.write(v);
      return;
    }
    out.write('"');
    out.write(v.replace("\"", "\"\""));
    out.write('"');
  }

  @Override
  String berkas() {
    return berkas;
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}

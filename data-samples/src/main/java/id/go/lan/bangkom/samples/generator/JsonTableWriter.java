package id.go.lan.bangkom.samples.generator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A JSON array of objects; empty values are left out, numbers stay numbers. */
final class JsonTableWriter extends TableWriter {
  private final Writer out;
  private final String berkas;
  private final boolean unterminated;
  private final String[] keys;

  /**
   * @param unterminated leave the array open: a broken file the product must refuse whole
   */
  JsonTableWriter(Path file, int[] columns, String[] header, boolean unterminated)
      throws IOException {
    super(columns, header);
    this.berkas = file.getFileName().toString();
    this.unterminated = unterminated;
    this.out =
        new BufferedWriter(
            new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
    this.keys = new String[header.length];
    for (int i = 0; i < header.length; i++) {
      keys[i] = quoted(header[i]) + ": ";
    }
    out.write('[');
  }

  @Override
  void writeRow(Row row) throws IOException {
    out.write(rows == 0 ? "\n {" : ",\n {");
    boolean first = true;
    for (int i = 0; i < columns.length; i++) {
      int c = columns[i];
      String v = row.value[c];
      if (v == null || v.isEmpty()) {
        continue;
      }
      if (!first) {
        out.write(", ");
      }
      first = false;
      out.write(keys[i]);
      byte kind = row.kind[c];
      out.write(kind == Row.NUMBER || kind == Row.NIP_NUMBER ? v : quoted(v));
    }
    out.write('}');
  }

  static String quoted(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  @Override
  String berkas() {
    return berkas;
  }

  @Override
  public void close() throws IOException {
    if (!unterminated) {
      out.write("\n]\n");
    }
    out.close();
  }
}

package id.go.lan.bangkom.ingestion;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import id.go.lan.bangkom.core.Pesan;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A JSON array of objects, streamed twice with Jackson: once to check the structure and collect the
 * keys (the header), once to read the records. Row number = 1-based array index. Values may be
 * strings, numbers, booleans or null; a number keeps its exact text, {@code NaN} and {@code
 * Infinity} included (they are then refused as numbers by the row rules, in Bahasa Indonesia,
 * rather than the whole file by the parser in English). An object that names one key twice is
 * rejected as a row ({@link RejectReason#KOLOM_GANDA}), naming the key and both values.
 */
final class JsonSource implements RowSource {
  private static final Pesan PESAN = Pesan.modul("ingestion");

  /**
   * The longest string or number text taken, in characters: 1 MiB, as {@link
   * CsvSource#MAX_RECORD_CHARS} (Jackson's own default is 20 million, about 40 MB of heap per
   * value).
   */
  static final int MAX_VALUE_CHARS = CsvSource.MAX_RECORD_CHARS;

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
          .streamReadConstraints(
              StreamReadConstraints.builder().maxStringLength(MAX_VALUE_CHARS).build())
          .build();

  private final String berkas;
  private final List<String> header;
  private final Map<String, Integer> position = new HashMap<>();
  private final JsonParser parser;
  private final Map<String, String> seen = new HashMap<>();
  private long index;

  JsonSource(Path file, String berkas) throws FileRefusedException {
    this(file, berkas, Utf8Check.Encoding.UTF_8);
  }

  /**
   * @param encoding how the file's bytes read, from the checksum pass: JSON must be UTF-8 (RFC
   *     8259), so anything else is refused here with the first invalid byte, in Bahasa Indonesia
   */
  JsonSource(Path file, String berkas, Utf8Check.Encoding encoding) throws FileRefusedException {
    this.berkas = berkas;
    if (encoding.kind() != Utf8Check.Kind.UTF_8) {
      throw FileRefusedException.encoding("pengkodean_json", berkas, encoding);
    }
    this.header = scanKeys(file, berkas);
    for (int i = 0; i < header.size(); i++) {
      position.put(header.get(i), i);
    }
    try {
      parser = FACTORY.createParser(Berkas.open(file));
      parser.nextToken(); // START_ARRAY, checked by scanKeys
    } catch (IOException e) {
      throw FileRefusedException.broken(berkas, e);
    }
  }

  private static List<String> scanKeys(Path file, String berkas) throws FileRefusedException {
    Set<String> keys = new LinkedHashSet<>();
    try (JsonParser p = FACTORY.createParser(Berkas.open(file))) {
      JsonToken t = p.nextToken();
      if (t == null) {
        throw FileRefusedException.empty(berkas);
      }
      if (t != JsonToken.START_ARRAY) {
        throw notArray(berkas);
      }
      while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
        if (t != JsonToken.START_OBJECT) {
          throw notArray(berkas);
        }
        while ((t = p.nextToken()) != JsonToken.END_OBJECT) {
          keys.add(p.currentName());
          p.nextToken();
          p.skipChildren();
        }
      }
      if (p.nextToken() != null) {
        throw notArray(berkas);
      }
    } catch (IOException e) {
      throw FileRefusedException.broken(berkas, e);
    }
    return List.copyOf(keys);
  }

  private static FileRefusedException notArray(String berkas) {
    return FileRefusedException.broken(berkas, PESAN.f("rusak.json_bukan_larik"), null);
  }

  /** A value longer than {@link #MAX_VALUE_CHARS}: refused whole, naming the text line. */
  private static FileRefusedException tooLong(
      String berkas, StreamConstraintsException e, JsonParser at) {
    // The exception carries no location: where the parser stopped is in the long value's line.
    long line = at.currentLocation().getLineNr();
    return new FileRefusedException(
        Fault.variant(
            RejectReason.BERKAS_RUSAK,
            "nilai_terlalu_panjang",
            null,
            null,
            berkas,
            Long.toString(line),
            String.format(Locale.ROOT, "%,d", MAX_VALUE_CHARS).replace(',', '.')),
        e);
  }

  @Override
  public List<String> header() {
    return header;
  }

  @Override
  public RawRow next() throws FileRefusedException {
    try {
      JsonToken t = parser.nextToken();
      if (t != JsonToken.START_OBJECT) {
        return null;
      }
      index++;
      RawCell[] cells = new RawCell[header.size()];
      Arrays.fill(cells, RawCell.EMPTY);
      seen.clear();
      List<Fault> faults = List.of();
      while (parser.nextToken() != JsonToken.END_OBJECT) {
        String key = parser.currentName();
        Integer at = position.get(key);
        JsonToken v = parser.nextToken();
        RawCell cell;
        switch (v) {
          case VALUE_STRING:
            cell = RawCell.text(parser.getText());
            break;
          case VALUE_NUMBER_INT:
            // An integer keeps every digit in JSON text: a NIP given as a number is intact.
            cell = RawCell.text(parser.getText());
            break;
          case VALUE_NUMBER_FLOAT:
            cell = RawCell.number(parser.getText());
            break;
          case VALUE_TRUE:
          case VALUE_FALSE:
            cell = RawCell.text(parser.getText());
            break;
          case START_OBJECT:
          case START_ARRAY:
            parser.skipChildren();
            cell = RawCell.text(v == JsonToken.START_OBJECT ? "{...}" : "[...]");
            break;
          default:
            cell = RawCell.EMPTY;
        }
        String earlier = seen.putIfAbsent(key, cell.text());
        if (earlier != null) {
          // Jackson keeps the last value silently; the PIC must say which one is meant.
          if (faults.isEmpty()) {
            faults = new ArrayList<>(2);
          }
          faults.add(Fault.of(RejectReason.KOLOM_GANDA, key, earlier, cell.text()));
        } else if (at != null) {
          cells[at] = cell;
        }
      }
      return new RawRow(index, List.of(cells), faults);
    } catch (StreamConstraintsException e) {
      throw tooLong(berkas, e, parser);
    } catch (IOException e) {
      throw FileRefusedException.broken(berkas, e);
    }
  }

  @Override
  public void close() {
    try {
      parser.close();
    } catch (IOException e) {
      // Read only.
    }
  }
}

package id.go.lan.bangkom.ingestion;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A JSON array of objects, streamed twice with Jackson: once to check the structure and collect the
 * keys (the header), once to read the records. Row number = 1-based array index. Values may be
 * strings, numbers, booleans or null; a number keeps its exact text.
 */
final class JsonSource implements RowSource {
  private static final JsonFactory FACTORY = new JsonFactory();

  private final String berkas;
  private final List<String> header;
  private final Map<String, Integer> position = new HashMap<>();
  private final JsonParser parser;
  private long index;

  JsonSource(Path file, String berkas) throws FileRefusedException {
    this.berkas = berkas;
    this.header = scanKeys(file, berkas);
    for (int i = 0; i < header.size(); i++) {
      position.put(header.get(i), i);
    }
    try {
      parser = FACTORY.createParser(Files.newInputStream(file));
      parser.nextToken(); // START_ARRAY, checked by scanKeys
    } catch (IOException e) {
      throw FileRefusedException.broken(berkas, e);
    }
  }

  private static List<String> scanKeys(Path file, String berkas) throws FileRefusedException {
    Set<String> keys = new LinkedHashSet<>();
    try (JsonParser p = FACTORY.createParser(Files.newInputStream(file))) {
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
    return FileRefusedException.broken(
        berkas, new IOException("isi JSON harus berupa larik (array) objek"));
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
      while (parser.nextToken() != JsonToken.END_OBJECT) {
        Integer at = position.get(parser.currentName());
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
        if (at != null) {
          cells[at] = cell;
        }
      }
      return new RawRow(index, List.of(cells));
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

package id.go.lan.bangkom.ingestion;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Matches a file's header to a dataset's columns: case-, space-, underscore- and
 * punctuation-insensitive, through the aliases of {@link Column}.
 */
final class Headers {
  private Headers() {}

  /** Lower case letters and digits only: {@code "Durasi (menit)"} becomes {@code durasimenit}. */
  static String normalize(String header) {
    if (header == null) {
      return "";
    }
    boolean ascii = true;
    for (int i = 0; i < header.length() && ascii; i++) {
      ascii = header.charAt(i) < 128;
    }
    // NFKC changes nothing in ASCII text: skip it on the hot path (enumeration values).
    String s =
        (ascii ? header : Normalizer.normalize(header, Normalizer.Form.NFKC))
            .toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * For each column of {@code dataset}, the index of the header cell that names it, or -1. When two
   * headers name one column the one whose alias comes first wins (e.g. "NIP Baru" over "NIP").
   */
  static int[] map(Dataset dataset, List<String> header) {
    List<Column> columns = dataset.columns();
    int[] index = new int[columns.size()];
    int[] rank = new int[columns.size()];
    java.util.Arrays.fill(index, -1);
    java.util.Arrays.fill(rank, Integer.MAX_VALUE);
    Map<String, int[]> lookup = new HashMap<>();
    for (int c = 0; c < columns.size(); c++) {
      List<String> names = new ArrayList<>(columns.get(c).aliases());
      names.add(columns.get(c).id());
      for (int a = 0; a < names.size(); a++) {
        lookup.putIfAbsent(normalize(names.get(a)), new int[] {c, a});
      }
    }
    for (int h = 0; h < header.size(); h++) {
      int[] hit = lookup.get(normalize(header.get(h)));
      if (hit != null && hit[1] < rank[hit[0]]) {
        index[hit[0]] = h;
        rank[hit[0]] = hit[1];
      }
    }
    return index;
  }
}

package id.go.lan.bangkom.transforms;

import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;

import id.go.lan.bangkom.core.Pesan;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Column;

/**
 * The transforms' Indonesian texts, from {@code bangkom/pesan/transforms.properties}: messages for
 * the operator ({@link #f}) and sentences written into the computed tables, whose placeholders are
 * filled per row by Spark columns ({@link #kolom}).
 */
final class Teks {
  static final Pesan PESAN = Pesan.modul("transforms");

  private static final Pattern TEMPAT = Pattern.compile("\\{(\\d+)}");

  private Teks() {}

  /** The message {@code kunci} with its arguments filled in. */
  static String f(String kunci, Object... argumen) {
    return PESAN.f(kunci, argumen);
  }

  /**
   * The sentence {@code kunci} as a Spark column: its text with each placeholder {@code {i}}
   * replaced by {@code argumen[i]} (null when an argument is null, as {@code concat}). Placeholders
   * take no format: pass columns already formatted as text.
   */
  static Column kolom(String kunci, Column... argumen) {
    String pola = PESAN.f(kunci);
    List<Column> bagian = new ArrayList<>();
    Matcher m = TEMPAT.matcher(pola);
    int awal = 0;
    while (m.find()) {
      if (m.start() > awal) {
        bagian.add(lit(pola.substring(awal, m.start())));
      }
      bagian.add(argumen[Integer.parseInt(m.group(1))]);
      awal = m.end();
    }
    if (awal < pola.length() || bagian.isEmpty()) {
      bagian.add(lit(pola.substring(awal)));
    }
    return bagian.size() == 1 && argumen.length == 0
        ? bagian.get(0)
        : concat(bagian.toArray(Column[]::new));
  }
}

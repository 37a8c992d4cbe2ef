package id.go.lan.bangkom.schedules.delivery;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How an e-mail greets the PIC: {@code Bapak/Ibu <nama>} when the master list gives a bare name,
 * the name itself when it already starts with an honorific ("Yth. Bapak/Ibu Pak Budi" reads as a
 * slip), with the short spoken forms written out as a formal letter does (Pak, Bpk. -> Bapak; Bu ->
 * Ibu).
 */
final class Sapaan {
  private static final Pattern SAPAAN =
      Pattern.compile(
          "^(bapak|ibu|pak|bu|bpk\\.?|bp\\.|sdr\\.|sdri\\.|saudara|saudari)(\\s+|$)(.*)$",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Map<String, String> BAKU =
      Map.of(
          "pak", "Bapak",
          "bapak", "Bapak",
          "bpk", "Bapak",
          "bpk.", "Bapak",
          "bp.", "Bapak",
          "bu", "Ibu",
          "ibu", "Ibu");

  private Sapaan() {}

  /** The greeting after "Yth." for {@code namaPic} (already trimmed of surrounding spaces). */
  static String untuk(String namaPic) {
    String nama = namaPic.strip();
    Matcher m = SAPAAN.matcher(nama);
    if (!m.matches()) {
      return "Bapak/Ibu " + nama;
    }
    String kata = m.group(1);
    String baku = BAKU.getOrDefault(kata.toLowerCase(Locale.ROOT), kata);
    return m.group(3).isBlank() ? baku : baku + " " + m.group(3);
  }
}

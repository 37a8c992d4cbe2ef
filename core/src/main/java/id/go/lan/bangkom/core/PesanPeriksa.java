package id.go.lan.bangkom.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks of a module's user-facing texts, for its tests: no common English word in a bundle's
 * values (whole words), and every key the module's code asks {@link Pesan} for exists in its
 * bundle. Code, comments and log lines may be English; what a user reads may not.
 */
public final class PesanPeriksa {
  /**
   * Common English words that are not also Indonesian or product vocabulary; SQL keywords and the
   * product's own terms (ingest, transform, publish, table, csv, json, server) are allowed.
   */
  public static final Set<String> KATA_INGGRIS =
      Set.of(
          "the",
          "is",
          "are",
          "was",
          "be",
          "of",
          "not",
          "no",
          "cannot",
          "can",
          "could",
          "file",
          "files",
          "must",
          "should",
          "invalid",
          "failed",
          "fail",
          "found",
          "error",
          "unable",
          "missing",
          "expected",
          "unknown",
          "please",
          "and",
          "or",
          "to",
          "with",
          "for",
          "this",
          "that",
          "has",
          "have",
          "exist",
          "exists",
          "empty",
          "wrong",
          "allowed",
          "required",
          "value",
          "option",
          "options",
          "usage",
          "show",
          "print",
          "help",
          "message",
          "exit",
          "version",
          "information",
          "command",
          "commands",
          "already",
          "yet",
          "retrying",
          "letter",
          "letters",
          "attempted",
          "started");

  /** A call that names a message key: {@code PESAN.f("kunci"}, {@code CORE.f(...)}, pesan(...). */
  private static final Pattern KUNCI_DIPAKAI =
      Pattern.compile("(?:\\b(?:PESAN|CORE)\\s*\\.\\s*f|\\bpesan)\\(\\s*\"([^\"]+)\"");

  private static final Pattern KATA = Pattern.compile("\\p{L}+");

  /** Comments, whose examples name keys of no bundle. */
  /** A string literal (group 1, kept: it may hold "/*", as in a glob) or a comment (dropped). */
  private static final Pattern KOMENTAR =
      Pattern.compile("(?s)(\"(?:\\\\.|[^\"\\\\\\n])*\")|/\\*.*?\\*/|(?m)^\\s*//[^\\n]*");

  private PesanPeriksa() {}

  /**
   * The English words of {@link #KATA_INGGRIS} in {@code teks}, in order, lower-case; words of an
   * option name ({@code --help}) are not prose and do not count.
   */
  public static List<String> kataInggris(String teks) {
    List<String> found = new ArrayList<>();
    Matcher m = KATA.matcher(teks);
    while (m.find()) {
      String word = m.group().toLowerCase(Locale.ROOT);
      // Option names (--help, --dry-run) are the interface, not prose.
      boolean optionName = m.start() > 0 && teks.charAt(m.start() - 1) == '-';
      if (!optionName && KATA_INGGRIS.contains(word)) {
        found.add(word);
      }
    }
    return found;
  }

  /** The bundle (or any UTF-8 properties file) at {@code resource} on the class path. */
  public static Properties bundel(String resource) {
    Properties p = new Properties();
    try (InputStream in = PesanPeriksa.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("No resource " + resource);
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  /** One line per value holding an English word: {@code kunci: kata -> nilai}. Empty when clean. */
  public static List<String> nilaiBerbahasaInggris(Properties bundel) {
    List<String> lines = new ArrayList<>();
    for (String key : new TreeSet<>(bundel.stringPropertyNames())) {
      String value = bundel.getProperty(key);
      List<String> words = kataInggris(value);
      if (!words.isEmpty()) {
        lines.add(key + ": " + words + " -> " + value);
      }
    }
    return lines;
  }

  /**
   * Values MessageFormat would print other than they read: a lone apostrophe (swallowed; write
   * {@code ''}) or a pattern it cannot parse. One line per value: {@code kunci -> nilai}.
   */
  public static List<String> polaRusak(Properties bundel) {
    List<String> lines = new ArrayList<>();
    for (String key : new TreeSet<>(bundel.stringPropertyNames())) {
      String value = bundel.getProperty(key);
      boolean rusak = value.replace("''", "").indexOf('\'') >= 0;
      try {
        new MessageFormat(value, Pesan.INDONESIA);
      } catch (IllegalArgumentException e) {
        rusak = true;
      }
      if (rusak) {
        lines.add(key + " -> " + value);
      }
    }
    return lines;
  }

  /** Every message key named in the Java sources under {@code sources}. */
  public static Set<String> kunciDipakai(Path sources) {
    Set<String> keys = new TreeSet<>();
    try (Stream<Path> files = Files.walk(sources)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String code =
            KOMENTAR
                .matcher(Files.readString(f, StandardCharsets.UTF_8))
                .replaceAll(r -> r.group(1) == null ? "" : Matcher.quoteReplacement(r.group(1)));
        Matcher m = KUNCI_DIPAKAI.matcher(code);
        while (m.find()) {
          keys.add(m.group(1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return keys;
  }
}

package id.go.lan.bangkom.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits SQL text into statements at {@code ;} outside quotes and comments, the way an analyst
 * writes a file of queries. Comment-only pieces are dropped.
 */
final class SqlScript {
  private SqlScript() {}

  static List<String> split(String sql) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int i = 0;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      if (c == '\'' || c == '"') {
        int end = closing(sql, i, c);
        end = end < 0 ? sql.length() : end;
        current.append(sql, i, end);
        i = end;
      } else if (c == '-' && sql.startsWith("--", i)) {
        int end = sql.indexOf('\n', i);
        end = end < 0 ? sql.length() : end;
        current.append(sql, i, end);
        i = end;
      } else if (c == '/' && sql.startsWith("/*", i)) {
        int end = sql.indexOf("*/", i + 2);
        end = end < 0 ? sql.length() : end + 2;
        current.append(sql, i, end);
        i = end;
      } else if (c == ';') {
        add(out, current);
        current.setLength(0);
        i++;
      } else {
        current.append(c);
        i++;
      }
    }
    add(out, current);
    return out;
  }

  /** Whether {@code sql} ends a statement: a {@code ;} outside quotes and comments at its end. */
  static boolean complete(String sql) {
    String stripped = sql.stripTrailing();
    if (!stripped.endsWith(";")) {
      return false;
    }
    return !hasOpenQuote(stripped);
  }

  private static boolean hasOpenQuote(String sql) {
    int i = 0;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      if (c == '\'' || c == '"') {
        int end = closing(sql, i, c);
        if (end < 0) {
          return true;
        }
        i = end;
      } else if (c == '-' && sql.startsWith("--", i)) {
        int end = sql.indexOf('\n', i);
        if (end < 0) {
          return true;
        }
        i = end;
      } else if (c == '/' && sql.startsWith("/*", i)) {
        int end = sql.indexOf("*/", i + 2);
        if (end < 0) {
          return true;
        }
        i = end + 2;
      } else {
        i++;
      }
    }
    return false;
  }

  /** Index just after the quote closing the one at {@code start} (doubled quotes escape), or -1. */
  private static int closing(String sql, int start, char quote) {
    int i = start + 1;
    while (i < sql.length()) {
      if (sql.charAt(i) == quote) {
        if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    return -1;
  }

  private static void add(List<String> out, StringBuilder statement) {
    String s = statement.toString().strip();
    if (!withoutComments(s).isBlank()) {
      out.add(s);
    }
  }

  private static String withoutComments(String s) {
    return s.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("(?m)--.*$", " ");
  }
}

package vn.eqip.launcher;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain SQL script cut into statements: {@code ;} ends a statement outside quotes, {@code -- }
 * and {@code #} comments run to the end of the line, {@code /* … *\/} comments are dropped. No
 * {@code DELIMITER} (the bootstrap scripts need none).
 */
final class SqlScript {

  private SqlScript() {}

  static List<String> statements(String script) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    char quote = 0;
    int n = script.length();
    for (int i = 0; i < n; i++) {
      char c = script.charAt(i);
      char next = i + 1 < n ? script.charAt(i + 1) : 0;
      if (quote != 0) {
        current.append(c);
        if (c == '\\' && quote != '`' && i + 1 < n) {
          current.append(next);
          i++;
        } else if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"' || c == '`') {
        quote = c;
        current.append(c);
      } else if (c == '#'
          || (c == '-' && next == '-' && (i + 2 >= n || isSpace(script.charAt(i + 2))))) {
        while (i < n && script.charAt(i) != '\n') {
          i++;
        }
        current.append('\n');
      } else if (c == '/' && next == '*') {
        int end = script.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 1;
        current.append(' ');
      } else if (c == ';') {
        add(statements, current);
      } else {
        current.append(c);
      }
    }
    if (quote != 0) {
      throw new IllegalArgumentException("unterminated quote " + quote + " in the script");
    }
    add(statements, current);
    return statements;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  private static void add(List<String> statements, StringBuilder current) {
    String sql = current.toString().strip();
    if (!sql.isEmpty()) {
      statements.add(sql);
    }
    current.setLength(0);
  }
}

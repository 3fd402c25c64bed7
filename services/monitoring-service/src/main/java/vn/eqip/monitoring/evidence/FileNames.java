package vn.eqip.monitoring.evidence;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/** File names as sent by browsers are only ever shown back, never used as paths. */
final class FileNames {

  static final int MAX = 200;

  private FileNames() {}

  /** The last path segment, without control characters, at most {@link #MAX} characters. */
  static String clean(String name) {
    String n = name == null ? "" : name;
    n = n.substring(Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\')) + 1);
    n = n.replaceAll("[\\p{Cntrl}\"]", "").strip();
    if (n.length() > MAX) {
      n = n.substring(n.length() - MAX);
    }
    return n.isEmpty() ? "minh-chung" : n;
  }

  /** {@code attachment; filename="ascii"; filename*=UTF-8''percent-encoded} (RFC 6266). */
  static String attachment(String name) {
    String ascii =
        Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .replaceAll("[^A-Za-z0-9._ -]", "_");
    String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }
}

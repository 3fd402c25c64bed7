package vn.eqip.monitoring.evidence;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

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

  /**
   * The name a download is saved under: the original name if its extension is one of the type told
   * from the content, else that name with the type's extension added ("anh.pdf" holding a PNG is
   * saved as "anh.pdf.png"), so that a saved file is never opened as another type (an HTML page, a
   * program) than the one that was checked.
   */
  static String downloadName(String name, EvidenceType type) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (String extension : type.extensions()) {
      if (lower.endsWith("." + extension)) {
        return name;
      }
    }
    return name + "." + type.extensions().get(0);
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

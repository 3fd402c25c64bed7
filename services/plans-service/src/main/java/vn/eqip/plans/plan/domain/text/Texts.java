package vn.eqip.plans.plan.domain.text;

import java.text.Normalizer;
import java.util.Locale;

/** Normalising what people type: NFC, one space, dashes as '-', lower case for matching. */
public final class Texts {

  private Texts() {}

  public static String normalise(String text) {
    if (text == null) {
      return "";
    }
    String s = Normalizer.normalize(text, Normalizer.Form.NFC);
    s = s.replace('\u2013', '-').replace('\u2014', '-').replace('\u2212', '-');
    s = s.replace('\u00a0', ' ').replaceAll("\\s+", " ").trim();
    while (s.endsWith(".") || s.endsWith(";")) {
      s = s.substring(0, s.length() - 1).trim();
    }
    return s.toLowerCase(new Locale("vi"));
  }
}

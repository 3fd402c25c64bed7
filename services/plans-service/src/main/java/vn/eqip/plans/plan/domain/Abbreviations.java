package vn.eqip.plans.plan.domain;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The abbreviation of a school in document symbols, as schools form it: the first letter of each
 * word, acronyms and numbers kept whole, without "Trường": "Tiểu học Định Phước" → "THĐP", "THCS
 * Thanh Xương" → "THCSTX". The school may set its own in the document header.
 */
public final class Abbreviations {

  private Abbreviations() {}

  public static String of(String schoolName) {
    if (schoolName == null || schoolName.isBlank()) {
      return "TRUONG";
    }
    String name = Normalizer.normalize(schoolName.trim(), Normalizer.Form.NFC);
    name = name.replaceFirst("(?i)^trường\\s+", "");
    StringBuilder out = new StringBuilder();
    for (String word : name.split("[\\s,.–-]+")) {
      if (word.isEmpty()) {
        continue;
      }
      boolean acronym = word.length() > 1 && word.equals(word.toUpperCase(new Locale("vi")));
      if (acronym || Character.isDigit(word.charAt(0))) {
        out.append(word);
      } else {
        out.append(word.charAt(0));
      }
    }
    return out.toString().toUpperCase(new Locale("vi"));
  }
}

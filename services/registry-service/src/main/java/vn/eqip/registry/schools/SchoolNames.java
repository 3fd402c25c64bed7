package vn.eqip.registry.schools;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folding of Vietnamese names for search: lower case, no diacritics, đ → d, single spaces. */
public final class SchoolNames {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private SchoolNames() {}

  /** "Trường PTDTBT Tiểu học xã Hẹ Muông" → "truong ptdtbt tieu hoc xa he muong". */
  public static String fold(String text) {
    if (text == null) {
      return null;
    }
    String decomposed =
        Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
    String bare = MARKS.matcher(decomposed).replaceAll("");
    return SPACES.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
  }
}

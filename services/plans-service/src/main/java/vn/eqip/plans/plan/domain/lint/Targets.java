package vn.eqip.plans.plan.domain.lint;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.eqip.plans.plan.domain.text.Texts;

/** The level a target names: "Đạt mức 3", "Đạt Mức 2", "Duy trì mức 2" → 3, 2, 2. */
public final class Targets {

  private static final Pattern LEVEL = Pattern.compile("(?:đạt|duy trì|lên)\\s+mức\\s*([1-4])\\b");

  private Targets() {}

  public static OptionalInt level(String target) {
    Matcher m = LEVEL.matcher(Texts.normalise(target));
    return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
  }
}

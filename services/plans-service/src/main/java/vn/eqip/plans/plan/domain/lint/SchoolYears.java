package vn.eqip.plans.plan.domain.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.eqip.plans.plan.domain.text.Texts;
import vn.eqip.plans.shared.SchoolYear;

/**
 * The school years a text names ("năm học 2023 - 2024", "2003-2024", "2024-2023") and what is wrong
 * with each against the plan's own school year. Shared by the row rules and the rules on the plan's
 * free texts.
 */
public final class SchoolYears {

  private static final Pattern PAIR =
      Pattern.compile("(?<!\\d)((?:19|20)\\d{2})\\s*-\\s*((?:19|20)\\d{2})(?!\\d)");

  /** A period of several years, not a school year: "giai đoạn 2020-2025", "niên khóa 2017-2022". */
  private static final Pattern PERIOD =
      Pattern.compile("(?:giai đoạn|niên khóa|niên khoá|chu kỳ|nhiệm kỳ)\\s*$");

  private SchoolYears() {}

  /** A school year as written, and the problem with it (null when it is the plan's year). */
  public record Mention(String written, int first, int second, Problem problem) {}

  public enum Problem {
    /** Not two consecutive years: "2003-2024", "2013-2024", "2024-2023". */
    INVALID,
    /** A valid school year other than the plan's: a warning, it may be the baseline's year. */
    OTHER_YEAR
  }

  public static List<Mention> in(String text, SchoolYear plan) {
    List<Mention> mentions = new ArrayList<>();
    Matcher m = PAIR.matcher(Texts.normalise(text));
    String normalised = Texts.normalise(text);
    while (m.find()) {
      if (PERIOD.matcher(normalised.substring(Math.max(0, m.start() - 14), m.start())).find()) {
        continue;
      }
      int first = Integer.parseInt(m.group(1));
      int second = Integer.parseInt(m.group(2));
      Problem problem =
          second != first + 1
              ? Problem.INVALID
              : first != plan.startYear() ? Problem.OTHER_YEAR : null;
      mentions.add(new Mention(first + "-" + second, first, second, problem));
    }
    return mentions;
  }
}

package vn.eqip.plans.plan.domain.text;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a budget as schools write it: "3 tỷ đồng", "350 triệu đồng", "2.300 triệu đồng" (a dot
 * groups thousands, a comma is the decimal mark: "1,5 tỷ"), "35.000.000 đồng", "15.000.000đ",
 * "Không" (0), a source without an amount ("Nguồn kinh phí ngành", "Kinh phí cá nhân tự lo"), or an
 * amount with its source. Anything else is {@link Budget.Reading#UNREADABLE}, never a guess.
 */
public final class BudgetParser {

  private static final String NUMBER = "\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?";
  private static final String UNIT = "tỷ|tỉ|triệu|tr|nghìn|ngàn";
  private static final String DONG = "đồng|vnđ|vnd|đ";

  /** One or more "number unit" parts ("3 tỷ 500 triệu"), then optionally "đồng". */
  private static final Pattern AMOUNT =
      Pattern.compile(
          "((?:(?:"
              + NUMBER
              + ")\\s*(?:"
              + UNIT
              + ")(?![\\p{L}])\\s*)+)(?:("
              + DONG
              + ")(?![\\p{L}]))?"
              + "|(?<plain>"
              + NUMBER
              + ")\\s*(?<dong>"
              + DONG
              + ")(?![\\p{L}])"
              + "|(?<grouped>\\d{1,3}(?:\\.\\d{3}){2,})(?![\\d,])");

  private static final Pattern PART = Pattern.compile("(" + NUMBER + ")\\s*(" + UNIT + ")");

  private static final List<String> ZERO =
      List.of("không", "không có", "0", "0 đồng", "0đ", "không cần kinh phí", "không phát sinh");

  /** Words that name where money comes from. */
  private static final List<String> SOURCE_WORDS =
      List.of(
          "kinh phí",
          "nguồn",
          "ngân sách",
          "xã hội hóa",
          "xã hội hoá",
          "xhh",
          "tự lo",
          "vốn",
          "quỹ",
          "tài trợ",
          "ngành",
          "dự án",
          "chi thường xuyên",
          // self-funded: no money from the school
          "tự túc",
          "tự bồi dưỡng",
          "tự tham gia",
          "tự chi trả");

  private BudgetParser() {}

  public static Budget parse(String text) {
    String s = Texts.normalise(text);
    if (s.isEmpty()) {
      return new Budget(text, null, null, Budget.Reading.EMPTY);
    }
    if (ZERO.contains(s)) {
      return new Budget(text, 0L, null, Budget.Reading.AMOUNT);
    }
    Matcher m = AMOUNT.matcher(s);
    if (m.find()) {
      Long amount = amount(m);
      if (amount == null || anotherAmountFollows(s, m.end())) {
        return new Budget(text, null, null, Budget.Reading.UNREADABLE);
      }
      String rest = (s.substring(0, m.start()) + " " + s.substring(m.end())).trim();
      String source = sourceIn(rest) ? clean(text, rest) : null;
      if (!rest.isEmpty() && source == null && rest.matches(".*\\p{L}{2,}.*")) {
        // words that are not a source: "khoảng 3 tỷ"? keep the amount, words kept in the text
        return new Budget(text, amount, null, Budget.Reading.AMOUNT);
      }
      return new Budget(text, amount, source, Budget.Reading.AMOUNT);
    }
    if (!s.matches(".*\\d.*") && sourceIn(s)) {
      return new Budget(text, null, text.trim().replaceAll("\\s+", " "), Budget.Reading.SOURCE);
    }
    return new Budget(text, null, null, Budget.Reading.UNREADABLE);
  }

  private static Long amount(Matcher m) {
    BigDecimal total;
    if (m.group("plain") != null) {
      total = number(m.group("plain"));
    } else if (m.group("grouped") != null) {
      total = number(m.group("grouped"));
    } else {
      total = BigDecimal.ZERO;
      Matcher part = PART.matcher(m.group(1));
      while (part.find()) {
        total = total.add(number(part.group(1)).multiply(multiplier(part.group(2))));
      }
    }
    try {
      return total.stripTrailingZeros().longValueExact();
    } catch (ArithmeticException fractionOfADong) {
      return null;
    }
  }

  private static boolean anotherAmountFollows(String s, int from) {
    return AMOUNT.matcher(s.substring(from)).find();
  }

  private static BigDecimal number(String written) {
    return new BigDecimal(written.replace(".", "").replace(',', '.'));
  }

  private static BigDecimal multiplier(String unit) {
    return switch (unit) {
      case "tỷ", "tỉ" -> BigDecimal.valueOf(1_000_000_000L);
      case "triệu", "tr" -> BigDecimal.valueOf(1_000_000L);
      default -> BigDecimal.valueOf(1_000L);
    };
  }

  private static boolean sourceIn(String s) {
    return SOURCE_WORDS.stream().anyMatch(s::contains);
  }

  /** The source as written (original case), without the separators around the amount. */
  private static String clean(String original, String rest) {
    String trimmed = rest.replaceAll("^[\\s\\-–:;,()]+|[\\s\\-–:;,()]+$", "");
    String flat = original.trim().replaceAll("\\s+", " ");
    int at = flat.toLowerCase(new java.util.Locale("vi")).indexOf(trimmed);
    return at >= 0 ? flat.substring(at, at + trimmed.length()) : trimmed;
  }
}

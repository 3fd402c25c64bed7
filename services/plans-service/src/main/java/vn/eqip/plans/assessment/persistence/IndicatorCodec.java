package vn.eqip.plans.assessment.persistence;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Met indicators in one column: {@code 1:a,b,c;2:a;3:}. Evidence: one reference per line. */
final class IndicatorCodec {

  private IndicatorCodec() {}

  static String encode(Map<Integer, Set<String>> indicators) {
    if (indicators.isEmpty()) {
      return null;
    }
    return indicators.entrySet().stream()
        .map(e -> e.getKey() + ":" + String.join(",", e.getValue()))
        .collect(Collectors.joining(";"));
  }

  static Map<Integer, Set<String>> decode(String text) {
    Map<Integer, Set<String>> indicators = new TreeMap<>();
    if (text == null || text.isBlank()) {
      return indicators;
    }
    for (String part : text.split(";")) {
      String[] levelAndLetters = part.split(":", 2);
      Set<String> letters = new LinkedHashSet<>();
      if (levelAndLetters.length > 1 && !levelAndLetters[1].isBlank()) {
        letters.addAll(Arrays.asList(levelAndLetters[1].split(",")));
      }
      indicators.put(Integer.parseInt(levelAndLetters[0]), letters);
    }
    return indicators;
  }

  static String encodeEvidence(List<String> evidence) {
    return evidence.isEmpty() ? null : String.join("\n", evidence);
  }

  static List<String> decodeEvidence(String text) {
    return text == null || text.isBlank() ? List.of() : List.of(text.split("\n"));
  }
}

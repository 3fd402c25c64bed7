package vn.eqip.registry.imports;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.eqip.registry.schools.SchoolLevel;

/**
 * The "Cấp học" cell: one level ("Tiểu học", "THCS", "PRIMARY"), or the levels of a multi-level
 * school separated by ',', ';', '+' or '/' ("Tiểu học, THCS" = MULTI_LEVEL including both).
 */
record LevelCell(SchoolLevel level, List<SchoolLevel> includedLevels) {

  static Optional<LevelCell> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    List<String> parts = new ArrayList<>();
    for (String part : text.split("[,;+/]")) {
      if (!part.isBlank()) {
        parts.add(part.trim());
      }
    }
    if (parts.size() == 1) {
      return SchoolLevel.find(parts.get(0)).map(l -> new LevelCell(l, List.of()));
    }
    LinkedHashSet<SchoolLevel> levels = new LinkedHashSet<>();
    for (String part : parts) {
      Optional<SchoolLevel> found = SchoolLevel.find(part);
      if (found.isEmpty() || found.get() == SchoolLevel.MULTI_LEVEL) {
        return Optional.empty();
      }
      levels.add(found.get());
    }
    if (levels.size() < 2) {
      return Optional.of(new LevelCell(levels.iterator().next(), List.of()));
    }
    return Optional.of(new LevelCell(SchoolLevel.MULTI_LEVEL, List.copyOf(levels)));
  }

  /** What the export writes: the label, or the included levels' labels of a multi-level school. */
  static String format(SchoolLevel level, List<SchoolLevel> included) {
    if (level == SchoolLevel.MULTI_LEVEL && !included.isEmpty()) {
      return included.stream().map(SchoolLevel::label).collect(Collectors.joining(", "));
    }
    return level.label();
  }

  /** The included levels as the API names them, or null when the cell names one level. */
  List<String> includedNames() {
    return includedLevels.isEmpty() ? null : includedLevels.stream().map(Enum::name).toList();
  }
}

package vn.eqip.helm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The bitnami convention without its npm tool: {@code ## @section Title} and {@code ## @param
 * dotted.key Description} comments in values.yaml become the parameter table of README.md (name,
 * description, default value read from values.yaml), between the markers {@link #BEGIN} and {@link
 * #END}.
 */
final class ParameterTable {

  static final String BEGIN = "<!-- parameters:begin (generated from values.yaml) -->";
  static final String END = "<!-- parameters:end -->";

  private static final Pattern SECTION = Pattern.compile("^\\s*## @section (.+)$");
  private static final Pattern PARAM = Pattern.compile("^\\s*## @param (\\S+) (.+)$");

  record Param(String section, String key, String description) {}

  private ParameterTable() {}

  /** The {@code @param} comments of a values.yaml, in file order. */
  static List<Param> params(Path valuesYaml) {
    List<Param> params = new ArrayList<>();
    String section = "Parameters";
    for (String line : readLines(valuesYaml)) {
      Matcher sectionMatch = SECTION.matcher(line);
      Matcher paramMatch = PARAM.matcher(line);
      if (sectionMatch.matches()) {
        section = sectionMatch.group(1).trim();
      } else if (paramMatch.matches()) {
        params.add(new Param(section, paramMatch.group(1), paramMatch.group(2).trim()));
      }
    }
    return params;
  }

  /** The markdown tables, one per section, with each value's default. */
  static String markdown(List<Param> params, Map<String, Object> values) {
    Map<String, List<Param>> sections = new LinkedHashMap<>();
    params.forEach(p -> sections.computeIfAbsent(p.section(), s -> new ArrayList<>()).add(p));
    StringBuilder out = new StringBuilder();
    sections.forEach(
        (section, rows) -> {
          out.append("### ").append(section).append("\n\n");
          out.append("| Name | Description | Value |\n| ---- | ----------- | ----- |\n");
          for (Param row : rows) {
            out.append("| `")
                .append(row.key())
                .append("` | ")
                .append(escape(row.description()))
                .append(" | `")
                .append(escape(display(lookup(values, row.key()))))
                .append("` |\n");
          }
          out.append("\n");
        });
    return out.toString().stripTrailing() + "\n";
  }

  /** README.md with its table replaced by {@code table}. */
  static String replaceTable(String readme, String table) {
    int begin = readme.indexOf(BEGIN);
    int end = readme.indexOf(END);
    if (begin < 0 || end < begin) {
      throw new IllegalStateException("README.md has no " + BEGIN + " ... " + END + " block");
    }
    return readme.substring(0, begin + BEGIN.length())
        + "\n\n"
        + table
        + "\n"
        + readme.substring(end);
  }

  /** The value at a dotted key, or {@link Missing#VALUE} if values.yaml has no such key. */
  static Object lookup(Map<String, Object> values, String dottedKey) {
    Object current = values;
    for (String part : dottedKey.split("\\.")) {
      if (!(current instanceof Map<?, ?> map) || !map.containsKey(part)) {
        return Missing.VALUE;
      }
      current = map.get(part);
    }
    return current;
  }

  /** Keys of values.yaml that neither have a {@code @param} nor sit under a documented key. */
  static List<String> undocumented(Map<String, Object> values, Collection<String> documented) {
    List<String> missing = new ArrayList<>();
    collectUndocumented("", values, documented, missing);
    return missing;
  }

  enum Missing {
    VALUE
  }

  private static void collectUndocumented(
      String prefix, Map<?, ?> values, Collection<String> documented, List<String> missing) {
    values.forEach(
        (key, value) -> {
          String path = prefix + key;
          if (documented.contains(path)) {
            return;
          }
          if (value instanceof Map<?, ?> map && !map.isEmpty()) {
            collectUndocumented(path + ".", map, documented, missing);
          } else {
            missing.add(path);
          }
        });
  }

  private static String display(Object value) {
    if (value == null) {
      return "nil";
    }
    if (value instanceof String text) {
      return text.isEmpty() ? "\"\"" : text;
    }
    if (value instanceof Map || value instanceof Collection) {
      DumperOptions flow = new DumperOptions();
      flow.setDefaultFlowStyle(DumperOptions.FlowStyle.FLOW);
      flow.setWidth(Integer.MAX_VALUE);
      return new Yaml(flow).dump(value).strip();
    }
    return String.valueOf(value);
  }

  private static String escape(String text) {
    return text.replace("|", "\\|");
  }

  private static List<String> readLines(Path file) {
    try {
      return Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

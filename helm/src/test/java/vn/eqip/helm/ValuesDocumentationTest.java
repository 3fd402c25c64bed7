package vn.eqip.helm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * values.yaml documents every value with {@code ## @param}, and README.md's parameter table is
 * generated from those comments. {@code helm/update-readme.sh} rewrites the table (this test with
 * {@code -Deqip.helm.writeReadme=true}).
 */
class ValuesDocumentationTest {

  static final Path VALUES = Chart.DIR.resolve("values.yaml");
  static final Path README = Chart.DIR.resolve("README.md");

  @Test
  void every_value_has_a_param_comment() {
    Set<String> documented = documentedKeys();

    List<String> undocumented = ParameterTable.undocumented(Chart.load(VALUES), documented);

    assertTrue(undocumented.isEmpty(), () -> "no ## @param for " + undocumented);
  }

  @Test
  void every_param_comment_names_a_value_that_exists_once() {
    Map<String, Object> values = Chart.load(VALUES);
    List<ParameterTable.Param> params = ParameterTable.params(VALUES);

    List<String> unknown =
        params.stream()
            .map(ParameterTable.Param::key)
            .filter(key -> ParameterTable.lookup(values, key) == ParameterTable.Missing.VALUE)
            .toList();
    assertTrue(unknown.isEmpty(), () -> "## @param for keys not in values.yaml: " + unknown);
    assertEquals(params.size(), documentedKeys().size(), "a key documented twice");
  }

  @Test
  void the_readme_parameter_table_is_generated_from_values_yaml() throws IOException {
    String table = ParameterTable.markdown(ParameterTable.params(VALUES), Chart.load(VALUES));
    String readme = Files.readString(README);
    String expected = ParameterTable.replaceTable(readme, table);

    if (Boolean.getBoolean("eqip.helm.writeReadme")) {
      Files.writeString(README, expected);
      readme = expected;
    }

    assertEquals(
        expected, readme, "README.md's parameter table is out of date: run helm/update-readme.sh");
  }

  private static Set<String> documentedKeys() {
    return ParameterTable.params(VALUES).stream()
        .map(ParameterTable.Param::key)
        .collect(Collectors.toSet());
  }
}

package vn.eqip.helm;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import io.kubernetes.client.openapi.JSON;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The chart under test (helm/eqip), driven through the Helm library embedded in helm-java: no helm
 * binary, no cluster. Rendered documents come back as plain maps (SnakeYAML) or as the official
 * Kubernetes models, whose {@code fromJson} rejects unknown and missing required fields.
 */
final class Chart {

  static final String RELEASE = "eqip";
  static final String NAMESPACE = "eqip";
  static final String KUBERNETES_VERSION = "v1.33.0";

  static final Path DIR = Path.of(System.getProperty("basedir", ".")).resolve("eqip");
  static final Path MINIMAL = DIR.resolve("ci/values-minimal.yaml");
  static final Path PRODUCTION = DIR.resolve("ci/values-production.yaml");

  private Chart() {}

  /** {@code helm template} with these values files, in order. */
  static String template(Path... valuesFiles) {
    var template =
        new Helm(DIR)
            .template()
            .withName(RELEASE)
            .withNamespace(NAMESPACE)
            .withKubeVersion(KUBERNETES_VERSION);
    for (Path file : valuesFiles) {
      template = template.withValuesFile(file);
    }
    return template.call();
  }

  /** The rendered documents, each as a map; empty documents are left out. */
  static List<Map<String, Object>> render(Path... valuesFiles) {
    return documents(template(valuesFiles));
  }

  static List<Map<String, Object>> documents(String manifests) {
    List<Map<String, Object>> documents = new ArrayList<>();
    for (Object document : yaml().loadAll(manifests)) {
      if (document != null) {
        documents.add(asMap(document));
      }
    }
    return documents;
  }

  /**
   * {@code helm lint --strict} of a copy of the chart whose values.yaml is the chart's defaults
   * overlaid with {@code valuesFile}: helm-java's lint takes no values file (chart-testing's {@code
   * ct lint} does the same with ci/*-values.yaml).
   */
  static LintResult lint(Path valuesFile, Path workDir) {
    return lint(valuesFile, workDir, copy -> {});
  }

  /** The same, after {@code change} has altered the copy. */
  static LintResult lint(Path valuesFile, Path workDir, Consumer<Path> change) {
    Path copy = workDir.resolve("eqip");
    copyTree(DIR, copy);
    change.accept(copy);
    Map<String, Object> values = merge(load(DIR.resolve("values.yaml")), load(valuesFile));
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    write(copy.resolve("values.yaml"), new Yaml(options).dump(values));
    return new Helm(copy).lint().strict().call();
  }

  /** A rendered document as the Kubernetes model of its kind (validated by the model). */
  static <T> T model(Map<String, Object> document, Class<T> type) {
    String json = JSON.getGson().toJson(document);
    try {
      return type.cast(type.getMethod("fromJson", String.class).invoke(null, json));
    } catch (ReflectiveOperationException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new AssertionError(
          "not a valid " + type.getSimpleName() + ": " + cause.getMessage() + "\n" + json, cause);
    }
  }

  static Map<String, Object> load(Path file) {
    try {
      Object loaded = yaml().load(Files.readString(file));
      return loaded == null ? new LinkedHashMap<>() : asMap(loaded);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void write(Path file, String content) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Helm's rule: maps are merged key by key, anything else in the overlay replaces. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> merge(Map<String, Object> base, Map<String, Object> overlay) {
    Map<String, Object> merged = new LinkedHashMap<>(base);
    overlay.forEach(
        (key, value) -> {
          Object current = merged.get(key);
          if (current instanceof Map && value instanceof Map) {
            merged.put(key, merge((Map<String, Object>) current, (Map<String, Object>) value));
          } else {
            merged.put(key, value);
          }
        });
    return merged;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> asMap(Object value) {
    return (Map<String, Object>) value;
  }

  private static Yaml yaml() {
    return new Yaml(new LoaderOptions());
  }

  private static void copyTree(Path from, Path to) {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path path : (Iterable<Path>) paths::iterator) {
        Path target = to.resolve(from.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

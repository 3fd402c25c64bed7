package vn.eqip.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Command-line options of the form {@code --name value} (or {@code --name=value}) plus positionals.
 */
final class Args {

  private final Map<String, String> options;
  private final List<String> positionals;

  private Args(Map<String, String> options, List<String> positionals) {
    this.options = options;
    this.positionals = positionals;
  }

  static Args parse(String... argv) {
    Map<String, String> options = new HashMap<>();
    List<String> positionals = new ArrayList<>();
    for (int i = 0; i < argv.length; i++) {
      String arg = argv[i];
      if (!arg.startsWith("--")) {
        positionals.add(arg);
        continue;
      }
      String name = arg.substring(2);
      int eq = name.indexOf('=');
      if (eq >= 0) {
        options.put(name.substring(0, eq), name.substring(eq + 1));
      } else if (i + 1 < argv.length && !argv[i + 1].startsWith("--")) {
        options.put(name, argv[++i]);
      } else {
        options.put(name, "");
      }
    }
    return new Args(options, positionals);
  }

  String text(String name, String fallback) {
    return options.getOrDefault(name, fallback);
  }

  String required(String name) {
    String value = options.get(name);
    if (value == null) {
      throw new IllegalArgumentException("missing option --" + name);
    }
    return value;
  }

  int port(String name, int fallback) {
    String value = options.get(name);
    if (value == null) {
      return fallback;
    }
    try {
      int port = Integer.parseInt(value);
      if (port < 1 || port > 65535) {
        throw new NumberFormatException();
      }
      return port;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--" + name + " must be a port number, not " + value);
    }
  }

  /** A path option; a leading {@code ~} means the user's home directory. */
  Path path(String name, String fallback) {
    String value = text(name, fallback);
    if (value.equals("~") || value.startsWith("~/")) {
      value = System.getProperty("user.home") + value.substring(1);
    }
    return Path.of(value).toAbsolutePath().normalize();
  }

  List<String> positionals() {
    return positionals;
  }
}

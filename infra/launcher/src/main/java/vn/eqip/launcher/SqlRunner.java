package vn.eqip.launcher;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Runs an SQL script over JDBC, so that a machine without the {@code mariadb} client can bootstrap
 * the databases:
 *
 * <pre>java -cp launcher.jar vn.eqip.launcher.SqlRunner --url jdbc:mysql://127.0.0.1:3307
 *     --user root --password '' infra/db/bootstrap.sql</pre>
 *
 * <p>{@code --wait N} retries the first connection for up to N seconds (a server that is still
 * starting). Stops at the first failing statement and exits with 1.
 */
public final class SqlRunner {

  private SqlRunner() {}

  public static void main(String[] argv) {
    Launcher.run(
        "SqlRunner",
        () -> {
          Args args = Args.parse(argv);
          if (args.positionals().size() != 1) {
            throw new IllegalArgumentException(
                "usage: SqlRunner --url jdbc:mysql://host:port --user U --password P [--wait S]"
                    + " file.sql");
          }
          Path file = Path.of(args.positionals().get(0));
          String script = Files.readString(file, StandardCharsets.UTF_8);
          int count =
              run(
                  withDefaults(args.required("url")),
                  args.text("user", "root"),
                  args.text("password", ""),
                  Integer.parseInt(args.text("wait", "0")),
                  SqlScript.statements(script));
          System.out.println("SqlRunner: " + count + " statements of " + file + " applied");
        });
  }

  static int run(String url, String user, String password, int waitSeconds, List<String> statements)
      throws SQLException, InterruptedException {
    try (Connection c = connect(url, user, password, waitSeconds);
        Statement s = c.createStatement()) {
      for (String sql : statements) {
        try {
          s.execute(sql);
        } catch (SQLException e) {
          throw new IllegalStateException(
              "statement failed: " + oneLine(sql) + " -> " + e.getMessage(), e);
        }
      }
      return statements.size();
    }
  }

  private static Connection connect(String url, String user, String password, int waitSeconds)
      throws SQLException, InterruptedException {
    long deadline = System.nanoTime() + waitSeconds * 1_000_000_000L;
    while (true) {
      try {
        return DriverManager.getConnection(url, user, password);
      } catch (SQLException e) {
        if (System.nanoTime() >= deadline) {
          throw new IllegalStateException(
              "cannot connect to " + url + " as " + user + ": " + e.getMessage(), e);
        }
        Thread.sleep(500);
      }
    }
  }

  /** No TLS, UTF-8, and the connection options every EQIP JDBC URL carries. */
  static String withDefaults(String url) {
    if (url.contains("?")) {
      return url;
    }
    String base = url.replaceAll("/+$", "");
    boolean hasDatabase = base.substring("jdbc:mysql://".length()).contains("/");
    return base
        + (hasDatabase ? "" : "/")
        + "?sslMode=DISABLED&allowPublicKeyRetrieval=true&characterEncoding=UTF-8";
  }

  private static String oneLine(String sql) {
    String line = sql.replaceAll("\\s+", " ");
    return line.length() > 160 ? line.substring(0, 160) + "…" : line;
  }
}

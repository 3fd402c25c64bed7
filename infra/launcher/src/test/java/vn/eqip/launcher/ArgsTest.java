package vn.eqip.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArgsTest {

  @Test
  void options_come_as_pairs_or_with_an_equals_sign_and_the_rest_is_positional() {
    Args args = Args.parse("--url", "jdbc:mysql://h:1", "--password=", "--user", "root", "a.sql");

    assertEquals("jdbc:mysql://h:1", args.required("url"));
    assertEquals("", args.text("password", "x"));
    assertEquals("root", args.text("user", "x"));
    assertEquals(List.of("a.sql"), args.positionals());
  }

  @Test
  void an_empty_value_given_as_its_own_argument_is_kept() {
    assertEquals("", Args.parse("--password", "", "f.sql").text("password", "x"));
  }

  @Test
  void a_leading_tilde_means_the_home_directory() {
    Path dir = Args.parse("--dir", "~/.eqip/mariadb").path("dir", "/nowhere");

    assertEquals(Path.of(System.getProperty("user.home"), ".eqip", "mariadb"), dir);
  }

  @Test
  void a_port_that_is_not_a_port_is_refused_with_its_name() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Args.parse("--port", "80800").port("port", 1));

    assertEquals("--port must be a port number, not 80800", e.getMessage());
  }

  @Test
  void a_missing_required_option_is_named() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Args.parse().required("url"));

    assertEquals("missing option --url", e.getMessage());
  }
}

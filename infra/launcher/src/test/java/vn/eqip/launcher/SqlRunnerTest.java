package vn.eqip.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SqlRunnerTest {

  @Test
  void a_server_url_gets_the_connection_options() {
    assertEquals(
        "jdbc:mysql://127.0.0.1:3307/?sslMode=DISABLED&allowPublicKeyRetrieval=true"
            + "&characterEncoding=UTF-8",
        SqlRunner.withDefaults("jdbc:mysql://127.0.0.1:3307/"));
  }

  @Test
  void a_url_naming_a_database_keeps_it() {
    assertEquals(
        "jdbc:mysql://h:3306/eqip_plans?sslMode=DISABLED&allowPublicKeyRetrieval=true"
            + "&characterEncoding=UTF-8",
        SqlRunner.withDefaults("jdbc:mysql://h:3306/eqip_plans"));
  }

  @Test
  void a_url_with_its_own_options_is_left_alone() {
    assertEquals(
        "jdbc:mysql://h:1/?useSSL=true", SqlRunner.withDefaults("jdbc:mysql://h:1/?useSSL=true"));
  }
}

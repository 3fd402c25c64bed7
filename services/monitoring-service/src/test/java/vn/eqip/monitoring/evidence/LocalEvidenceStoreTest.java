package vn.eqip.monitoring.evidence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalEvidenceStoreTest {

  @TempDir Path dir;

  @Test
  void a_stored_file_reads_back_and_leaves_no_temporary_file() throws Exception {
    LocalEvidenceStore store = new LocalEvidenceStore(dir.toString());
    store.put("dienbien/a1/e1", Samples.pdf());

    try (InputStream in = store.open("dienbien/a1/e1")) {
      assertArrayEquals(Samples.pdf(), in.readAllBytes());
    }
    try (Stream<Path> files = Files.walk(dir)) {
      assertEquals(1, files.filter(Files::isRegularFile).count());
    }
    store.delete("dienbien/a1/e1");
    assertFalse(Files.exists(dir.resolve("dienbien/a1/e1")));
  }

  @Test
  void a_key_escaping_the_store_is_refused() {
    LocalEvidenceStore store = new LocalEvidenceStore(dir.toString());
    assertThrows(IllegalArgumentException.class, () -> store.put("../outside", new byte[] {1}));
    assertThrows(IllegalArgumentException.class, () -> store.open("/etc/passwd"));
  }

  @Test
  void without_a_directory_the_store_lives_under_the_users_home() {
    assertEquals(
        Path.of(System.getProperty("user.home"), ".eqip", "evidence").toAbsolutePath(),
        new LocalEvidenceStore("").root());
  }
}

package vn.eqip.monitoring.evidence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.objectstorage.request.UploadRequest;
import java.io.FileNotFoundException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemObjectStorageTest {

  @TempDir Path dir;

  @Test
  void a_stored_file_reads_back_through_the_evidence_store_and_leaves_no_temporary_file()
      throws Exception {
    EvidenceStore store =
        new ObjectStorageEvidenceStore(new FileSystemObjectStorage(dir.toString()));
    store.put("dienbien/a1/e1", Samples.pdf());

    try (InputStream in = store.open("dienbien/a1/e1")) {
      assertArrayEquals(Samples.pdf(), in.readAllBytes());
    }
    try (Stream<Path> files = Files.walk(dir)) {
      assertEquals(1, files.filter(Files::isRegularFile).count());
    }
    store.delete("dienbien/a1/e1");
    assertFalse(Files.exists(dir.resolve("dienbien/a1/e1")));
    assertThrows(FileNotFoundException.class, () -> store.open("dienbien/a1/e1"));
  }

  @Test
  void the_object_storage_lists_exists_and_replaces_by_key() {
    FileSystemObjectStorage storage = new FileSystemObjectStorage(dir.toString());
    storage.upload(UploadRequest.fromBytes(new byte[] {1, 2}, "hcm/a/e1"));
    storage.upload(UploadRequest.fromBytes(new byte[] {3}, "hcm/a/e2"));
    storage.upload(UploadRequest.fromBytes(new byte[] {4, 5, 6}, "hcm/a/e1"));

    assertEquals(Set.of("hcm/a/e1", "hcm/a/e2"), storage.listObjects());
    assertTrue(storage.exists("hcm/a/e2"));
    assertEquals(
        3, storage.retrieve("hcm/a/e1").map(e -> readAll(e.getInputStream())).orElseThrow().length);
    assertTrue(storage.delete("hcm/a/e2"));
    assertFalse(storage.delete("hcm/a/e2"));
    assertTrue(storage.retrieve("hcm/a/e2").isEmpty());
  }

  @Test
  void a_key_escaping_the_store_is_refused() {
    FileSystemObjectStorage storage = new FileSystemObjectStorage(dir.toString());
    EvidenceStore store = new ObjectStorageEvidenceStore(storage);
    assertThrows(IllegalArgumentException.class, () -> store.put("../outside", new byte[] {1}));
    assertThrows(IllegalArgumentException.class, () -> store.open("/etc/passwd"));
    assertThrows(IllegalArgumentException.class, () -> storage.exists("a/../../x"));
  }

  @Test
  void without_a_directory_the_store_lives_under_the_users_home() {
    assertEquals(
        Path.of(System.getProperty("user.home"), ".eqip", "evidence").toAbsolutePath(),
        new FileSystemObjectStorage("").root());
  }

  private static byte[] readAll(InputStream in) {
    try (in) {
      return in.readAllBytes();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}

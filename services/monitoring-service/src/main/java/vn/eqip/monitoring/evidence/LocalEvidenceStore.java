package vn.eqip.monitoring.evidence;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Evidence files on the local filesystem under {@code eqip.evidence.dir} (env {@code
 * EQIP_EVIDENCE_DIR}, by default {@code ~/.eqip/evidence}). A file is written to a temporary name
 * and moved into place, so a half-written file is never served.
 */
@Singleton
public class LocalEvidenceStore implements EvidenceStore {

  private final Path root;

  public LocalEvidenceStore(@Nullable @Value("${eqip.evidence.dir:}") String dir) {
    this.root =
        (dir == null || dir.isBlank()
                ? Path.of(System.getProperty("user.home"), ".eqip", "evidence")
                : Path.of(dir))
            .toAbsolutePath()
            .normalize();
  }

  Path root() {
    return root;
  }

  @Override
  public void put(String key, byte[] content) throws IOException {
    Path target = resolve(key);
    Files.createDirectories(target.getParent());
    Path temp = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
    try {
      Files.write(temp, content);
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  @Override
  public InputStream open(String key) throws IOException {
    return Files.newInputStream(resolve(key));
  }

  @Override
  public void delete(String key) throws IOException {
    Files.deleteIfExists(resolve(key));
  }

  private Path resolve(String key) {
    Path path = root.resolve(key).normalize();
    if (!path.startsWith(root) || path.equals(root)) {
      throw new IllegalArgumentException("Evidence key outside the store: " + key);
    }
    return path;
  }
}

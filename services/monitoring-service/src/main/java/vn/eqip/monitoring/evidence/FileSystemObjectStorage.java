package vn.eqip.monitoring.evidence;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.objectstorage.ObjectStorageEntry;
import io.micronaut.objectstorage.ObjectStorageException;
import io.micronaut.objectstorage.ObjectStorageOperations;
import io.micronaut.objectstorage.request.UploadRequest;
import io.micronaut.objectstorage.response.UploadResponse;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Micronaut Object Storage on the local filesystem, under {@code eqip.evidence.dir} (env {@code
 * EQIP_EVIDENCE_DIR}, by default {@code ~/.eqip/evidence}): the store of a local run and of tests.
 * Production replaces it with an S3-compatible store by configuration ({@code
 * eqip.evidence.store=s3} and micronaut-object-storage-aws named {@code evidence}; see README). A
 * file is written to a temporary name and moved into place, so a half-written file is never served;
 * a key can never leave the directory.
 */
@Singleton
@Named(ObjectStorageEvidenceStore.NAME)
@Requires(property = "eqip.evidence.store", value = "local", defaultValue = "local")
public class FileSystemObjectStorage implements ObjectStorageOperations<Path, Path, Boolean> {

  private final Path root;

  public FileSystemObjectStorage(@Nullable @Value("${eqip.evidence.dir:}") String dir) {
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
  @NonNull
  public UploadResponse<Path> upload(@NonNull UploadRequest request) {
    return upload(request, path -> {});
  }

  @Override
  @NonNull
  public UploadResponse<Path> upload(
      @NonNull UploadRequest request, @NonNull Consumer<Path> requestConsumer) {
    Path target = resolve(request.getKey());
    try {
      Files.createDirectories(target.getParent());
      Path temp = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
      try (InputStream in = request.getInputStream()) {
        Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
        requestConsumer.accept(temp);
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new ObjectStorageException("Could not store " + request.getKey(), e);
    }
    return UploadResponse.of(
        request.getKey(), Long.toHexString(target.toFile().lastModified()), target);
  }

  @Override
  @NonNull
  @SuppressWarnings("unchecked")
  public <E extends ObjectStorageEntry<?>> Optional<E> retrieve(@NonNull String key) {
    Path path = resolve(key);
    if (!Files.isRegularFile(path)) {
      return Optional.empty();
    }
    return Optional.of((E) new FileEntry(key, path));
  }

  @Override
  @NonNull
  public Boolean delete(@NonNull String key) {
    try {
      return Files.deleteIfExists(resolve(key));
    } catch (IOException e) {
      throw new ObjectStorageException("Could not delete " + key, e);
    }
  }

  @Override
  public boolean exists(@NonNull String key) {
    return Files.isRegularFile(resolve(key));
  }

  @Override
  @NonNull
  public Set<String> listObjects() {
    if (!Files.isDirectory(root)) {
      return Set.of();
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().startsWith(".upload-"))
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .collect(Collectors.toSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path resolve(String key) {
    Path path = root.resolve(key).normalize();
    if (!path.startsWith(root) || path.equals(root)) {
      throw new IllegalArgumentException("Evidence key outside the store: " + key);
    }
    return path;
  }

  /** A stored file; its stream is opened on demand and closed by the caller. */
  private record FileEntry(String key, Path path) implements ObjectStorageEntry<Path> {

    @Override
    @NonNull
    public String getKey() {
      return key;
    }

    @Override
    @NonNull
    public InputStream getInputStream() {
      try {
        return Files.newInputStream(path);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    @NonNull
    public Path getNativeEntry() {
      return path;
    }
  }
}

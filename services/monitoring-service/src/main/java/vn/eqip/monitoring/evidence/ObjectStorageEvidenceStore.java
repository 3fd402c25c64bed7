package vn.eqip.monitoring.evidence;

import io.micronaut.objectstorage.ObjectStorageEntry;
import io.micronaut.objectstorage.ObjectStorageException;
import io.micronaut.objectstorage.ObjectStorageOperations;
import io.micronaut.objectstorage.request.UploadRequest;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;

/**
 * Evidence bytes through Micronaut Object Storage: whichever {@link ObjectStorageOperations} is
 * named {@value #NAME} (the filesystem locally, an S3-compatible bucket in production).
 */
@Singleton
public class ObjectStorageEvidenceStore implements EvidenceStore {

  /** The name of the object storage that holds evidence files. */
  public static final String NAME = "evidence";

  private final ObjectStorageOperations<?, ?, ?> storage;

  public ObjectStorageEvidenceStore(@Named(NAME) ObjectStorageOperations<?, ?, ?> storage) {
    this.storage = storage;
  }

  @Override
  public void put(String key, byte[] content) throws IOException {
    try {
      storage.upload(UploadRequest.fromBytes(content, key, "application/octet-stream"));
    } catch (ObjectStorageException e) {
      throw new IOException("Không lưu được tệp minh chứng " + key, e);
    }
  }

  @Override
  public InputStream open(String key) throws IOException {
    try {
      return storage
          .<ObjectStorageEntry<?>>retrieve(key)
          .map(ObjectStorageEntry::getInputStream)
          .orElseThrow(() -> new FileNotFoundException("evidence " + key));
    } catch (ObjectStorageException e) {
      throw new IOException("Không đọc được tệp minh chứng " + key, e);
    }
  }

  @Override
  public void delete(String key) throws IOException {
    try {
      storage.delete(key);
    } catch (ObjectStorageException e) {
      throw new IOException("Không xóa được tệp minh chứng " + key, e);
    }
  }
}

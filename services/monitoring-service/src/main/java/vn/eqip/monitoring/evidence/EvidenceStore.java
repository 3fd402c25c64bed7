package vn.eqip.monitoring.evidence;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where the bytes of evidence files live, by key ({@code <tenant>/<actionId>/<evidenceId>}: never a
 * name the user chose): Micronaut Object Storage ({@link ObjectStorageEvidenceStore}).
 */
public interface EvidenceStore {

  void put(String key, byte[] content) throws IOException;

  InputStream open(String key) throws IOException;

  void delete(String key) throws IOException;
}

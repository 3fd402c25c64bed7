package vn.eqip.monitoring.evidence;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where the bytes of evidence files live, by key ({@code <tenant>/<actionId>/<evidenceId>}: never a
 * name the user chose). The local filesystem here ({@link LocalEvidenceStore}); an S3-compatible
 * store in production would be another implementation (see README).
 */
public interface EvidenceStore {

  void put(String key, byte[] content) throws IOException;

  InputStream open(String key) throws IOException;

  void delete(String key) throws IOException;
}

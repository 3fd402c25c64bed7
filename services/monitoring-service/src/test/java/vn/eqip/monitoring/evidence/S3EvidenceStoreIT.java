package vn.eqip.monitoring.evidence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.eqip.monitoring.testing.Events.aPlanWithTwoRowsAndThreeActions;
import static vn.eqip.platform.testing.DemoOrgTree.HE_MUONG;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.inject.qualifiers.Qualifiers;
import io.micronaut.objectstorage.ObjectStorageOperations;
import io.micronaut.objectstorage.aws.AwsS3Operations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.eqip.monitoring.testing.Events;
import vn.eqip.monitoring.testing.MonitoringTestBase;
import vn.eqip.platform.testing.DemoUsers;

/**
 * The production path of the evidence store: {@code eqip.evidence.store=s3} and
 * micronaut-object-storage-aws named {@code evidence}, against an S3-compatible server in this JVM
 * (S3Proxy on its filesystem backend, signed requests). Uploads and downloads go through the API.
 */
@MicronautTest(transactional = false)
class S3EvidenceStoreIT extends MonitoringTestBase {

  private static final String BUCKET = "eqip-evidence";
  private static final String ACCESS_KEY = "eqip-test-access";
  private static final String SECRET_KEY = "eqip-test-secret-0123456789";

  private S3Proxy s3;
  private Path s3Root;

  @Inject ApplicationContext context;
  @Inject EvidenceStore store;

  @Override
  protected Map<String, String> extraProperties() {
    try {
      s3Root = Files.createTempDirectory("eqip-s3proxy-it");
      Files.createDirectories(s3Root.resolve(BUCKET));
      s3 =
          S3Proxy.builder()
              .blobStore(new FilesystemNio2BlobStore(s3Root.toString()))
              .endpoint(URI.create("http://127.0.0.1:0"))
              .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
              .build();
      s3.start(); // returns once Jetty listens
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      throw new IllegalStateException("S3Proxy did not start", e);
    }
    Map<String, String> props = new HashMap<>(super.extraProperties());
    props.put("eqip.evidence.store", "s3");
    props.put("micronaut.object-storage.aws.evidence.bucket", BUCKET);
    props.put("aws.region", "us-east-1");
    props.put("aws.access-key-id", ACCESS_KEY);
    props.put("aws.secret-key", SECRET_KEY);
    props.put("aws.services.s3.endpoint-override", "http://127.0.0.1:" + s3.getPort());
    props.put("aws.s3.path-style-access-enabled", "true");
    return props;
  }

  @AfterAll
  void stopS3() throws Exception {
    if (s3 != null) {
      s3.stop();
    }
    if (s3Root != null) {
      try (Stream<Path> files = Files.walk(s3Root)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @Test
  void the_evidence_store_is_the_s3_bucket_and_not_the_filesystem() {
    ObjectStorageOperations<?, ?, ?> evidence =
        context.getBean(ObjectStorageOperations.class, Qualifiers.byName("evidence"));

    assertInstanceOf(AwsS3Operations.class, evidence);
    assertFalse(context.containsBean(FileSystemObjectStorage.class));
  }

  @Test
  void an_uploaded_file_is_stored_in_the_bucket_and_downloaded_back_byte_for_byte()
      throws Exception {
    String actionId = anApprovedAction();
    byte[] pdf = Samples.pdf();

    HttpResponse<Map> created =
        uploadEvidence(DemoUsers.principalHeMuong(), actionId, "Biên bản.pdf", pdf);

    assertEquals(HttpStatus.CREATED, created.getStatus());
    String evidenceId = created.body().get("id").toString();
    String key = db.string("SELECT storage_key FROM evidence_file WHERE id = ?", evidenceId);
    assertEquals("dienbien/" + actionId + "/" + evidenceId, key);
    Set<String> inBucket = bucket().listObjects();
    assertTrue(inBucket.contains(key), inBucket::toString);
    // the bytes are where S3Proxy keeps the bucket, and the filesystem store was not used
    assertArrayEquals(pdf, Files.readAllBytes(s3Root.resolve(BUCKET).resolve(key)));
    assertFalse(Files.exists(evidenceDir.resolve(key)));
    try (InputStream stored = store.open(key)) {
      assertArrayEquals(pdf, stored.readAllBytes());
    }
    HttpResponse<byte[]> download =
        http.toBlocking()
            .exchange(
                HttpRequest.GET("/api/monitoring/evidence/" + evidenceId)
                    .bearerAuth(DemoUsers.reviewerDienBien()),
                byte[].class);
    assertArrayEquals(pdf, download.body());
    assertEquals("application/pdf", download.getContentType().orElseThrow().toString());
  }

  @Test
  void a_refused_file_leaves_nothing_in_the_bucket() throws Exception {
    String actionId = anApprovedAction();

    HttpClientResponseException e =
        assertThrows(
            HttpClientResponseException.class,
            () ->
                uploadEvidence(
                    DemoUsers.principalHeMuong(), actionId, "hoadon.pdf", Samples.exe()));

    assertEquals(HttpStatus.UNSUPPORTED_MEDIA_TYPE, e.getStatus());
    assertTrue(bucket().listObjects().stream().noneMatch(k -> k.contains(actionId)));
    assertEquals(0, db.count("SELECT COUNT(*) FROM evidence_file WHERE action_id = ?", actionId));
  }

  @Test
  void the_store_puts_opens_and_deletes_objects_in_the_bucket() throws Exception {
    String key = "dienbien/store-test/" + System.nanoTime();
    byte[] content = Samples.png();

    store.put(key, content);
    try (InputStream in = store.open(key)) {
      assertArrayEquals(content, in.readAllBytes());
    }
    assertTrue(bucket().exists(key));
    store.delete(key);

    assertFalse(bucket().exists(key));
    assertThrows(FileNotFoundException.class, () -> store.open(key));
  }

  private ObjectStorageOperations<?, ?, ?> bucket() {
    return context.getBean(ObjectStorageOperations.class, Qualifiers.byName("evidence"));
  }

  private String anApprovedAction() throws IOException {
    Events.PlanFixture plan = aPlanWithTwoRowsAndThreeActions(HE_MUONG);
    approve(plan);
    return plan.actionIds().get(0);
  }
}

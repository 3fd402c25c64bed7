package vn.eqip.monitoring.evidence;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import vn.eqip.monitoring.actions.ActionTracking;
import vn.eqip.monitoring.actions.TrackedAction;
import vn.eqip.platform.tenancy.Caller;
import vn.eqip.platform.web.ProblemException;

/**
 * Evidence files (minh chứng) of tracked actions. Attaching: 404 if the caller may not see the
 * action, 403 unless principal or the action's lead, 413 above the size limit, 422 for an empty
 * file, 415 for a type not allowed (told from the content, never the name); in every one of these
 * cases nothing is written. The bytes are stored first, then the row and the event in one
 * transaction; if that fails the stored bytes are removed again.
 */
@Singleton
public class EvidenceFiles {

  /** Gives the bytes of an upload only once its size has been checked. */
  @FunctionalInterface
  public interface Content {
    byte[] bytes() throws IOException;
  }

  /** An evidence file opened for download. */
  public record Download(EvidenceFile file, InputStream content) {}

  private static final String TYPE_BASE = "https://eqip.vn/problems/";

  private final ActionTracking tracking;
  private final EvidenceFileRepository files;
  private final EvidenceRecords records;
  private final EvidenceStore store;
  private final Clock clock;
  private final long maxBytes;

  public EvidenceFiles(
      ActionTracking tracking,
      EvidenceFileRepository files,
      EvidenceRecords records,
      EvidenceStore store,
      Clock clock,
      @Value("${eqip.evidence.max-bytes:20971520}") long maxBytes) {
    this.tracking = tracking;
    this.files = files;
    this.records = records;
    this.store = store;
    this.clock = clock;
    this.maxBytes = maxBytes;
  }

  public EvidenceView attach(
      Caller caller, String actionId, String filename, long size, Content content) {
    TrackedAction action = tracking.updatableAction(caller, actionId);
    if (size > maxBytes) {
      throw tooLarge();
    }
    byte[] bytes;
    try {
      bytes = content.bytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (bytes.length > maxBytes) {
      throw tooLarge();
    }
    if (bytes.length == 0) {
      throw ProblemException.invalid("Tệp minh chứng trống (the file is empty).", List.of());
    }
    EvidenceType type =
        ContentSniffer.detect(bytes)
            .orElseThrow(
                () ->
                    new ProblemException(
                        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                        TYPE_BASE + "evidence-type",
                        "Loại tệp không được chấp nhận (Unsupported file type)",
                        "Nội dung tệp không phải PDF, ảnh PNG/JPEG, Word (.doc, .docx) hoặc Excel"
                            + " (.xls, .xlsx); loại tệp được xét theo nội dung, không theo tên"
                            + " tệp."));
    String id = UUID.randomUUID().toString();
    String key = caller.tenantId() + "/" + action.id() + "/" + id;
    Instant now = clock.instant();
    EvidenceFile file =
        new EvidenceFile(
            id,
            caller.tenantId(),
            action.id(),
            FileNames.clean(filename),
            type.contentType(),
            bytes.length,
            sha256(bytes),
            key,
            caller.username(),
            now);
    try {
      store.put(key, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      return EvidenceView.of(records.record(action, file));
    } catch (RuntimeException e) {
      try {
        store.delete(key);
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  /** The evidence of an action, oldest first; 404 if the caller may not see the action. */
  @ReadOnly
  public List<EvidenceView> list(Caller caller, String actionId) {
    TrackedAction action =
        tracking
            .visibleAction(caller, actionId)
            .orElseThrow(() -> ProblemException.notFound("công việc " + actionId));
    return files.findByTenantIdAndActionIdOrderByUploadedAt(caller.tenantId(), action.id()).stream()
        .map(EvidenceView::of)
        .toList();
  }

  /** The file if the caller may see its action's school; 404 otherwise, as if it did not exist. */
  @ReadOnly
  public Download open(Caller caller, String evidenceId) {
    EvidenceFile file =
        files
            .findByTenantIdAndId(caller.tenantId(), evidenceId)
            .filter(f -> tracking.visibleAction(caller, f.actionId()).isPresent())
            .orElseThrow(() -> ProblemException.notFound("minh chứng " + evidenceId));
    try {
      return new Download(file, store.open(file.storageKey()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ProblemException tooLarge() {
    return new ProblemException(
        HttpStatus.REQUEST_ENTITY_TOO_LARGE,
        TYPE_BASE + "evidence-too-large",
        "Tệp quá lớn (Payload too large)",
        "Tệp minh chứng tối đa " + (maxBytes / (1024 * 1024)) + " MB.");
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

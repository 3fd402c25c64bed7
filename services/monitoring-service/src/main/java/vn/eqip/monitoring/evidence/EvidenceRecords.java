package vn.eqip.monitoring.evidence;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import vn.eqip.monitoring.actions.TrackedAction;
import vn.eqip.platform.outbox.Outbox;

/** Writes an evidence file's row and its EvidenceAttached event in one transaction. */
@Singleton
public class EvidenceRecords {

  private final EvidenceFileRepository files;
  private final Outbox outbox;

  public EvidenceRecords(EvidenceFileRepository files, Outbox outbox) {
    this.files = files;
    this.outbox = outbox;
  }

  @Transactional
  public EvidenceFile record(TrackedAction action, EvidenceFile file) {
    EvidenceFile saved = files.save(file);
    outbox.append(
        file.tenantId(),
        EvidenceAttached.TYPE,
        EvidenceAttached.VERSION,
        action.id(),
        new EvidenceAttached(
            file.id(),
            action.id(),
            action.planId(),
            action.schoolId(),
            file.originalName(),
            file.contentType(),
            file.sizeBytes(),
            file.sha256(),
            file.uploadedBy(),
            file.uploadedAt()));
    return saved;
  }
}

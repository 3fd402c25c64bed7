package vn.eqip.monitoring.evidence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** The metadata of one evidence file (minh chứng); the bytes are in the {@link EvidenceStore}. */
@MappedEntity("evidence_file")
public record EvidenceFile(
    @Id String id,
    String tenantId,
    String actionId,
    String originalName,
    String contentType,
    long sizeBytes,
    String sha256,
    String storageKey,
    String uploadedBy,
    Instant uploadedAt) {}

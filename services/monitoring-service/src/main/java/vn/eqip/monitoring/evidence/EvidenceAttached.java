package vn.eqip.monitoring.evidence;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** Published as monitoring.EvidenceAttached.v1 when an evidence file is attached to an action. */
@Serdeable
public record EvidenceAttached(
    String evidenceId,
    String actionId,
    String planId,
    String schoolId,
    String originalName,
    String contentType,
    long size,
    String sha256,
    String uploadedBy,
    Instant uploadedAt) {

  public static final String TYPE = "EvidenceAttached";
  public static final int VERSION = 1;
}

package vn.eqip.monitoring.evidence;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** An evidence file as the API lists it; {@code href} downloads it. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record EvidenceView(
    String id,
    String actionId,
    String originalName,
    String contentType,
    long size,
    String sha256,
    String uploadedBy,
    Instant uploadedAt,
    String href) {

  static EvidenceView of(EvidenceFile f) {
    return new EvidenceView(
        f.id(),
        f.actionId(),
        f.originalName(),
        f.contentType(),
        f.sizeBytes(),
        f.sha256(),
        f.uploadedBy(),
        f.uploadedAt(),
        "/api/monitoring/evidence/" + f.id());
  }
}

package vn.eqip.monitoring.supervision;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** A supervision report as the API shows it (also the payload of SupervisionReportFiled). */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SupervisionReportView(
    String id,
    String schoolId,
    String schoolYear,
    String period,
    String findings,
    @Nullable String recommendations,
    SupervisionSummary summary,
    String filedBy,
    Instant filedAt) {

  static SupervisionReportView of(SupervisionReport r) {
    return new SupervisionReportView(
        r.id(),
        r.schoolId(),
        r.schoolYear(),
        r.period(),
        r.findings(),
        r.recommendations(),
        r.summary(),
        r.filedBy(),
        r.filedAt());
  }
}

package vn.eqip.monitoring.supervision;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** Published as monitoring.SupervisionReportFiled.v1 (aggregate id: the report id). */
@Serdeable
public record SupervisionReportFiled(
    String reportId,
    String schoolId,
    String schoolYear,
    String period,
    String findings,
    @Nullable String recommendations,
    SupervisionSummary summary,
    String filedBy,
    Instant filedAt) {

  public static final String TYPE = "SupervisionReportFiled";
  public static final int VERSION = 1;

  static SupervisionReportFiled of(SupervisionReportView v) {
    return new SupervisionReportFiled(
        v.id(),
        v.schoolId(),
        v.schoolYear(),
        v.period(),
        v.findings(),
        v.recommendations(),
        v.summary(),
        v.filedBy(),
        v.filedAt());
  }
}

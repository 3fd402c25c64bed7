package vn.eqip.registry.schoolyears;

import io.micronaut.serde.annotation.Serdeable;
import java.util.Arrays;
import java.util.List;

/** A school year as the API and the SchoolYearOpened event show it. */
@Serdeable
public record SchoolYearView(
    String schoolYear, String submissionDeadline, List<String> progressReportDates, String status) {

  static SchoolYearView of(OpenedSchoolYear y) {
    return new SchoolYearView(
        y.key().schoolYear(),
        y.submissionDeadline().toString(),
        y.progressReportDates().isEmpty()
            ? List.of()
            : Arrays.asList(y.progressReportDates().split(",")),
        y.status());
  }
}

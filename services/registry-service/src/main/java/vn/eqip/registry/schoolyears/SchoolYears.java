package vn.eqip.registry.schoolyears;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import vn.eqip.platform.outbox.Outbox;
import vn.eqip.platform.tenancy.Caller;
import vn.eqip.platform.web.Problem.FieldError;
import vn.eqip.platform.web.ProblemException;
import vn.eqip.registry.events.RegistryEvents;
import vn.eqip.registry.schools.SchoolYear;

/** The tenant's school years: a dept-admin opens (SchoolYearOpened) and closes them. */
@Singleton
public class SchoolYears {

  private final SchoolYearRepository years;
  private final Outbox outbox;

  public SchoolYears(SchoolYearRepository years, Outbox outbox) {
    this.years = years;
    this.outbox = outbox;
  }

  public List<SchoolYearView> of(Caller caller) {
    return years.findAllOf(caller.tenantId()).stream().map(SchoolYearView::of).toList();
  }

  @Transactional
  public SchoolYearView open(Caller caller, SchoolYearRequest request) {
    List<FieldError> errors = new ArrayList<>();
    SchoolYear year = null;
    try {
      year = SchoolYear.parse(request.schoolYear());
    } catch (ProblemException e) {
      errors.add(new FieldError("schoolYear", e.getMessage()));
    }
    LocalDate start = year == null ? null : year.catalogDate();
    LocalDate end = start == null ? null : start.plusYears(1).minusDays(1);
    LocalDate deadline =
        date("submissionDeadline", request.submissionDeadline(), start, end, errors);
    if (request.submissionDeadline() == null || request.submissionDeadline().isBlank()) {
      errors.add(new FieldError("submissionDeadline", "Cần hạn nộp kế hoạch"));
    }
    List<LocalDate> reports = new ArrayList<>();
    List<String> given =
        request.progressReportDates() == null ? List.of() : request.progressReportDates();
    for (String text : given) {
      LocalDate d = date("progressReportDates", text, start, end, errors);
      if (d != null) {
        reports.add(d);
      }
    }
    if (!errors.isEmpty()) {
      throw ProblemException.invalid("Thông tin năm học chưa hợp lệ.", errors);
    }
    OpenedSchoolYear.Key key = new OpenedSchoolYear.Key(caller.tenantId(), year.toString());
    if (years.existsById(key)) {
      throw ProblemException.conflict(
          "school-year-exists", "Năm học " + year + " đã được mở (already opened).");
    }
    List<String> sorted = reports.stream().distinct().sorted().map(LocalDate::toString).toList();
    OpenedSchoolYear saved =
        years.save(
            new OpenedSchoolYear(
                key,
                deadline,
                String.join(",", sorted),
                OpenedSchoolYear.OPEN,
                caller.username() == null ? caller.userId() : caller.username(),
                null));
    SchoolYearView view = SchoolYearView.of(saved);
    outbox.append(caller.tenantId(), RegistryEvents.SCHOOL_YEAR_OPENED, 1, year.toString(), view);
    return view;
  }

  @Transactional
  public SchoolYearView close(Caller caller, String schoolYear) {
    OpenedSchoolYear.Key key = new OpenedSchoolYear.Key(caller.tenantId(), schoolYear);
    OpenedSchoolYear year =
        years.findById(key).orElseThrow(() -> ProblemException.notFound("năm học " + schoolYear));
    years.close(caller.tenantId(), schoolYear, Instant.now());
    OpenedSchoolYear closed =
        new OpenedSchoolYear(
            key,
            year.submissionDeadline(),
            year.progressReportDates(),
            OpenedSchoolYear.CLOSED,
            year.openedBy(),
            Instant.now());
    SchoolYearView view = SchoolYearView.of(closed);
    if (OpenedSchoolYear.OPEN.equals(year.status())) {
      outbox.append(caller.tenantId(), RegistryEvents.SCHOOL_YEAR_CLOSED, 1, schoolYear, view);
    }
    return view;
  }

  private static LocalDate date(
      String field, String text, LocalDate start, LocalDate end, List<FieldError> errors) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      LocalDate d = LocalDate.parse(text.trim());
      if (start != null && (d.isBefore(start) || d.isAfter(end))) {
        errors.add(
            new FieldError(
                field, "Ngày " + d + " nằm ngoài năm học (" + start + " – " + end + ")"));
      }
      return d;
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(field, "Ngày phải có dạng 2025-09-01: \"" + text + "\""));
      return null;
    }
  }
}

package vn.eqip.monitoring.supervision;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import vn.eqip.monitoring.actions.TrackedActionRepository;
import vn.eqip.monitoring.time.TenantCalendar;
import vn.eqip.platform.orgscope.OrgScopes;
import vn.eqip.platform.outbox.Outbox;
import vn.eqip.platform.tenancy.Caller;
import vn.eqip.platform.tenancy.Roles;
import vn.eqip.platform.web.ProblemException;

/**
 * The supervision team (Tổ giám sát: the school's principal and staff) files one report per school,
 * school year and period; the summary of the school's tracked actions of that year is taken at
 * filing time. The report and the SupervisionReportFiled event are written in one transaction.
 */
@Singleton
public class SupervisionReports {

  private final SupervisionReportRepository reports;
  private final TrackedActionRepository actions;
  private final OrgScopes scopes;
  private final TenantCalendar calendar;
  private final Outbox outbox;
  private final Clock clock;

  public SupervisionReports(
      SupervisionReportRepository reports,
      TrackedActionRepository actions,
      OrgScopes scopes,
      TenantCalendar calendar,
      Outbox outbox,
      Clock clock) {
    this.reports = reports;
    this.actions = actions;
    this.scopes = scopes;
    this.calendar = calendar;
    this.outbox = outbox;
    this.clock = clock;
  }

  /**
   * 404 if the school is not in the caller's scope (or tenant), 403 unless the caller is principal
   * or staff of that very school, 422 for an invalid report, 409 if the period is already reported.
   */
  @Transactional
  public SupervisionReportView file(
      Caller caller, String schoolId, FileSupervisionReportRequest request) {
    requireVisible(caller, schoolId);
    if (!caller.hasAnyRole(Roles.PRINCIPAL, Roles.STAFF) || !schoolId.equals(caller.orgUnitId())) {
      throw ProblemException.forbidden(
          "Chỉ hiệu trưởng và cán bộ, giáo viên (tổ giám sát) của trường được lập báo cáo giám sát"
              + " (only the school's principal or staff file supervision reports).");
    }
    SupervisionFiling filing = SupervisionFiling.from(request);
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    SupervisionSummary summary =
        SupervisionSummary.of(
            actions.findByTenantIdAndSchoolIdAndSchoolYearAndRemovedAtIsNull(
                caller.tenantId(), schoolId, filing.schoolYear()),
            calendar.today(caller.tenantId()));
    SupervisionReport report =
        SupervisionReport.of(
            UUID.randomUUID().toString(),
            caller.tenantId(),
            schoolId,
            filing,
            summary,
            caller.username(),
            now);
    int inserted =
        reports.insertIfAbsent(
            report.id(),
            report.tenantId(),
            report.schoolId(),
            report.schoolYear(),
            report.period(),
            report.findings(),
            report.recommendations(),
            report.actionsTotal(),
            report.notStarted(),
            report.inProgress(),
            report.done(),
            report.paused(),
            report.overdue(),
            report.dueSoon(),
            report.onTrack(),
            report.noDate(),
            report.recurring(),
            report.moneySpent(),
            report.filedBy(),
            report.filedAt());
    if (inserted == 0) {
      throw ProblemException.conflict(
          "supervision-report-exists",
          "Trường đã có báo cáo giám sát kỳ "
              + filing.period()
              + " năm học "
              + filing.schoolYear()
              + " (a report for this period already exists).");
    }
    SupervisionReportView view = SupervisionReportView.of(report);
    outbox.append(
        caller.tenantId(),
        SupervisionReportFiled.TYPE,
        SupervisionReportFiled.VERSION,
        report.id(),
        SupervisionReportFiled.of(view));
    return view;
  }

  /** The school's reports (of one school year if given); 404 if the school is not in scope. */
  @ReadOnly
  public List<SupervisionReportView> list(Caller caller, String schoolId, String schoolYear) {
    requireVisible(caller, schoolId);
    String year = schoolYear == null || schoolYear.isBlank() ? null : schoolYear.trim();
    return reports.findBySchool(caller.tenantId(), schoolId, year).stream()
        .map(SupervisionReportView::of)
        .toList();
  }

  private void requireVisible(Caller caller, String schoolId) {
    if (!scopes.contains(caller, schoolId)) {
      throw ProblemException.notFound("trường " + schoolId);
    }
  }
}

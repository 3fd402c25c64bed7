package vn.eqip.reporting.readmodel;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import vn.eqip.platform.outbox.EventEnvelope;
import vn.eqip.platform.outbox.EventHandler;

/** Keeps school_year_view (the submission deadline per tenant and year) from the registry. */
@Singleton
public class SchoolYearViewHandler implements EventHandler {

  public static final String OPENED = "registry.SchoolYearOpened.v1";
  public static final String CLOSED = "registry.SchoolYearClosed.v1";

  private final JsonMapper json;
  private final SchoolYearViews years;

  public SchoolYearViewHandler(JsonMapper json, SchoolYearViews years) {
    this.json = json;
    this.years = years;
  }

  @Override
  public Set<String> routingKeys() {
    return Set.of(OPENED, CLOSED);
  }

  @Override
  public void handle(EventEnvelope event) {
    SchoolYearChanged year = Payloads.read(json, event, SchoolYearChanged.class);
    String schoolYear = Payloads.required(year.schoolYear(), "schoolYear", event);
    LocalDate deadline = null;
    if (year.submissionDeadline() != null && !year.submissionDeadline().isBlank()) {
      try {
        deadline = LocalDate.parse(year.submissionDeadline().trim());
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(
            event.routingKey() + " with a bad submissionDeadline " + year.submissionDeadline(), e);
      }
    }
    String status = event.routingKey().equals(CLOSED) ? "CLOSED" : "OPEN";
    String reportDates =
        year.progressReportDates() == null ? null : String.join(",", year.progressReportDates());
    years.upsert(
        event.tenantId(),
        schoolYear,
        deadline,
        reportDates,
        status,
        Payloads.occurredAt(null, event));
  }
}

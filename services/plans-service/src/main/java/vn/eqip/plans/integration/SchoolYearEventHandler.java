package vn.eqip.plans.integration;

import static vn.eqip.plans.shared.jdbc.Sql.bind;
import static vn.eqip.plans.shared.jdbc.Sql.unchecked;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import vn.eqip.plans.shared.ReviewPeriods;
import vn.eqip.platform.outbox.EventEnvelope;
import vn.eqip.platform.outbox.EventHandler;

/**
 * Keeps school_year_view in step with registry.SchoolYearOpened/Closed (full snapshots, upserted):
 * the submission deadline a plan is judged late against. A plan submitted on the deadline day (in
 * Việt Nam) is on time; from the next day it is late.
 */
@Singleton
public class SchoolYearEventHandler implements EventHandler {

  public static final String OPENED = "registry.SchoolYearOpened.v1";
  public static final String CLOSED = "registry.SchoolYearClosed.v1";

  private final JdbcOperations jdbc;
  private final ReviewPeriods periods;

  public SchoolYearEventHandler(JdbcOperations jdbc, ReviewPeriods periods) {
    this.jdbc = jdbc;
    this.periods = periods;
  }

  @Override
  public Set<String> routingKeys() {
    return Set.of(OPENED, CLOSED);
  }

  @Override
  public void handle(EventEnvelope event) {
    JsonNode p = event.payload();
    LocalDate deadline = LocalDate.parse(p.get("submissionDeadline").getStringValue());
    Instant lateAfter = deadline.plusDays(1).atStartOfDay(periods.zone()).toInstant();
    JsonNode status = p.get("status");
    String state =
        status == null || status.isNull()
            ? (event.routingKey().equals(CLOSED) ? "CLOSED" : "OPEN")
            : status.getStringValue();
    jdbc.prepareStatement(
        "INSERT INTO school_year_view (tenant_id, school_year, submission_deadline, late_after,"
            + " status) VALUES (?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE"
            + " submission_deadline = VALUES(submission_deadline),"
            + " late_after = VALUES(late_after), status = VALUES(status)",
        statement ->
            unchecked(
                () -> {
                  bind(
                      statement,
                      event.tenantId(),
                      p.get("schoolYear").getStringValue(),
                      java.sql.Date.valueOf(deadline),
                      lateAfter,
                      state);
                  return statement.executeUpdate();
                }));
  }
}

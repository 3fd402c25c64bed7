package vn.eqip.plans.reminders;

import static vn.eqip.plans.shared.jdbc.Sql.bind;
import static vn.eqip.plans.shared.jdbc.Sql.unchecked;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Set;
import vn.eqip.platform.outbox.EventEnvelope;
import vn.eqip.platform.outbox.EventHandler;

/**
 * Keeps reviewer_view in step with the registry's account events (full snapshots): the reviewers
 * reminded of overdue reviews. Only an active account with role {@code reviewer} keeps its name and
 * e-mail; any other state leaves a row without them, so that an older event delivered late cannot
 * bring the reviewer back. Events older than the row (the envelope's occurredAt; the payload has no
 * revision) change nothing. A creation of another role writes nothing at all.
 */
@Singleton
public class ReviewerEventHandler implements EventHandler {

  public static final String CREATED = "registry.UserCreated.v1";
  public static final String DEACTIVATED = "registry.UserDeactivated.v1";
  public static final String REACTIVATED = "registry.UserReactivated.v1";
  public static final String REASSIGNED = "registry.UserReassigned.v1";

  static final String REVIEWER = "reviewer";

  private final JdbcOperations jdbc;

  public ReviewerEventHandler(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Set<String> routingKeys() {
    return Set.of(CREATED, DEACTIVATED, REACTIVATED, REASSIGNED);
  }

  @Override
  public void handle(EventEnvelope event) {
    JsonNode p = event.payload();
    String role = text(p, "role");
    boolean activeReviewer = REVIEWER.equals(role) && bool(p, "active");
    if (!activeReviewer && event.routingKey().equals(CREATED)) {
      return;
    }
    String email = activeReviewer ? text(p, "email") : null;
    Instant changedAt = event.occurredAt() == null ? Instant.EPOCH : event.occurredAt();
    String fullName = activeReviewer ? fullName(text(p, "lastName"), text(p, "firstName")) : null;
    // changed_at is assigned last: the IFs before it still compare with the stored value
    String newer = "VALUES(changed_at) >= changed_at";
    jdbc.prepareStatement(
        "INSERT INTO reviewer_view (tenant_id, id, role, org_unit_id, active, username, full_name,"
            + " email, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE"
            + (" role = IF(" + newer + ", VALUES(role), role),")
            + (" org_unit_id = IF(" + newer + ", VALUES(org_unit_id), org_unit_id),")
            + (" active = IF(" + newer + ", VALUES(active), active),")
            + (" username = IF(" + newer + ", VALUES(username), username),")
            + (" full_name = IF(" + newer + ", VALUES(full_name), full_name),")
            + (" email = IF(" + newer + ", VALUES(email), email),")
            + (" changed_at = GREATEST(changed_at, VALUES(changed_at))"),
        statement ->
            unchecked(
                () -> {
                  bind(
                      statement,
                      event.tenantId(),
                      text(p, "id"),
                      role == null ? "" : role,
                      activeReviewer ? text(p, "orgUnitId") : null,
                      activeReviewer,
                      activeReviewer ? text(p, "username") : null,
                      fullName,
                      email == null || email.isBlank() ? null : email.trim(),
                      changedAt);
                  return statement.executeUpdate();
                }));
  }

  private static String fullName(String lastName, String firstName) {
    String name =
        ((lastName == null ? "" : lastName.trim())
                + " "
                + (firstName == null ? "" : firstName.trim()))
            .trim();
    return name.isEmpty() ? null : name;
  }

  private static String text(JsonNode payload, String field) {
    JsonNode value = payload.get(field);
    return value == null || value.isNull() ? null : value.getStringValue();
  }

  private static boolean bool(JsonNode payload, String field) {
    JsonNode value = payload.get(field);
    return value != null && value.isBoolean() && value.getBooleanValue();
  }
}

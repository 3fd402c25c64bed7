package vn.eqip.plans.reminders;

import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * registry.User*.v1 envelopes as the registry's relay puts them on the bus, with the occurredAt a
 * test chooses: {@code aReviewer("dautieng.a", tenant, unit).created(at)}.
 */
final class UserEvents {

  private final JsonMapper json;

  UserEvents(JsonMapper json) {
    this.json = json;
  }

  Account aReviewer(String username, String tenant, String orgUnitId) {
    return new Account(UUID.randomUUID().toString(), tenant, username, "reviewer", orgUnitId, true);
  }

  Account aPrincipal(String username, String tenant, String schoolId) {
    return new Account(UUID.randomUUID().toString(), tenant, username, "principal", schoolId, true);
  }

  /** An account as one snapshot of the registry describes it. */
  final class Account {
    final String id;
    final String tenant;
    final String username;
    final String role;
    final String orgUnitId;
    final boolean active;

    Account(
        String id, String tenant, String username, String role, String orgUnitId, boolean active) {
      this.id = id;
      this.tenant = tenant;
      this.username = username;
      this.role = role;
      this.orgUnitId = orgUnitId;
      this.active = active;
    }

    String email() {
      return username + "@" + tenant + ".edu.vn";
    }

    Account inTenant(String otherTenant) {
      return new Account(id, otherTenant, username, role, orgUnitId, active);
    }

    Account reassigned(String newOrgUnitId, String newRole) {
      return new Account(id, tenant, username, newRole, newOrgUnitId, active);
    }

    Account deactivatedAccount() {
      return new Account(id, tenant, username, role, orgUnitId, false);
    }

    Account reactivatedAccount() {
      return new Account(id, tenant, username, role, orgUnitId, true);
    }

    byte[] created(Instant at) {
      return envelope("UserCreated", at);
    }

    byte[] deactivated(Instant at) {
      return deactivatedAccount().envelope("UserDeactivated", at);
    }

    byte[] reactivated(Instant at) {
      return reactivatedAccount().envelope("UserReactivated", at);
    }

    /** UserReassigned of this snapshot (build it with {@link #reassigned}). */
    byte[] reassignment(Instant at) {
      return envelope("UserReassigned", at);
    }

    byte[] envelope(String type, Instant at) {
      Map<String, Object> payload = new LinkedHashMap<>();
      payload.put("id", id);
      payload.put("username", username);
      payload.put("firstName", "Văn An");
      payload.put("lastName", "Lò");
      payload.put("role", role);
      payload.put("orgUnitId", orgUnitId);
      payload.put("active", active);
      payload.put("email", email());
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("eventId", UUID.randomUUID().toString());
      e.put("source", "registry");
      e.put("type", type);
      e.put("version", 1);
      e.put("tenantId", tenant);
      e.put("aggregateId", id);
      e.put("occurredAt", at.toString());
      e.put("payload", payload);
      try {
        return json.writeValueAsBytes(e);
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
    }
  }
}

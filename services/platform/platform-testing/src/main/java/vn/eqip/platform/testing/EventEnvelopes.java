package vn.eqip.platform.testing;

import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Builds event envelopes exactly as the relays put them on the bus (JSON bytes), and the registry
 * events of the demo org tree. Services wrap it with builders of their own events.
 */
public final class EventEnvelopes {

  private final JsonMapper json;

  public EventEnvelopes(JsonMapper json) {
    this.json = json;
  }

  /** An envelope of version 1, occurred now. */
  public byte[] envelope(
      String eventId,
      String source,
      String type,
      String tenant,
      String aggregateId,
      Map<String, Object> payload) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("eventId", eventId);
    e.put("source", source);
    e.put("type", type);
    e.put("version", 1);
    e.put("tenantId", tenant);
    e.put("aggregateId", aggregateId);
    e.put("occurredAt", Instant.now().toString());
    e.put("payload", payload);
    try {
      return json.writeValueAsBytes(e);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  /** registry.OrgUnitRegistered.v1 of one demo unit, with a fresh event id. */
  public byte[] orgUnitRegistered(DemoOrgTree.Unit unit) {
    return envelope(
        newId(), "registry", "OrgUnitRegistered", unit.tenant(), unit.id(), unit.payload());
  }

  /** registry.SchoolRegistered.v1 of one demo school, with a fresh event id. */
  public byte[] schoolRegistered(DemoOrgTree.School school) {
    return envelope(
        newId(), "registry", "SchoolRegistered", school.tenant(), school.id(), school.payload());
  }

  /** A fresh random id (event, plan, assessment, ...). */
  public static String newId() {
    return UUID.randomUUID().toString();
  }
}

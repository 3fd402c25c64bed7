package vn.eqip.reporting.readmodel;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.util.Set;
import vn.eqip.platform.outbox.EventEnvelope;
import vn.eqip.platform.outbox.EventHandler;

/** Keeps school_view from the registry's school events (full snapshots: the last one wins). */
@Singleton
public class SchoolViewHandler implements EventHandler {

  public static final String SCHOOL_REGISTERED = "registry.SchoolRegistered.v1";
  public static final String SCHOOL_UPDATED = "registry.SchoolUpdated.v1";

  private final JsonMapper json;
  private final SchoolViews schools;

  public SchoolViewHandler(JsonMapper json, SchoolViews schools) {
    this.json = json;
    this.schools = schools;
  }

  @Override
  public Set<String> routingKeys() {
    return Set.of(SCHOOL_REGISTERED, SCHOOL_UPDATED);
  }

  @Override
  public void handle(EventEnvelope event) {
    SchoolChanged school = Payloads.read(json, event, SchoolChanged.class);
    Payloads.required(school.id(), "id", event);
    Payloads.required(school.code(), "code", event);
    Payloads.required(school.name(), "name", event);
    Payloads.required(school.level(), "level", event);
    Payloads.required(school.path(), "path", event);
    SchoolChanged complete =
        school.status() == null
            ? new SchoolChanged(
                school.id(),
                school.code(),
                school.name(),
                school.level(),
                school.type(),
                school.orgUnitId(),
                school.path(),
                "ACTIVE",
                school.closedOn())
            : school;
    schools.upsert(event.tenantId(), complete, Payloads.occurredAt(null, event));
  }
}

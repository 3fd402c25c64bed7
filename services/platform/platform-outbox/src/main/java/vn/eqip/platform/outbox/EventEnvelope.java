package vn.eqip.platform.outbox;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * What travels on the bus. Every event names its producer ({@code source}), type, schema version
 * and tenant, so that consumers can route, dedupe ({@code eventId}) and scope it.
 */
@Serdeable
public record EventEnvelope(
    String eventId,
    String source,
    String type,
    int version,
    String tenantId,
    String aggregateId,
    Instant occurredAt,
    JsonNode payload) {

  /** The RabbitMQ routing key: {@code <source>.<type>.v<version>}, e.g. plans.PlanApproved.v1. */
  public String routingKey() {
    return routingKey(source, type, version);
  }

  public static String routingKey(String source, String type, int version) {
    return source + "." + type + ".v" + version;
  }
}

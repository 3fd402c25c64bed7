package vn.eqip.platform.outbox;

import java.util.Set;

/**
 * Applies one kind of event to this service's state. Called inside a transaction that also records
 * the event id as processed, so a redelivered event changes nothing. Handlers must also tolerate
 * events arriving out of order (upsert, compare versions), since RabbitMQ may reorder redeliveries.
 */
public interface EventHandler {

  /** Routing keys handled, e.g. {@code plans.PlanApproved.v1}. */
  Set<String> routingKeys();

  void handle(EventEnvelope event);
}

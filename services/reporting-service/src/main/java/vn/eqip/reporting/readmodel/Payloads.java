package vn.eqip.reporting.readmodel;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import vn.eqip.platform.outbox.EventEnvelope;

/**
 * Reading event payloads as tolerant readers: unknown fields are ignored, required ones checked.
 */
final class Payloads {

  private Payloads() {}

  static <T> T read(JsonMapper json, EventEnvelope event, Class<T> type) {
    if (event.payload() == null) {
      throw new IllegalArgumentException(
          event.routingKey() + " " + event.eventId() + " has no payload");
    }
    if (event.tenantId() == null || event.tenantId().isBlank()) {
      throw new IllegalArgumentException(
          event.routingKey() + " " + event.eventId() + " has no tenant");
    }
    try {
      return json.readValueFromTree(event.payload(), Argument.of(type));
    } catch (IOException e) {
      throw new UncheckedIOException("Unreadable " + event.routingKey() + " " + event.eventId(), e);
    }
  }

  static String required(String value, String field, EventEnvelope event) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(event.routingKey() + " without " + field);
    }
    return value;
  }

  /** When the change happened: the payload's time, else the envelope's, else now. */
  static Instant occurredAt(Instant payloadTime, EventEnvelope event) {
    if (payloadTime != null) {
      return payloadTime;
    }
    return event.occurredAt() != null ? event.occurredAt() : Instant.now();
  }

  /** An ISO date (yyyy-MM-dd, possibly followed by a time); anything else is no date. */
  static java.sql.Date isoDate(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.trim();
    try {
      return java.sql.Date.valueOf(LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v));
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}

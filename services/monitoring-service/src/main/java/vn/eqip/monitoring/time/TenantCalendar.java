package vn.eqip.monitoring.time;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * "Today" for a tenant: the injected clock read in the tenant's time zone ({@code
 * eqip.monitoring.time-zones.<tenant>}, else {@code eqip.monitoring.time-zone}, by default
 * Asia/Ho_Chi_Minh). At 23:30 UTC it is already tomorrow in Việt Nam.
 */
@Singleton
public class TenantCalendar {

  private final Clock clock;
  private final Environment environment;
  private final ZoneId defaultZone;

  public TenantCalendar(
      Clock clock,
      Environment environment,
      @Value("${eqip.monitoring.time-zone:Asia/Ho_Chi_Minh}") String defaultZone) {
    this.clock = clock;
    this.environment = environment;
    this.defaultZone = ZoneId.of(defaultZone);
  }

  public ZoneId zoneOf(String tenantId) {
    return environment
        .getProperty("eqip.monitoring.time-zones." + tenantId, String.class)
        .map(ZoneId::of)
        .orElse(defaultZone);
  }

  public LocalDate today(String tenantId) {
    return LocalDate.ofInstant(clock.instant(), zoneOf(tenantId));
  }
}

package vn.eqip.platform.outbox;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;
import java.util.Map;

/** Reports whether the AMQP connection is open (DOWN makes the gateway's /health fail). */
@Singleton
public class MessagingHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {

  private final AmqpConnection amqp;

  public MessagingHealthIndicator(AmqpConnection amqp) {
    this.amqp = amqp;
  }

  @Override
  protected Map<String, Object> getHealthInformation() {
    if (!amqp.isOpen()) {
      try {
        amqp.openChannel().close();
      } catch (Exception e) {
        healthStatus = HealthStatus.DOWN;
        return Map.of("error", String.valueOf(e.getMessage()));
      }
    }
    healthStatus = HealthStatus.UP;
    return Map.of();
  }

  @Override
  protected String getName() {
    return "rabbitmq";
  }
}

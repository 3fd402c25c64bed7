package vn.eqip.platform.outbox;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * Messaging settings ({@code eqip.messaging.*}), from environment variables with local defaults.
 *
 * @param uri the AMQP 0-9-1 broker
 * @param exchange the topic exchange every service publishes to
 * @param source this service's name in routing keys (registry, plans, …)
 * @param queue this service's consumer queue; null when it consumes nothing
 * @param relayInterval how often the outbox relay looks for unpublished events
 * @param relayEnabled false to stop publishing (a test that inspects the outbox)
 */
@ConfigurationProperties("eqip.messaging")
public record MessagingConfiguration(
    @Bindable(defaultValue = "amqp://guest:guest@127.0.0.1:5672") String uri,
    @Bindable(defaultValue = "eqip.events") String exchange,
    String source,
    @Nullable String queue,
    @Bindable(defaultValue = "300ms") Duration relayInterval,
    @Bindable(defaultValue = "true") boolean relayEnabled) {

  public String deadLetterExchange() {
    return exchange + ".dlx";
  }
}

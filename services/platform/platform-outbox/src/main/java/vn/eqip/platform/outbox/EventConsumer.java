package vn.eqip.platform.outbox;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consumes this service's queue ({@code eqip.messaging.queue}), bound to the routing keys of its
 * {@link EventHandler}s. Each delivery is applied through the {@link IdempotentDispatcher} and
 * acknowledged after commit. A failing event is retried once, then dead-lettered to {@code
 * <queue>.dlq} rather than blocking the queue. If the broker is unreachable at start-up, it keeps
 * trying in the background.
 */
@Context
@Requires(property = "eqip.messaging.queue")
public class EventConsumer {

  private static final Logger LOG = LoggerFactory.getLogger(EventConsumer.class);

  private final AmqpConnection amqp;
  private final MessagingConfiguration config;
  private final IdempotentDispatcher dispatcher;
  private final JsonMapper json;
  private final Map<String, EventHandler> handlers = new HashMap<>();
  private volatile Channel channel;

  public EventConsumer(
      AmqpConnection amqp,
      MessagingConfiguration config,
      IdempotentDispatcher dispatcher,
      JsonMapper json,
      List<EventHandler> handlers) {
    this.amqp = amqp;
    this.config = config;
    this.dispatcher = dispatcher;
    this.json = json;
    for (EventHandler handler : handlers) {
      for (String key : handler.routingKeys()) {
        if (this.handlers.put(key, handler) != null) {
          throw new IllegalStateException("Two handlers for " + key);
        }
      }
    }
  }

  @PostConstruct
  void start() {
    ensureConsuming();
  }

  /** Starts consuming if not yet (broker down at start-up, or a channel lost for good). */
  @Scheduled(fixedDelay = "5s", initialDelay = "5s")
  synchronized void ensureConsuming() {
    if (channel != null && channel.isOpen()) {
      return;
    }
    try {
      Channel ch = amqp.openChannel();
      String queue = config.queue();
      String dlq = queue + ".dlq";
      ch.queueDeclare(dlq, true, false, false, null);
      ch.queueBind(dlq, config.deadLetterExchange(), queue);
      ch.queueDeclare(
          queue,
          true,
          false,
          false,
          Map.of(
              "x-dead-letter-exchange",
              config.deadLetterExchange(),
              "x-dead-letter-routing-key",
              queue));
      for (String key : handlers.keySet()) {
        ch.queueBind(queue, config.exchange(), key);
      }
      ch.basicQos(20);
      ch.basicConsume(queue, false, "eqip-" + config.source(), new Deliveries(ch));
      channel = ch;
      LOG.info("Consuming {} for {}", queue, handlers.keySet());
    } catch (IOException | RuntimeException e) {
      LOG.warn("Cannot consume events yet, will retry: {}", e.getMessage());
    }
  }

  /** Applies one delivery; visible for tests that redeliver a message by hand. */
  public boolean apply(byte[] body) throws IOException {
    EventEnvelope event = json.readValue(body, EventEnvelope.class);
    EventHandler handler = handlers.get(event.routingKey());
    if (handler == null) {
      LOG.debug("No handler for {}", event.routingKey());
      return false;
    }
    return dispatcher.dispatch(config.queue(), event, handler);
  }

  @PreDestroy
  synchronized void stop() {
    try {
      if (channel != null && channel.isOpen()) {
        channel.close();
      }
    } catch (Exception ignored) {
      // shutting down
    }
  }

  private final class Deliveries extends DefaultConsumer {
    Deliveries(Channel channel) {
      super(channel);
    }

    @Override
    public void handleDelivery(
        String tag, Envelope envelope, AMQP.BasicProperties properties, byte[] body)
        throws IOException {
      try {
        boolean applied = apply(body);
        LOG.debug(
            "{} {} ({})",
            applied ? "Applied" : "Skipped",
            envelope.getRoutingKey(),
            properties.getMessageId());
        getChannel().basicAck(envelope.getDeliveryTag(), false);
      } catch (Exception e) {
        boolean retry = !envelope.isRedeliver();
        LOG.error(
            "Event {} ({}) failed; {}",
            properties.getMessageId(),
            envelope.getRoutingKey(),
            retry ? "will retry once" : "dead-lettered",
            e);
        getChannel().basicNack(envelope.getDeliveryTag(), false, retry);
      }
    }
  }
}

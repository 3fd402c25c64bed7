package vn.eqip.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.apache.qpid.server.SystemLauncher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded broker speaks what platform-outbox needs, to the RabbitMQ Java client. */
class EmbeddedAmqpBrokerIT {

  private static final int PORT = FreePort.any();
  private static SystemLauncher broker;

  @TempDir static Path work;

  @BeforeAll
  static void start() throws Exception {
    broker = EmbeddedAmqpBroker.start(PORT, work);
  }

  @AfterAll
  static void stop() {
    broker.shutdown();
  }

  private static Connection connect(String user, String password) throws Exception {
    ConnectionFactory factory = new ConnectionFactory();
    factory.setUri("amqp://" + user + ":" + password + "@127.0.0.1:" + PORT);
    return factory.newConnection("EmbeddedAmqpBrokerIT");
  }

  @Test
  void an_event_published_with_confirms_reaches_a_queue_declared_as_platform_outbox_declares_it()
      throws Exception {
    try (Connection connection = connect("guest", "guest");
        Channel channel = connection.createChannel()) {
      channel.exchangeDeclare("it.events", "topic", true);
      channel.exchangeDeclare("it.events.dlx", "direct", true);
      channel.queueDeclare("it.queue.dlq", true, false, false, null);
      channel.queueBind("it.queue.dlq", "it.events.dlx", "it.queue");
      channel.queueDeclare(
          "it.queue",
          true,
          false,
          false,
          Map.of(
              "x-dead-letter-exchange", "it.events.dlx", "x-dead-letter-routing-key", "it.queue"));
      channel.queueBind("it.queue", "it.events", "plans.PlanApproved.v1");
      channel.confirmSelect();

      AMQP.BasicProperties props =
          new AMQP.BasicProperties.Builder()
              .messageId("event-1")
              .contentType("application/json")
              .headers(Map.of("tenant", "dienbien"))
              .deliveryMode(2)
              .build();
      channel.basicPublish(
          "it.events",
          "plans.PlanApproved.v1",
          props,
          "{\"name\":\"Trường PTDTBT Tiểu học xã Hẹ Muông\"}".getBytes(StandardCharsets.UTF_8));
      channel.waitForConfirmsOrDie(5_000);

      GetResponse got = channel.basicGet("it.queue", false);
      assertNotNull(got, "message routed to the bound queue");
      assertEquals("event-1", got.getProps().getMessageId());
      assertEquals("dienbien", got.getProps().getHeaders().get("tenant").toString());
      assertEquals(
          "{\"name\":\"Trường PTDTBT Tiểu học xã Hẹ Muông\"}",
          new String(got.getBody(), StandardCharsets.UTF_8));
      channel.basicAck(got.getEnvelope().getDeliveryTag(), false);
      assertNull(channel.basicGet("it.queue", false), "acknowledged once, gone");
    }
  }

  @Test
  void a_wrong_password_is_refused() {
    assertThrows(Exception.class, () -> connect("guest", "wrong").close());
  }
}

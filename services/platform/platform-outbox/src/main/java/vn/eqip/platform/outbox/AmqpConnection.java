package vn.eqip.platform.outbox;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One recovering AMQP connection per service; channels are opened by their single user. */
@Singleton
public class AmqpConnection {

  private static final Logger LOG = LoggerFactory.getLogger(AmqpConnection.class);

  private final MessagingConfiguration config;
  private volatile Connection connection;

  public AmqpConnection(MessagingConfiguration config) {
    this.config = config;
  }

  /** Opens a channel, connecting first if needed, and declares the exchanges every service uses. */
  public synchronized Channel openChannel() throws IOException {
    if (connection == null || !connection.isOpen()) {
      connection = connect();
    }
    Channel channel = connection.createChannel();
    channel.exchangeDeclare(config.exchange(), "topic", true);
    channel.exchangeDeclare(config.deadLetterExchange(), "direct", true);
    return channel;
  }

  public boolean isOpen() {
    Connection current = connection;
    return current != null && current.isOpen();
  }

  private Connection connect() throws IOException {
    try {
      ConnectionFactory factory = new ConnectionFactory();
      factory.setUri(config.uri());
      factory.setAutomaticRecoveryEnabled(true);
      factory.setConnectionTimeout(5_000);
      Connection opened = factory.newConnection("eqip-" + config.source());
      LOG.info("Connected to AMQP broker {}:{}", factory.getHost(), factory.getPort());
      return opened;
    } catch (TimeoutException
        | java.net.URISyntaxException
        | java.security.GeneralSecurityException e) {
      throw new IOException("Cannot connect to the AMQP broker: " + e.getMessage(), e);
    }
  }

  @PreDestroy
  synchronized void close() {
    if (connection != null) {
      try {
        connection.close(2_000);
      } catch (Exception e) {
        LOG.debug("Closing the AMQP connection failed", e);
      }
      connection = null;
    }
  }
}

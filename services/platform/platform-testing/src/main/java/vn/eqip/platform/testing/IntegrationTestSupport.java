package vn.eqip.platform.testing;

import io.micronaut.test.support.TestPropertyProvider;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.TestInstance;

/**
 * Base of every service's {@code *IT}: a fresh database on a real server, tokens validated through
 * a JWKS endpoint, and the real RabbitMQ (named by {@code EQIP_TEST_RABBITMQ_URI}, default the
 * local broker) with an exchange and queue of the test run's own, so that tests never consume a
 * running platform's events. Subclasses are {@code @MicronautTest(transactional = false)}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class IntegrationTestSupport implements TestPropertyProvider {

  /** One exchange per test JVM: services tested together share it, other runs do not. */
  public static final String RUN_ID = UUID.randomUUID().toString().substring(0, 8);

  /** The exchange the services under test publish to in this run. */
  public static final String EXCHANGE = "eqip.test." + RUN_ID;

  protected final TestTokens tokens = TestTokens.get();

  /** The service's short name: its test database is {@code eqip_it_<name>}. */
  protected abstract String serviceName();

  /** Extra properties for this test class. */
  protected Map<String, String> extraProperties() {
    return Map.of();
  }

  @Override
  public Map<String, String> getProperties() {
    TestDatabase.Server db = TestDatabase.freshDatabase("eqip_it_" + serviceName());
    Map<String, String> props = new HashMap<>();
    props.put("datasources.default.url", db.url());
    props.put("datasources.default.username", db.user());
    props.put("datasources.default.password", db.password());
    props.put("eqip.security.jwks-url", tokens.jwksUrl());
    props.put("eqip.security.issuer", TestTokens.ISSUER);
    props.put("eqip.messaging.uri", rabbitUri());
    props.put("eqip.messaging.exchange", EXCHANGE);
    props.put("eqip.messaging.relay-interval", "100ms");
    props.putAll(extraProperties());
    return props;
  }

  public static String rabbitUri() {
    String uri = System.getenv("EQIP_TEST_RABBITMQ_URI");
    return uri == null || uri.isBlank() ? "amqp://guest:guest@127.0.0.1:5672" : uri;
  }

  protected String bearer(String token) {
    return "Bearer " + token;
  }
}

package vn.eqip.gateway.tenancy;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import vn.eqip.gateway.routing.GatewayRoutes;

/**
 * The suspended tenants as registry-service knows them ({@code GET /internal/tenants/suspended} on
 * its own port), re-read every {@code eqip.gateway.suspended-tenants-refresh} (10 s): a suspension
 * reaches every service's users within that time. When the registry does not answer, the last known
 * set stays (a registry outage neither suspends nor resumes anyone).
 */
@Singleton
public class SuspendedTenants {

  private static final Logger LOG = LoggerFactory.getLogger(SuspendedTenants.class);
  private static final Argument<Map<String, List<String>>> BODY =
      Argument.mapOf(Argument.STRING, Argument.listOf(String.class));

  private final HttpClient client;
  private final URI source;
  private volatile Set<String> suspended = Set.of();
  private volatile boolean warned;

  public SuspendedTenants(HttpClient client, GatewayRoutes routes) {
    this.client = client;
    this.source = URI.create(routes.registry() + "/internal/tenants/suspended");
  }

  public boolean contains(String tenantId) {
    return tenantId != null && suspended.contains(tenantId);
  }

  @Scheduled(
      fixedDelay = "${eqip.gateway.suspended-tenants-refresh:10s}",
      initialDelay = "${eqip.gateway.suspended-tenants-initial-delay:1s}")
  void refresh() {
    try {
      Map<String, List<String>> body =
          Mono.from(client.retrieve(HttpRequest.GET(source), BODY)).block(Duration.ofSeconds(5));
      List<String> ids = body == null ? null : body.get("ids");
      if (ids != null) {
        suspended = Set.copyOf(ids);
        warned = false;
      }
    } catch (RuntimeException e) {
      if (!warned) {
        LOG.warn("Cannot read the suspended tenants from {}; keeping {}", source, suspended);
        warned = true;
      }
    }
  }
}

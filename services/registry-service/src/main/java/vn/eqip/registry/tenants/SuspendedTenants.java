package vn.eqip.registry.tenants;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ids of the suspended tenants, held in memory so that every request can be checked without a
 * query: loaded at start-up, replaced at once by a suspension or resumption here, and re-read every
 * 30 s for the registry's other instances.
 */
@Singleton
public class SuspendedTenants {

  private static final Logger LOG = LoggerFactory.getLogger(SuspendedTenants.class);

  private final TenantRepository tenants;
  private volatile Set<String> suspended = Set.of();

  public SuspendedTenants(TenantRepository tenants) {
    this.tenants = tenants;
  }

  public boolean contains(String tenantId) {
    return tenantId != null && suspended.contains(tenantId);
  }

  /** The suspended tenants' ids as this instance knows them. */
  public Set<String> ids() {
    return suspended;
  }

  @EventListener
  void onStartup(StartupEvent event) {
    refresh();
  }

  @Scheduled(fixedDelay = "30s", initialDelay = "30s")
  void refresh() {
    try {
      suspended = Set.copyOf(tenants.findSuspendedIds());
    } catch (RuntimeException e) {
      LOG.warn("Could not re-read the suspended tenants; keeping {}", suspended, e);
    }
  }
}

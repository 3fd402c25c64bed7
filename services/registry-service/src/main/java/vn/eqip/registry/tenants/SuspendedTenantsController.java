package vn.eqip.registry.tenants;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.List;

/**
 * For the gateway, which refuses a suspended tenant's users before routing: the ids of the
 * suspended tenants. Under {@code /internal}, which the gateway never forwards (it routes {@code
 * /api/**} only), so it is reachable on the service network alone; it names tenant ids, nothing
 * else.
 */
@Controller("/internal/tenants")
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
public class SuspendedTenantsController {

  private final SuspendedTenants suspended;

  public SuspendedTenantsController(SuspendedTenants suspended) {
    this.suspended = suspended;
  }

  @Get("/suspended")
  public SuspendedIds suspended() {
    return new SuspendedIds(suspended.ids().stream().sorted().toList());
  }

  @Serdeable
  public record SuspendedIds(List<String> ids) {}
}

package vn.eqip.registry.tenants;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A customer: one Sở GD&ĐT. {@code status} is ACTIVE or SUSPENDED (data kept, users refused);
 * {@code keycloakGroupId} is the tenant's group in the realm (tenants onboarded through the API).
 */
@MappedEntity("tenant")
public record Tenant(
    @Id String id,
    String name,
    String status,
    @Nullable String keycloakGroupId,
    @Nullable Instant suspendedAt) {

  public static final String ACTIVE = "ACTIVE";
  public static final String SUSPENDED = "SUSPENDED";

  public boolean suspended() {
    return SUSPENDED.equals(status);
  }
}

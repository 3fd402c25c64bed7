package vn.eqip.registry.tenants;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * Tenant events (source {@code registry}, schema version 1, tenant id = aggregate id = the tenant):
 * {@code {id, name, status, rootOrgUnitId, suspendedAt}}. Consumers (the gateway, every service)
 * keep the set of suspended tenants from TenantSuspended / TenantResumed.
 */
public final class TenantEvents {

  public static final String TENANT_ONBOARDED = "TenantOnboarded";
  public static final String TENANT_SUSPENDED = "TenantSuspended";
  public static final String TENANT_RESUMED = "TenantResumed";

  private TenantEvents() {}

  @Serdeable
  public record TenantChanged(
      String id,
      String name,
      String status,
      @Nullable String rootOrgUnitId,
      @Nullable String suspendedAt) {}
}

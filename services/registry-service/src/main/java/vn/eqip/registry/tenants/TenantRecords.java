package vn.eqip.registry.tenants;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Instant;
import vn.eqip.platform.outbox.Outbox;
import vn.eqip.registry.orgtree.OrgUnit;
import vn.eqip.registry.users.UserAccount;
import vn.eqip.registry.users.UserRecords;

/** The registry's side of onboarding and suspension: rows and events in one transaction. */
@Singleton
public class TenantRecords {

  private final TenantRepository tenants;
  private final Registration registration;
  private final UserRecords users;
  private final Outbox outbox;

  public TenantRecords(
      TenantRepository tenants, Registration registration, UserRecords users, Outbox outbox) {
    this.tenants = tenants;
    this.registration = registration;
    this.users = users;
    this.outbox = outbox;
  }

  /** The tenant, its root org unit, its group and its first dept-admin: all or nothing. */
  @Transactional
  public TenantView onboarded(
      String id, String name, String rootId, String groupId, UserAccount admin) {
    OrgUnit root = registration.tenant(id, name, rootId);
    tenants.setGroup(id, groupId);
    users.created(admin);
    TenantView view = new TenantView(id, name, Tenant.ACTIVE, root.id(), groupId, null, null);
    outbox.append(
        id,
        TenantEvents.TENANT_ONBOARDED,
        1,
        id,
        new TenantEvents.TenantChanged(id, name, Tenant.ACTIVE, root.id(), null));
    return view;
  }

  @Transactional
  public void statusChanged(Tenant tenant, boolean suspend) {
    Instant at = suspend ? Instant.now() : null;
    String status = suspend ? Tenant.SUSPENDED : Tenant.ACTIVE;
    tenants.setStatus(tenant.id(), status, at);
    outbox.append(
        tenant.id(),
        suspend ? TenantEvents.TENANT_SUSPENDED : TenantEvents.TENANT_RESUMED,
        1,
        tenant.id(),
        new TenantEvents.TenantChanged(
            tenant.id(),
            tenant.name(),
            status,
            tenants.findRootOf(tenant.id()).orElse(null),
            at == null ? null : at.toString()));
  }
}

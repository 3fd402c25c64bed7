package vn.eqip.registry.tenants;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import vn.eqip.platform.outbox.Outbox;
import vn.eqip.registry.catalog.Catalogs;
import vn.eqip.registry.events.RegistryEvents;
import vn.eqip.registry.orgtree.OrgUnit;
import vn.eqip.registry.orgtree.OrgUnitHistory;
import vn.eqip.registry.orgtree.OrgUnitKind;
import vn.eqip.registry.orgtree.OrgUnitRepository;
import vn.eqip.registry.schools.School;
import vn.eqip.registry.schools.SchoolLevel;
import vn.eqip.registry.schools.SchoolRepository;

/**
 * Registers tenants, org units and schools, each with its event in the same transaction. Each
 * method is idempotent by id: registering what exists changes nothing and publishes nothing. (The
 * onboarding API with Keycloak accounts is issue 3; the demo data uses this today.) Nodes
 * registered here count as members of their parent since always ({@link
 * OrgUnitHistory#SINCE_ALWAYS}).
 */
@Singleton
public class Registration {

  private final TenantRepository tenants;
  private final OrgUnitRepository units;
  private final SchoolRepository schools;
  private final Catalogs catalogs;
  private final Outbox outbox;
  private final OrgUnitHistory history;

  public Registration(
      TenantRepository tenants,
      OrgUnitRepository units,
      SchoolRepository schools,
      Catalogs catalogs,
      Outbox outbox,
      OrgUnitHistory history) {
    this.history = history;
    this.tenants = tenants;
    this.units = units;
    this.schools = schools;
    this.catalogs = catalogs;
    this.outbox = outbox;
  }

  @Transactional
  public OrgUnit tenant(String tenantId, String name, String rootUnitId) {
    if (!tenants.existsById(tenantId)) {
      tenants.save(new Tenant(tenantId, name, Tenant.ACTIVE, null, null));
    }
    return unit(OrgUnit.root(rootUnitId, tenantId, name));
  }

  @Transactional
  public OrgUnit unit(OrgUnit parent, String id, OrgUnitKind kind, String name) {
    return unit(parent.child(id, kind, name));
  }

  @Transactional
  public School school(
      OrgUnit parent, String id, String code, String name, SchoolLevel level, String type) {
    OrgUnit node = unit(parent.child(id, OrgUnitKind.SCHOOL, name));
    return schools
        .findByTenantIdAndId(parent.tenantId(), id)
        .orElseGet(
            () -> {
              School school =
                  schools.save(
                      School.basic(id, parent.tenantId(), code, name, level, type, parent.id()));
              outbox.append(
                  school.tenantId(),
                  RegistryEvents.SCHOOL_REGISTERED,
                  1,
                  id,
                  RegistryEvents.SchoolChanged.of(
                      school,
                      node.path(),
                      catalogs.frameworkIdFor(level.catalogLevel(), LocalDate.now()).orElse(null)));
              return school;
            });
  }

  private OrgUnit unit(OrgUnit unit) {
    return units
        .findByTenantIdAndId(unit.tenantId(), unit.id())
        .orElseGet(
            () -> {
              OrgUnit saved = units.save(unit);
              history.joined(saved, OrgUnitHistory.SINCE_ALWAYS);
              outbox.append(
                  unit.tenantId(),
                  RegistryEvents.ORG_UNIT_REGISTERED,
                  1,
                  unit.id(),
                  RegistryEvents.OrgUnitChanged.of(saved));
              return saved;
            });
  }
}

package vn.eqip.registry.schools;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import vn.eqip.platform.outbox.Outbox;
import vn.eqip.platform.tenancy.Caller;
import vn.eqip.platform.web.ProblemException;
import vn.eqip.registry.catalog.Catalogs;
import vn.eqip.registry.events.RegistryEvents;
import vn.eqip.registry.orgtree.OrgScope;
import vn.eqip.registry.orgtree.OrgUnit;
import vn.eqip.registry.orgtree.OrgUnitRepository;

/** Reads and changes schools within the caller's scope. */
@Singleton
public class SchoolDirectory {

  private final SchoolRepository schools;
  private final OrgUnitRepository units;
  private final OrgScope scope;
  private final Catalogs catalogs;
  private final Outbox outbox;

  public SchoolDirectory(
      SchoolRepository schools,
      OrgUnitRepository units,
      OrgScope scope,
      Catalogs catalogs,
      Outbox outbox) {
    this.schools = schools;
    this.units = units;
    this.scope = scope;
    this.catalogs = catalogs;
    this.outbox = outbox;
  }

  public List<SchoolView> schoolsOf(Caller caller) {
    return scope
        .pathPattern(caller)
        .map(pattern -> schools.findInSubtree(caller.tenantId(), pattern))
        .orElse(List.of())
        .stream()
        .map(this::view)
        .toList();
  }

  /**
   * The school if the caller may see it, with the catalog version in force on {@code on}; otherwise
   * 404, whether it exists elsewhere or not.
   */
  public SchoolView school(Caller caller, String id, LocalDate on) {
    return view(visibleSchool(caller, id), on);
  }

  @Transactional
  public SchoolView rename(Caller caller, String id, String name) {
    School school = visibleSchool(caller, id);
    schools.rename(caller.tenantId(), school.id(), name);
    School renamed = school.withName(name);
    OrgUnit node = units.findByTenantIdAndId(caller.tenantId(), id).orElseThrow();
    outbox.append(
        caller.tenantId(),
        RegistryEvents.SCHOOL_UPDATED,
        1,
        id,
        RegistryEvents.SchoolChanged.of(renamed, node.path(), frameworkOf(renamed)));
    return view(renamed);
  }

  private School visibleSchool(Caller caller, String id) {
    return scope
        .unit(caller, id)
        .flatMap(node -> schools.findByTenantIdAndId(caller.tenantId(), node.id()))
        .orElseThrow(() -> ProblemException.notFound("trường " + id));
  }

  String frameworkOf(School school) {
    return frameworkOf(school, LocalDate.now());
  }

  private String frameworkOf(School school, LocalDate on) {
    return catalogs.frameworkIdFor(school.level().catalogLevel(), on).orElse(null);
  }

  private SchoolView view(School s) {
    return view(s, LocalDate.now());
  }

  private SchoolView view(School s, LocalDate on) {
    return new SchoolView(
        s.id(),
        s.code(),
        s.name(),
        s.level(),
        s.level().label(),
        s.type(),
        s.orgUnitId(),
        s.status(),
        frameworkOf(s, on));
  }
}

package vn.eqip.registry.schools;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.eqip.platform.tenancy.Caller;
import vn.eqip.platform.web.ProblemException;
import vn.eqip.registry.catalog.Catalogs;
import vn.eqip.registry.orgtree.OrgScope;
import vn.eqip.registry.orgtree.OrgUnit;

/** Reads schools within the caller's scope. */
@Singleton
public class SchoolDirectory {

  private final SchoolRepository schools;
  private final OrgScope scope;
  private final Catalogs catalogs;

  public SchoolDirectory(SchoolRepository schools, OrgScope scope, Catalogs catalogs) {
    this.schools = schools;
    this.scope = scope;
    this.catalogs = catalogs;
  }

  /** Every school of the caller's subtree, by name. */
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
   * One page of the caller's schools matching {@code query}; with {@code orgUnitId}, only that
   * unit's subtree (nothing when the unit is outside the caller's scope).
   */
  public SchoolList search(Caller caller, SchoolQuery query) {
    Optional<String> pattern =
        query.orgUnitId() == null
            ? scope.pathPattern(caller)
            : scope.unit(caller, query.orgUnitId()).map(u -> OrgScope.escapeLike(u.path()) + "%");
    if (pattern.isEmpty()) {
      return new SchoolList(List.of(), 0, query.page(), query.size());
    }
    String tenant = caller.tenantId();
    String q = query.likePattern();
    String level = query.level() == null ? null : query.level().name();
    String type = query.type() == null ? null : query.type().name();
    String status = query.status() == null ? null : query.status().name();
    long total = schools.countSearch(tenant, pattern.get(), q, level, type, status);
    List<SchoolView> items =
        schools
            .search(
                tenant,
                pattern.get(),
                q,
                level,
                type,
                status,
                query.sort(),
                query.size(),
                query.offset())
            .stream()
            .map(this::view)
            .toList();
    return new SchoolList(items, total, query.page(), query.size());
  }

  /**
   * The school if the caller may see it, with the catalog version in force on {@code on}; otherwise
   * 404, whether it exists elsewhere or not.
   */
  public SchoolView school(Caller caller, String id, LocalDate on) {
    return view(visibleSchool(caller, id), on);
  }

  School visibleSchool(Caller caller, String id) {
    return scope
        .unit(caller, id)
        .flatMap(node -> schools.findByTenantIdAndId(caller.tenantId(), node.id()))
        .orElseThrow(() -> ProblemException.notFound("trường " + id));
  }

  Optional<OrgUnit> visibleUnit(Caller caller, String id) {
    return scope.unit(caller, id);
  }

  String frameworkOf(School school) {
    return frameworkOf(school, LocalDate.now());
  }

  private String frameworkOf(School school, LocalDate on) {
    return catalogs.frameworkIdFor(school.level().catalogLevel(), on).orElse(null);
  }

  SchoolView view(School s) {
    return view(s, LocalDate.now());
  }

  private SchoolView view(School s, LocalDate on) {
    return SchoolView.of(s, frameworkOf(s, on));
  }
}

package vn.eqip.registry.orgtree;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import vn.eqip.platform.tenancy.Caller;

/**
 * What a caller may see: their tenant, and within it the subtree of their org unit. A reviewer at
 * the department sees the whole province; a principal's org unit is their school, so they see only
 * it. A caller whose org unit does not exist in their tenant sees nothing.
 */
@Singleton
public class OrgScope {

  private final OrgUnitRepository units;

  public OrgScope(OrgUnitRepository units) {
    this.units = units;
  }

  public Optional<OrgUnit> root(Caller caller) {
    return units.findByTenantIdAndId(caller.tenantId(), caller.orgUnitId());
  }

  /** The SQL LIKE pattern of the caller's subtree, or empty if the caller has no valid unit. */
  public Optional<String> pathPattern(Caller caller) {
    return root(caller).map(unit -> escapeLike(unit.path()) + "%");
  }

  public List<OrgUnit> unitsOf(Caller caller) {
    return pathPattern(caller)
        .map(pattern -> units.findByTenantIdAndPathLikeOrderByPath(caller.tenantId(), pattern))
        .orElse(List.of());
  }

  public Optional<OrgUnit> unit(Caller caller, String id) {
    Optional<OrgUnit> root = root(caller);
    if (root.isEmpty()) {
      return Optional.empty();
    }
    return units.findByTenantIdAndId(caller.tenantId(), id).filter(root.get()::contains);
  }

  public static String escapeLike(String value) {
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}

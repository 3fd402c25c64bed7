package vn.eqip.registry.orgtree;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A node of a tenant's org tree: the department, an office, a cluster, or a school. */
@MappedEntity("org_unit")
public record OrgUnit(
    @Id String id,
    String tenantId,
    @Nullable String parentId,
    OrgUnitKind kind,
    String name,
    String path) {

  /** True if {@code other} is this unit or lies below it. */
  public boolean contains(OrgUnit other) {
    return tenantId.equals(other.tenantId) && other.path.startsWith(path);
  }

  public OrgUnit child(String childId, OrgUnitKind childKind, String childName) {
    return new OrgUnit(childId, tenantId, id, childKind, childName, path + childId + "/");
  }

  public static OrgUnit root(String id, String tenantId, String name) {
    return new OrgUnit(id, tenantId, null, OrgUnitKind.DEPARTMENT, name, "/" + id + "/");
  }
}

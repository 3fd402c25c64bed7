package vn.eqip.registry.orgtree;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;

/**
 * A node of a tenant's org tree: the department, an office, a cluster, or a school. {@code path} is
 * the chain of ids from the root, "/root/…/self/". {@code status} is ACTIVE or CLOSED.
 */
@MappedEntity("org_unit")
public record OrgUnit(
    @Id String id,
    String tenantId,
    @Nullable String parentId,
    OrgUnitKind kind,
    String name,
    String path,
    String status,
    @Nullable LocalDate closedOn) {

  public static final String ACTIVE = "ACTIVE";
  public static final String CLOSED = "CLOSED";

  /** True if {@code other} is this unit or lies below it. */
  public boolean contains(OrgUnit other) {
    return tenantId.equals(other.tenantId) && other.path.startsWith(path);
  }

  public boolean active() {
    return ACTIVE.equals(status);
  }

  public OrgUnit child(String childId, OrgUnitKind childKind, String childName) {
    return new OrgUnit(
        childId, tenantId, id, childKind, childName, path + childId + "/", ACTIVE, null);
  }

  public OrgUnit withName(String newName) {
    return new OrgUnit(id, tenantId, parentId, kind, newName, path, status, closedOn);
  }

  public OrgUnit closed(LocalDate on) {
    return new OrgUnit(id, tenantId, parentId, kind, name, path, CLOSED, on);
  }

  public static OrgUnit root(String id, String tenantId, String name) {
    return new OrgUnit(
        id, tenantId, null, OrgUnitKind.DEPARTMENT, name, "/" + id + "/", ACTIVE, null);
  }
}

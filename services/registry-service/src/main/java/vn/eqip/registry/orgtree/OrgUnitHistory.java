package vn.eqip.registry.orgtree;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;

/** Keeps the parent of every node with its validity, written with each change of the tree. */
@Singleton
public class OrgUnitHistory {

  /**
   * The start of memberships whose real start is not known: nodes that existed before V5 and the
   * demo data's nodes (they stand for schools that existed long before).
   */
  public static final LocalDate SINCE_ALWAYS = LocalDate.of(1970, 1, 1);

  private final OrgUnitMembershipRepository memberships;

  public OrgUnitHistory(OrgUnitMembershipRepository memberships) {
    this.memberships = memberships;
  }

  /** {@code node} is under its parent from {@code on}; a root has no membership. */
  public void joined(OrgUnit node, LocalDate on) {
    if (node.parentId() != null) {
      memberships.save(
          new OrgUnitMembership(null, node.tenantId(), node.id(), node.parentId(), on, null));
    }
  }

  /** {@code node} left its parent on {@code on} (moved or closed). */
  public void left(OrgUnit node, LocalDate on) {
    memberships.end(node.tenantId(), node.id(), on);
  }

  public List<OrgUnitMembership> of(String tenantId, String nodeId) {
    return memberships.findHistory(tenantId, nodeId);
  }
}

package vn.eqip.registry.schools;

import jakarta.inject.Singleton;
import java.util.List;
import vn.eqip.platform.outbox.Outbox;
import vn.eqip.registry.events.RegistryEvents;
import vn.eqip.registry.orgtree.OrgUnit;
import vn.eqip.registry.orgtree.OrgUnitKind;
import vn.eqip.registry.orgtree.SubtreeMoveListener;

/**
 * Keeps schools in step with a subtree move: a moved school gets its new org unit, and every school
 * of the subtree is published again (SchoolUpdated) with its new path.
 */
@Singleton
public class SchoolMoves implements SubtreeMoveListener {

  private final SchoolRepository schools;
  private final SchoolDirectory directory;
  private final Outbox outbox;

  public SchoolMoves(SchoolRepository schools, SchoolDirectory directory, Outbox outbox) {
    this.schools = schools;
    this.directory = directory;
    this.outbox = outbox;
  }

  @Override
  public void subtreeMoved(OrgUnit moved, List<OrgUnit> subtree) {
    if (moved.kind() == OrgUnitKind.SCHOOL) {
      schools.moveTo(moved.tenantId(), moved.id(), moved.parentId());
    }
    for (OrgUnit node : subtree) {
      if (node.kind() != OrgUnitKind.SCHOOL) {
        continue;
      }
      schools
          .findByTenantIdAndId(node.tenantId(), node.id())
          .ifPresent(
              school ->
                  outbox.append(
                      school.tenantId(),
                      RegistryEvents.SCHOOL_UPDATED,
                      1,
                      school.id(),
                      RegistryEvents.SchoolChanged.of(
                          school, node.path(), directory.frameworkOf(school))));
    }
  }
}

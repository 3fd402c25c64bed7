package vn.eqip.registry.orgtree;

import java.util.List;

/**
 * Told, inside the move's transaction, that a subtree has moved: {@code moved} is the node that
 * changed parent and {@code subtree} every node under it (itself included) with its new path. The
 * schools feature implements it to keep schools and their events in step.
 */
public interface SubtreeMoveListener {

  void subtreeMoved(OrgUnit moved, List<OrgUnit> subtree);
}

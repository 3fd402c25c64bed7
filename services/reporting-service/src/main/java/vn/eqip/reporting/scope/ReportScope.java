package vn.eqip.reporting.scope;

import io.micronaut.core.annotation.Nullable;
import java.util.Optional;
import vn.eqip.platform.orgscope.OrgScopes;
import vn.eqip.reporting.rollup.SchoolYear;

/**
 * What a report covers: the caller's tenant, a school year and an org unit inside the caller's
 * subtree. {@code path} is the unit's org-tree path, null when the unit is not (yet) known here
 * (then the report is empty).
 */
public record ReportScope(
    String tenantId, SchoolYear year, String orgUnitId, @Nullable String path) {

  /** The LIKE pattern of the unit's subtree, if the unit is known. */
  public Optional<String> subtreePattern() {
    return Optional.ofNullable(path).map(p -> OrgScopes.escapeLike(p) + "%");
  }
}

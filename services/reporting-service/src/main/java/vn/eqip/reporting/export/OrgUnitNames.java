package vn.eqip.reporting.export;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;
import vn.eqip.reporting.readmodel.Jdbc;

/** Names of the org units of a subtree (org_unit_view), for the titles and columns of exports. */
@Singleton
public class OrgUnitNames {

  private final Jdbc jdbc;

  public OrgUnitNames(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /** id → name of every unit of the tenant whose path matches {@code pathPattern}. */
  @ReadOnly
  public Map<String, String> inSubtree(String tenantId, String pathPattern) {
    Map<String, String> names = new HashMap<>();
    jdbc.query(
        "SELECT id, name FROM org_unit_view WHERE tenant_id = ? AND path LIKE ?",
        rs -> names.put(rs.getString("id"), rs.getString("name")),
        tenantId,
        pathPattern);
    return names;
  }
}

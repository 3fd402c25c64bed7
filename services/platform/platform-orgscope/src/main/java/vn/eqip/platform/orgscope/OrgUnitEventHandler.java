package vn.eqip.platform.orgscope;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.Set;
import vn.eqip.platform.outbox.EventEnvelope;
import vn.eqip.platform.outbox.EventHandler;

/** Keeps org_unit_view in step with the registry's OrgUnitRegistered events (an upsert). */
@Singleton
public class OrgUnitEventHandler implements EventHandler {

  public static final String ORG_UNIT_REGISTERED = "registry.OrgUnitRegistered.v1";

  private final JdbcOperations jdbc;

  public OrgUnitEventHandler(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Set<String> routingKeys() {
    return Set.of(ORG_UNIT_REGISTERED);
  }

  @Override
  public void handle(EventEnvelope event) {
    JsonNode p = event.payload();
    JsonNode parent = p.get("parentId");
    jdbc.prepareStatement(
        "INSERT INTO org_unit_view (id, tenant_id, parent_id, kind, name, path) VALUES (?, ?, ?, ?, ?, ?)"
            + " ON DUPLICATE KEY UPDATE"
            // an id already owned by another tenant is never taken over: the row stays as it was
            + " parent_id = IF(tenant_id = VALUES(tenant_id), VALUES(parent_id), parent_id),"
            + " kind = IF(tenant_id = VALUES(tenant_id), VALUES(kind), kind),"
            + " name = IF(tenant_id = VALUES(tenant_id), VALUES(name), name),"
            + " path = IF(tenant_id = VALUES(tenant_id), VALUES(path), path)",
        statement -> {
          try {
            statement.setString(1, p.get("id").getStringValue());
            statement.setString(2, event.tenantId());
            statement.setString(
                3, parent == null || parent.isNull() ? null : parent.getStringValue());
            statement.setString(4, p.get("kind").getStringValue());
            statement.setString(5, p.get("name").getStringValue());
            statement.setString(6, p.get("path").getStringValue());
            return statement.executeUpdate();
          } catch (SQLException e) {
            throw new IllegalStateException("Cannot upsert org unit", e);
          }
        });
  }
}

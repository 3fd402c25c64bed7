package vn.eqip.platform.orgscope;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import vn.eqip.platform.tenancy.Caller;

/**
 * Org-unit scoping from the local copy of the org tree: a caller sees their org unit's subtree
 * within their tenant (a school user: their school). Rows of a tenant-owned table are in scope when
 * their school's path starts with the caller's path.
 */
@Singleton
public class OrgScopes {

  private final JdbcOperations jdbc;
  private final TransactionOperations<Connection> tx;

  public OrgScopes(JdbcOperations jdbc, TransactionOperations<Connection> tx) {
    this.jdbc = jdbc;
    this.tx = tx;
  }

  /** The path of an org unit of the tenant, e.g. {@code /root/office/school/}. */
  public Optional<String> pathOf(String tenantId, String orgUnitId) {
    // joins the caller's transaction if there is one, else reads in its own
    return tx.executeRead(
        status ->
            jdbc.prepareStatement(
                "SELECT path FROM org_unit_view WHERE tenant_id = ? AND id = ?",
                statement -> {
                  try {
                    statement.setString(1, tenantId);
                    statement.setString(2, orgUnitId);
                    try (ResultSet rs = statement.executeQuery()) {
                      return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                    }
                  } catch (SQLException e) {
                    throw new IllegalStateException("Cannot read org scope", e);
                  }
                }));
  }

  /** A SQL LIKE pattern matching the caller's subtree; empty when the caller's unit is unknown. */
  public Optional<String> subtreePattern(Caller caller) {
    return pathOf(caller.tenantId(), caller.orgUnitId()).map(path -> escapeLike(path) + "%");
  }

  /** True if the org unit (or school) lies in the caller's subtree. */
  public boolean contains(Caller caller, String orgUnitId) {
    Optional<String> mine = pathOf(caller.tenantId(), caller.orgUnitId());
    if (mine.isEmpty()) {
      return false;
    }
    return pathOf(caller.tenantId(), orgUnitId).map(p -> p.startsWith(mine.get())).orElse(false);
  }

  public static String escapeLike(String value) {
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}

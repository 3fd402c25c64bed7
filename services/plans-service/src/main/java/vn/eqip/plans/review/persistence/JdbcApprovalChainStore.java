package vn.eqip.plans.review.persistence;

import static vn.eqip.plans.shared.jdbc.Sql.bind;
import static vn.eqip.plans.shared.jdbc.Sql.instant;
import static vn.eqip.plans.shared.jdbc.Sql.unchecked;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.eqip.plans.review.application.ApprovalChains;

/**
 * The approval chain setting (approval_chain_setting) and the org units above a school from the
 * local copy of the org tree (org_unit_view, path '/root/…/school/'); every statement names the
 * tenant.
 */
@Singleton
public class JdbcApprovalChainStore implements ApprovalChains.Store {

  private final JdbcOperations jdbc;

  public JdbcApprovalChainStore(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<ApprovalChains.Setting> setting(String tenantId) {
    return jdbc.prepareStatement(
        "SELECT org_unit_kinds, updated_by, updated_at FROM approval_chain_setting"
            + " WHERE tenant_id = ?",
        statement ->
            unchecked(
                () -> {
                  bind(statement, tenantId);
                  try (ResultSet rs = statement.executeQuery()) {
                    return rs.next()
                        ? Optional.of(
                            new ApprovalChains.Setting(
                                Arrays.asList(rs.getString(1).split(",")),
                                rs.getString(2),
                                instant(rs.getTimestamp(3))))
                        : Optional.<ApprovalChains.Setting>empty();
                  }
                }));
  }

  @Override
  public void save(String tenantId, ApprovalChains.Setting setting) {
    execute(
        "INSERT INTO approval_chain_setting (tenant_id, org_unit_kinds, updated_by, updated_at)"
            + " VALUES (?, ?, ?, ?) ON DUPLICATE KEY UPDATE org_unit_kinds = VALUES(org_unit_kinds),"
            + " updated_by = VALUES(updated_by), updated_at = VALUES(updated_at)",
        tenantId,
        String.join(",", setting.kinds()),
        setting.updatedBy(),
        setting.updatedAt());
  }

  @Override
  public void clear(String tenantId) {
    execute("DELETE FROM approval_chain_setting WHERE tenant_id = ?", tenantId);
  }

  @Override
  public List<ApprovalChains.Unit> ancestorsOf(String tenantId, String schoolId) {
    Optional<String> path =
        jdbc.prepareStatement(
            "SELECT path FROM org_unit_view WHERE tenant_id = ? AND id = ?",
            statement ->
                unchecked(
                    () -> {
                      bind(statement, tenantId, schoolId);
                      try (ResultSet rs = statement.executeQuery()) {
                        return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                      }
                    }));
    if (path.isEmpty()) {
      return List.of();
    }
    List<String> ids =
        new ArrayList<>(
            Arrays.stream(path.get().split("/"))
                .filter(id -> !id.isBlank() && !id.equals(schoolId))
                .toList());
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<String, ApprovalChains.Unit> units = new HashMap<>();
    jdbc.prepareStatement(
        "SELECT id, kind, name FROM org_unit_view WHERE tenant_id = ? AND id IN ("
            + String.join(",", Collections.nCopies(ids.size(), "?"))
            + ")",
        statement ->
            unchecked(
                () -> {
                  List<Object> values = new ArrayList<>();
                  values.add(tenantId);
                  values.addAll(ids);
                  bind(statement, values.toArray());
                  try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                      units.put(
                          rs.getString(1),
                          new ApprovalChains.Unit(
                              rs.getString(1), rs.getString(2), rs.getString(3)));
                    }
                  }
                  return null;
                }));
    Collections.reverse(ids);
    return ids.stream().filter(units::containsKey).map(units::get).toList();
  }

  private void execute(String sql, Object... values) {
    jdbc.prepareStatement(
        sql,
        statement ->
            unchecked(
                () -> {
                  bind(statement, values);
                  return statement.executeUpdate();
                }));
  }
}

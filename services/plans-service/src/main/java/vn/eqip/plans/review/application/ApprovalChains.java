package vn.eqip.plans.review.application;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.eqip.plans.plan.domain.ApprovalChain;
import vn.eqip.plans.shared.InvalidInput;
import vn.eqip.platform.tenancy.Caller;
import vn.eqip.platform.tenancy.Roles;
import vn.eqip.platform.web.ProblemException;

/**
 * The tenant's approval chain (issue 5): the kinds of org unit above a school that decide its plan,
 * nearest first, each after the one below approved. Set by the department's admin; no setting is
 * one level, any reviewer whose scope contains the school.
 */
@Singleton
public class ApprovalChains {

  /** The kinds a chain may name, as the registry calls them. */
  public static final List<String> KINDS =
      List.of("CLUSTER", "COMMUNE_OFFICE", "DISTRICT_OFFICE", "DEPARTMENT");

  /** The port: the stored setting and the org units above a school (org_unit_view). */
  public interface Store {

    Optional<Setting> setting(String tenantId);

    void save(String tenantId, Setting setting);

    void clear(String tenantId);

    /** The org units above the school, nearest first (the school itself excluded). */
    List<Unit> ancestorsOf(String tenantId, String schoolId);
  }

  public record Setting(List<String> kinds, String updatedBy, java.time.Instant updatedAt) {}

  public record Unit(String id, String kind, String name) {}

  private final Store store;
  private final TransactionOperations<Connection> tx;
  private final Clock clock;

  public ApprovalChains(Store store, TransactionOperations<Connection> tx, Clock clock) {
    this.store = store;
    this.tx = tx;
    this.clock = clock;
  }

  /** The chain that decides a plan of this school submitted now. */
  public ApprovalChain forSchool(String tenantId, String schoolId) {
    return tx.executeRead(
        status ->
            store
                .setting(tenantId)
                .map(setting -> chain(setting.kinds(), store.ancestorsOf(tenantId, schoolId)))
                .orElse(ApprovalChain.ANY_REVIEWER_IN_SCOPE));
  }

  /**
   * The levels of {@code kinds} above a school, nearest first; a school with none of them above it
   * is decided by any reviewer whose scope contains it.
   */
  static ApprovalChain chain(List<String> kinds, List<Unit> ancestors) {
    List<ApprovalChain.Step> steps = new ArrayList<>();
    for (Unit unit : ancestors) {
      if (kinds.contains(unit.kind())) {
        steps.add(new ApprovalChain.Step(unit.id(), unit.name()));
      }
    }
    return new ApprovalChain(steps);
  }

  public Optional<Setting> setting(Caller caller) {
    return tx.executeRead(status -> store.setting(caller.tenantId()));
  }

  /** Sets the tenant's chain; an empty list goes back to one level (any reviewer in scope). */
  public Optional<Setting> set(Caller caller, List<String> kinds) {
    if (!caller.hasRole(Roles.DEPT_ADMIN)) {
      throw ProblemException.forbidden(
          "Chỉ quản trị của Sở/Phòng (dept-admin) được đặt quy trình phê duyệt kế hoạch.");
    }
    Set<String> distinct = new LinkedHashSet<>();
    List<InvalidInput.Violation> problems = new ArrayList<>();
    for (String kind : kinds == null ? List.<String>of() : kinds) {
      if (kind == null || !KINDS.contains(kind)) {
        problems.add(
            new InvalidInput.Violation(
                "kinds",
                "Cấp phê duyệt \""
                    + kind
                    + "\" không hợp lệ: chọn trong CLUSTER (cụm trường), COMMUNE_OFFICE (Phòng"
                    + " VH-XH xã), DISTRICT_OFFICE (Phòng GD&ĐT), DEPARTMENT (Sở GD&ĐT)."));
      } else if (!distinct.add(kind)) {
        problems.add(
            new InvalidInput.Violation("kinds", "Cấp phê duyệt " + kind + " được nêu hai lần."));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    return tx.executeWrite(
        status -> {
          if (distinct.isEmpty()) {
            store.clear(caller.tenantId());
            return Optional.empty();
          }
          // kept in the tree's order, nearest the school first, whatever order they came in
          List<String> ordered = KINDS.stream().filter(distinct::contains).toList();
          Setting setting = new Setting(ordered, caller.username(), clock.instant());
          store.save(caller.tenantId(), setting);
          return Optional.of(setting);
        });
  }
}

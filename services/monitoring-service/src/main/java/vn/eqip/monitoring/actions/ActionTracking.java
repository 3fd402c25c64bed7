package vn.eqip.monitoring.actions;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.eqip.monitoring.time.TenantCalendar;
import vn.eqip.platform.orgscope.OrgScopes;
import vn.eqip.platform.tenancy.Caller;
import vn.eqip.platform.tenancy.Roles;
import vn.eqip.platform.web.ProblemException;

/** Reads tracked actions within the caller's tenant and org-tree scope. */
@Singleton
public class ActionTracking {

  private final TrackedActionRepository actions;
  private final OrgScopes scopes;
  private final TenantCalendar calendar;

  public ActionTracking(
      TrackedActionRepository actions, OrgScopes scopes, TenantCalendar calendar) {
    this.actions = actions;
    this.scopes = scopes;
    this.calendar = calendar;
  }

  /**
   * The actions of a plan or of a school (both: of that plan at that school). Actions of schools
   * outside the caller's scope are never listed; another tenant's never exist for the caller.
   */
  @ReadOnly
  public List<ActionView> list(Caller caller, String planId, String schoolId) {
    return list(caller, planId, schoolId, null);
  }

  /**
   * As {@link #list(Caller, String, String)}, optionally only the actions in one {@link DueState}
   * (OVERDUE or DUE_SOON); with a due state, neither plan nor school is needed: then every matching
   * action of the caller's scope is listed, earliest end first.
   */
  @ReadOnly
  public List<ActionView> list(Caller caller, String planId, String schoolId, DueState only) {
    boolean byPlan = planId != null && !planId.isBlank();
    boolean bySchool = schoolId != null && !schoolId.isBlank();
    if (!byPlan && !bySchool && only == null) {
      throw ProblemException.badRequest(
          "Cần chọn kế hoạch hoặc trường: thêm tham số planId hoặc schoolId"
              + " (planId or schoolId is required).");
    }
    Optional<String> scope = scopes.subtreePattern(caller);
    if (scope.isEmpty()) {
      return List.of();
    }
    LocalDate today = calendar.today(caller.tenantId());
    List<TrackedAction> found;
    if (byPlan) {
      found = actions.findByPlanInSubtree(caller.tenantId(), planId.trim(), scope.get());
    } else if (bySchool) {
      found = actions.findBySchoolInSubtree(caller.tenantId(), schoolId.trim(), scope.get());
    } else if (only == DueState.OVERDUE) {
      found =
          actions.findOpenEndingBetweenInSubtree(
              caller.tenantId(), scope.get(), LocalDate.of(1, 1, 1), today.minusDays(1));
    } else {
      found =
          actions.findOpenEndingBetweenInSubtree(
              caller.tenantId(), scope.get(), today, today.plusDays(DueState.SOON_DAYS));
    }
    return found.stream()
        .filter(a -> !bySchool || a.schoolId().equals(schoolId.trim()))
        .map(a -> ActionView.of(a, today))
        .filter(v -> only == null || v.dueState() == only)
        .toList();
  }

  /**
   * The actions the caller leads (the principal made them their lead), within the caller's scope,
   * optionally only those in one {@link DueState}.
   */
  @ReadOnly
  public List<ActionView> mine(Caller caller, DueState only) {
    Optional<String> scope = scopes.subtreePattern(caller);
    if (scope.isEmpty() || caller.username() == null) {
      return List.of();
    }
    LocalDate today = calendar.today(caller.tenantId());
    return actions.findLedByInSubtree(caller.tenantId(), caller.username(), scope.get()).stream()
        .map(a -> ActionView.of(a, today))
        .filter(v -> only == null || v.dueState() == only)
        .toList();
  }

  /** The action as the caller sees it (dueState for the tenant's today). */
  public ActionView view(Caller caller, TrackedAction action) {
    return ActionView.of(action, calendar.today(caller.tenantId()));
  }

  /** The action if the caller may see it; otherwise empty, whether it exists elsewhere or not. */
  @Transactional
  public Optional<TrackedAction> visibleAction(Caller caller, String actionId) {
    return actions
        .findByTenantIdAndId(caller.tenantId(), actionId)
        .filter(a -> scopes.contains(caller, a.schoolId()));
  }

  /**
   * The action if the caller is the principal of its school: 404 if the caller may not see it
   * (whatever the role), 403 with {@code forbidden} for anyone else who may see it, 409 if an
   * amendment removed the action.
   */
  @Transactional
  public TrackedAction actionForPrincipal(Caller caller, String actionId, String forbidden) {
    TrackedAction action =
        visibleAction(caller, actionId)
            .orElseThrow(() -> ProblemException.notFound("công việc " + actionId));
    if (!caller.hasAnyRole(Roles.PRINCIPAL)) {
      throw ProblemException.forbidden(forbidden);
    }
    return inForce(action);
  }

  /**
   * The action if the caller may report on it: 404 if the caller may not see it (whatever the role,
   * so its existence is not revealed), 403 unless the caller is the school's principal or the staff
   * member the principal made its lead ({@code leadUserId} = the token's username), then 409 if an
   * amendment removed the action.
   */
  @Transactional
  public TrackedAction updatableAction(Caller caller, String actionId) {
    TrackedAction action =
        visibleAction(caller, actionId)
            .orElseThrow(() -> ProblemException.notFound("công việc " + actionId));
    if (caller.hasAnyRole(Roles.PRINCIPAL)) {
      return inForce(action);
    }
    if (caller.hasAnyRole(Roles.STAFF)) {
      if (action.leadUserId() != null && action.leadUserId().equals(caller.username())) {
        return inForce(action);
      }
      throw ProblemException.forbidden(
          "Cán bộ, giáo viên chỉ được cập nhật công việc mình phụ trách; hiệu trưởng giao người"
              + " phụ trách (staff may update only the actions they lead).");
    }
    throw ProblemException.forbidden(
        "Chỉ hiệu trưởng và cán bộ, giáo viên phụ trách của trường được cập nhật công việc"
            + " (only the school's principal or the action's lead may update it).");
  }

  /**
   * 409 for an action an amendment of the plan removed: it keeps its progress and evidence but is
   * no longer part of the plan in force, so nothing more is reported on it.
   */
  public static ProblemException removedByAmendment(String actionId) {
    return ProblemException.conflict(
        "action-removed",
        "Công việc này đã bị bỏ khỏi kế hoạch khi điều chỉnh kế hoạch; tiến độ và minh chứng đã"
            + " báo cáo vẫn được lưu nhưng không cập nhật thêm được (action "
            + actionId
            + " was removed by an amendment of the plan).");
  }

  private static TrackedAction inForce(TrackedAction action) {
    if (action.isRemoved()) {
      throw removedByAmendment(action.id());
    }
    return action;
  }
}

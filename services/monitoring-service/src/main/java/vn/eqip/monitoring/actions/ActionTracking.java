package vn.eqip.monitoring.actions;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import vn.eqip.platform.orgscope.OrgScopes;
import vn.eqip.platform.tenancy.Caller;
import vn.eqip.platform.web.ProblemException;

/** Reads tracked actions within the caller's tenant and org-tree scope. */
@Singleton
public class ActionTracking {

  private final TrackedActionRepository actions;
  private final OrgScopes scopes;

  public ActionTracking(TrackedActionRepository actions, OrgScopes scopes) {
    this.actions = actions;
    this.scopes = scopes;
  }

  /**
   * The actions of a plan or of a school (both: of that plan at that school). Actions of schools
   * outside the caller's scope are never listed; another tenant's never exist for the caller.
   */
  @ReadOnly
  public List<ActionView> list(Caller caller, String planId, String schoolId) {
    boolean byPlan = planId != null && !planId.isBlank();
    boolean bySchool = schoolId != null && !schoolId.isBlank();
    if (!byPlan && !bySchool) {
      throw ProblemException.badRequest(
          "Cần chọn kế hoạch hoặc trường: thêm tham số planId hoặc schoolId"
              + " (planId or schoolId is required).");
    }
    Optional<String> scope = scopes.subtreePattern(caller);
    if (scope.isEmpty()) {
      return List.of();
    }
    List<TrackedAction> found =
        byPlan
            ? actions.findByPlanInSubtree(caller.tenantId(), planId.trim(), scope.get())
            : actions.findBySchoolInSubtree(caller.tenantId(), schoolId.trim(), scope.get());
    return found.stream()
        .filter(a -> !bySchool || a.schoolId().equals(schoolId.trim()))
        .map(ActionView::of)
        .toList();
  }

  /** The action if the caller may see it; otherwise empty, whether it exists elsewhere or not. */
  @Transactional
  public Optional<TrackedAction> visibleAction(Caller caller, String actionId) {
    return actions
        .findByTenantIdAndId(caller.tenantId(), actionId)
        .filter(a -> scopes.contains(caller, a.schoolId()));
  }
}

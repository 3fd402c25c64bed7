package vn.eqip.plans.plan.domain;

import java.util.List;

/**
 * Who decides a submitted plan, in order: the org units above the school whose kind the tenant put
 * in its approval chain (e.g. the district office, then the Sở), nearest first. Each level decides
 * only after the one below approved. Empty: one level, any reviewer whose scope contains the school
 * (the default).
 */
public record ApprovalChain(List<Step> steps) {

  public static final ApprovalChain ANY_REVIEWER_IN_SCOPE = new ApprovalChain(List.of());

  public ApprovalChain {
    steps = List.copyOf(steps);
  }

  /** One level: the reviewers whose org unit is {@code orgUnitId}, named for users. */
  public record Step(String orgUnitId, String name) {}

  /** How many decisions make the plan approved (at least one). */
  public int levels() {
    return Math.max(1, steps.size());
  }

  /** Whether a reviewer of {@code orgUnitId} decides at level {@code index} (0-based). */
  public boolean decidesAt(int index, String orgUnitId) {
    return steps.isEmpty() || steps.get(index).orgUnitId().equals(orgUnitId);
  }

  /** The level a reviewer of {@code orgUnitId} belongs to (0-based), or -1 if none. */
  public int levelOf(String orgUnitId) {
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i).orgUnitId().equals(orgUnitId)) {
        return i;
      }
    }
    return -1;
  }

  /** Who decides next once {@code approvalsGiven} levels approved (the last level at most). */
  public String awaiting(int approvalsGiven) {
    return nameOf(Math.min(approvalsGiven, levels() - 1));
  }

  /** "Phòng GD&ĐT Quận 10" for level {@code index}, or a generic name for the open level. */
  public String nameOf(int index) {
    return steps.isEmpty() ? "cán bộ thẩm định" : steps.get(index).name();
  }
}

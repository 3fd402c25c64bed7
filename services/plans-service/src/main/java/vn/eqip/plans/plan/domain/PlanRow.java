package vn.eqip.plans.plan.domain;

import java.util.List;

/**
 * A row of the content table: a criterion (tier Mức 1–3) or a level-4 requirement (tier Mức 4), its
 * target, and the actions planned for it.
 */
public record PlanRow(
    String rowId,
    Tier tier,
    String criterionCode,
    Integer level4No,
    String target,
    List<PlanAction> actions) {

  public PlanRow {
    actions = List.copyOf(actions);
  }

  public enum Tier {
    LEVELS_1_TO_3,
    LEVEL_4
  }

  /** How the row is named to users: "Tiêu chí 1.1" or "Yêu cầu Mức 4 số 2". */
  public String label() {
    return tier == Tier.LEVEL_4 ? "Yêu cầu Mức 4 số " + level4No : "Tiêu chí " + criterionCode;
  }
}

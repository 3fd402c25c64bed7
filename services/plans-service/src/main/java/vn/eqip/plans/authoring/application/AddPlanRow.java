package vn.eqip.plans.authoring.application;

import java.util.List;

/** A row for a criterion ({@code criterionCode}) or a level-4 requirement ({@code level4No}). */
public record AddPlanRow(
    String criterionCode, Integer level4No, String target, List<NewAction> actions) {

  public record NewAction(
      String description, String lead, String partners, String timeline, String budget) {}
}

package vn.eqip.plans.authoring.application;

import java.util.List;

/** A row for a criterion ({@code criterionCode}) or a level-4 requirement ({@code level4No}). */
public record AddPlanRow(
    String criterionCode, Integer level4No, String target, List<NewAction> actions) {

  /** {@code id}: when replacing a row, the id of the action this one continues (else null). */
  public record NewAction(
      String id, String description, String lead, String partners, String timeline, String budget) {

    public NewAction(
        String description, String lead, String partners, String timeline, String budget) {
      this(null, description, lead, partners, timeline, budget);
    }
  }
}

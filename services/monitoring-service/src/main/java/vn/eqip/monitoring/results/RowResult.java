package vn.eqip.monitoring.results;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.eqip.monitoring.actions.ActionResult;
import vn.eqip.monitoring.actions.ActionView;

/**
 * The year-end result of a plan row (a criterion or level-4 requirement), from the results of its
 * actions: đạt when every action is, chưa đạt when none is, đạt một phần otherwise; none while some
 * action has no result yet ({@code actionsWithResult} of {@code actions} tells how far the school
 * got). The explanations are the actions' own, in plan order.
 */
@Serdeable
public record RowResult(
    String rowId,
    @Nullable String criterionCode,
    @Nullable ActionResult result,
    @Nullable String resultLabel,
    int actions,
    int actionsWithResult,
    List<String> explanations) {

  /** One result per row of the actions given (in plan order), rows in the order first seen. */
  public static List<RowResult> of(List<ActionView> actions) {
    Map<String, List<ActionView>> byRow = new LinkedHashMap<>();
    for (ActionView action : actions) {
      byRow.computeIfAbsent(action.rowId(), row -> new ArrayList<>()).add(action);
    }
    List<RowResult> rows = new ArrayList<>();
    byRow.forEach(
        (rowId, rowActions) -> {
          List<ActionResult> results =
              rowActions.stream().map(ActionView::result).filter(r -> r != null).toList();
          ActionResult combined = results.size() == rowActions.size() ? combine(results) : null;
          rows.add(
              new RowResult(
                  rowId,
                  rowActions.get(0).criterionCode(),
                  combined,
                  combined == null ? null : combined.label(),
                  rowActions.size(),
                  results.size(),
                  rowActions.stream()
                      .map(ActionView::resultExplanation)
                      .filter(e -> e != null && !e.isBlank())
                      .toList()));
        });
    return rows;
  }

  /** Đạt if every result is, chưa đạt if every one is, else đạt một phần; null for none. */
  static ActionResult combine(List<ActionResult> results) {
    if (results.isEmpty()) {
      return null;
    }
    if (results.stream().allMatch(r -> r == ActionResult.ACHIEVED)) {
      return ActionResult.ACHIEVED;
    }
    if (results.stream().allMatch(r -> r == ActionResult.NOT_ACHIEVED)) {
      return ActionResult.NOT_ACHIEVED;
    }
    return ActionResult.PARTLY_ACHIEVED;
  }
}

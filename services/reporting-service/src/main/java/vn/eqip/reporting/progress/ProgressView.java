package vn.eqip.reporting.progress;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.List;

/**
 * Progress and budget of the actions of approved plans for one school year, over an org unit's
 * subtree: in total, by direct child org unit, by standard, and per school (the drill-down), with
 * the overdue actions listed ({@code overdueAsOf}: the day in Vietnam they are judged on).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ProgressView(
    String schoolYear,
    String orgUnitId,
    String overdueAsOf,
    Figures summary,
    List<Unit> units,
    List<Standard> standards,
    List<School> schools,
    List<OverdueAction> overdueActions) {

  /**
   * @param actions actions of approved plans
   * @param done actions reported DONE
   * @param percentDone mean of the actions' percent done (not reported: 0), one decimal; null
   *     without actions
   * @param budgetPlanned sum of the actions' budgets (đồng; actions without a budget count 0)
   * @param withoutBudget actions whose plan text gives no budget
   * @param moneySpent sum of the money reported spent (đồng)
   * @param overdue actions not reported DONE whose end date has passed (quá hạn)
   */
  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record Figures(
      int actions,
      int done,
      @Nullable BigDecimal percentDone,
      long budgetPlanned,
      int withoutBudget,
      long moneySpent,
      int overdue) {}

  /** A direct child org unit and the figures over its subtree; {@code schoolIds}: drill-down. */
  @Serdeable
  public record Unit(
      String orgUnitId, String name, String kind, Figures figures, List<String> schoolIds) {}

  /** A standard (the criterion code's first part); {@code schoolIds}: schools with its actions. */
  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record Standard(@Nullable String standard, Figures figures, List<String> schoolIds) {}

  /** One school of the subtree (schools without actions too). */
  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record School(
      String schoolId,
      String code,
      String name,
      String level,
      @Nullable String orgUnitId,
      Figures figures) {}

  /**
   * An overdue action (the drill-down of {@code overdue}): not reported DONE and its end date is
   * before {@code overdueAsOf}; {@code daysOverdue} counts the days since the end date.
   */
  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record OverdueAction(
      String actionId,
      String schoolId,
      String schoolCode,
      String schoolName,
      @Nullable String orgUnitId,
      @Nullable String criterionCode,
      @Nullable String description,
      String timelineEnd,
      long daysOverdue,
      @Nullable String status,
      @Nullable Integer percentDone) {}
}

package vn.eqip.plans.authoring.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import vn.eqip.plans.plan.domain.Plan;
import vn.eqip.plans.plan.domain.PlanRow;
import vn.eqip.plans.plan.domain.PlanTransition;

@Serdeable
public record PlanResponse(
    String id,
    String schoolId,
    String schoolYear,
    String status,
    int revision,
    String author,
    @Nullable Baseline baseline,
    List<Row> rows,
    @Nullable List<Transition> history) {

  /**
   * The assessment the plan starts from, e.g. "Mức 1: 27/27 · Mức 2: 27/27 · Mức 3: 4/19 · Mức 4:
   * 0/5".
   */
  @Serdeable
  public record Baseline(String assessmentId, String schoolYear, String summaryLine) {}

  @Serdeable
  public record Row(
      String id,
      int no,
      String tier,
      @Nullable String criterionCode,
      @Nullable Integer level4No,
      String label,
      String target,
      List<Action> actions) {}

  @Serdeable
  public record Action(
      String id,
      String description,
      String lead,
      @Nullable String partners,
      @Nullable String timeline,
      @Nullable String budget) {}

  @Serdeable
  public record Transition(
      @Nullable String from, String to, String actor, Instant at, @Nullable String comment) {}

  public static PlanResponse of(Plan plan, @Nullable List<PlanTransition> history) {
    List<PlanRow> rows = plan.rows();
    return new PlanResponse(
        plan.id(),
        plan.schoolId(),
        plan.schoolYear().toString(),
        plan.status().name(),
        plan.revision(),
        plan.author().name(),
        plan.baseline() == null
            ? null
            : new Baseline(
                plan.baseline().assessmentId(),
                plan.baseline().schoolYear(),
                plan.baseline().summaryLine()),
        java.util.stream.IntStream.range(0, rows.size())
            .mapToObj(i -> row(i + 1, rows.get(i)))
            .toList(),
        history == null
            ? null
            : history.stream()
                .map(
                    t ->
                        new Transition(
                            t.from() == null ? null : t.from().name(),
                            t.to().name(),
                            t.actorName(),
                            t.at(),
                            t.comment()))
                .toList());
  }

  private static Row row(int no, PlanRow r) {
    return new Row(
        r.rowId(),
        no,
        r.tier().name(),
        r.criterionCode(),
        r.level4No(),
        r.label(),
        r.target(),
        r.actions().stream()
            .map(
                a ->
                    new Action(
                        a.actionId(),
                        a.description(),
                        a.lead(),
                        a.partners(),
                        a.timeline(),
                        a.budget()))
            .toList());
  }
}

package vn.eqip.plans.review.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import vn.eqip.plans.plan.domain.PlanDiff;

/** What changed from version {@code against} to {@code version} (0: the empty plan). */
@Serdeable
public record DiffResponse(
    int version, int against, Summary summary, List<Field> document, List<Row> rows) {

  @Serdeable
  public record Summary(long added, long removed, long changed, long moved) {}

  @Serdeable
  public record Field(
      String field, String label, @Nullable String before, @Nullable String after) {}

  @Serdeable
  public record Action(String actionId, String change, List<Field> fields) {}

  @Serdeable
  public record Row(
      String rowId,
      String label,
      String change,
      boolean moved,
      @Nullable Integer fromNo,
      @Nullable Integer toNo,
      List<Field> fields,
      List<Action> actions) {}

  static DiffResponse of(PlanDiff d) {
    return new DiffResponse(
        d.version(),
        d.against(),
        new Summary(
            d.count(PlanDiff.Change.ADDED),
            d.count(PlanDiff.Change.REMOVED),
            d.count(PlanDiff.Change.CHANGED),
            d.rows().stream().filter(PlanDiff.RowChange::moved).count()),
        fields(d.document()),
        d.rows().stream()
            .map(
                r ->
                    new Row(
                        r.rowId(),
                        r.label(),
                        r.change().name(),
                        r.moved(),
                        r.fromNo(),
                        r.toNo(),
                        fields(r.fields()),
                        r.actions().stream()
                            .map(
                                a ->
                                    new Action(a.actionId(), a.change().name(), fields(a.fields())))
                            .toList()))
            .toList());
  }

  private static List<Field> fields(List<PlanDiff.FieldChange> changes) {
    return changes.stream()
        .map(c -> new Field(c.field(), c.label(), c.before(), c.after()))
        .toList();
  }
}

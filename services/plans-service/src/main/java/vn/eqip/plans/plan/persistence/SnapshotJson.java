package vn.eqip.plans.plan.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import vn.eqip.plans.plan.domain.Plan;
import vn.eqip.plans.plan.domain.PlanAction;
import vn.eqip.plans.plan.domain.PlanRow;

/** The stored snapshot of a submitted plan (plan_version.snapshot_json): texts as written. */
@Serdeable
record SnapshotJson(@Nullable String documentNumber, DocumentJson document, List<Row> rows) {

  @Serdeable
  record Row(
      String rowId,
      String tier,
      @Nullable String criterionCode,
      @Nullable Integer level4No,
      String target,
      List<Action> actions) {}

  @Serdeable
  record Action(
      String actionId,
      @Nullable String description,
      @Nullable String lead,
      @Nullable String partners,
      @Nullable String timeline,
      @Nullable String budget) {}

  static SnapshotJson of(Plan plan) {
    return new SnapshotJson(
        plan.documentNumber() == null ? null : plan.documentNumber().symbol(),
        DocumentJson.of(plan.document()),
        plan.rows().stream()
            .map(
                r ->
                    new Row(
                        r.rowId(),
                        r.tier().name(),
                        r.criterionCode(),
                        r.level4No(),
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
                            .toList()))
            .toList());
  }

  List<PlanRow> domainRows() {
    return rows.stream()
        .map(
            r ->
                new PlanRow(
                    r.rowId(),
                    PlanRow.Tier.valueOf(r.tier()),
                    r.criterionCode(),
                    r.level4No(),
                    r.target(),
                    r.actions().stream()
                        .map(
                            a ->
                                new PlanAction(
                                    a.actionId(),
                                    a.description(),
                                    a.lead(),
                                    a.partners(),
                                    a.timeline(),
                                    a.budget()))
                        .toList()))
        .toList();
  }
}

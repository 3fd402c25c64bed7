package vn.eqip.monitoring.testing;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.eqip.platform.testing.EventEnvelopes;

/** Builds monitoring's own events (plans.PlanApproved.v1) on the shared envelope builder. */
public final class Events {

  private final EventEnvelopes envelopes;

  public Events(EventEnvelopes envelopes) {
    this.envelopes = envelopes;
  }

  public byte[] planApproved(String eventId, String tenant, PlanFixture plan) {
    return envelopes.envelope(
        eventId, "plans", "PlanApproved", tenant, plan.planId(), plan.payload());
  }

  /**
   * plans.PlanAmendmentDiscarded.v1: the amendment was abandoned, {@code plan}'s rows are the
   * approved rows in force again (the payload of PlanApproved, status APPROVED).
   */
  public byte[] amendmentDiscarded(String eventId, String tenant, PlanFixture plan) {
    return envelopes.envelope(
        eventId, "plans", "PlanAmendmentDiscarded", tenant, plan.planId(), plan.payload());
  }

  /** A plan as plans.PlanApproved.v1 describes it ({@code rows} null: a payload without rows). */
  public record PlanFixture(
      String planId, String schoolId, String schoolYear, int revision, List<RowFixture> rows) {

    public List<String> actionIds() {
      return rows.stream().flatMap(r -> r.actions().stream()).map(ActionFixture::actionId).toList();
    }

    /** The same plan approved again at {@code newRevision} with these rows (an amendment). */
    public PlanFixture amended(int newRevision, List<RowFixture> newRows) {
      return new PlanFixture(planId, schoolId, schoolYear, newRevision, newRows);
    }

    public RowFixture row(int index) {
      return rows.get(index);
    }

    public PlanFixture withRevision(int newRevision, String descriptionSuffix) {
      return new PlanFixture(
          planId,
          schoolId,
          schoolYear,
          newRevision,
          rows.stream()
              .map(
                  r ->
                      new RowFixture(
                          r.rowId(),
                          r.criterionCode(),
                          r.actions().stream()
                              .map(
                                  a ->
                                      new ActionFixture(
                                          a.actionId(),
                                          a.description() + descriptionSuffix,
                                          a.extra()))
                              .toList()))
              .toList());
    }

    Map<String, Object> payload() {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("planId", planId);
      p.put("schoolId", schoolId);
      p.put("schoolYear", schoolYear);
      p.put("status", "APPROVED");
      p.put("revision", revision);
      p.put("occurredAt", Instant.now().toString());
      p.put("actor", "reviewer.dienbien");
      if (rows == null) {
        return p;
      }
      p.put(
          "rows",
          rows.stream()
              .map(
                  r -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("rowId", r.rowId());
                    row.put("tier", "LEVEL_1_3");
                    row.put("criterionCode", r.criterionCode());
                    row.put("target", "Đạt mức 3");
                    row.put(
                        "actions",
                        r.actions().stream()
                            .map(
                                a -> {
                                  Map<String, Object> action = new LinkedHashMap<>();
                                  action.put("actionId", a.actionId());
                                  action.put("description", a.description());
                                  action.put("lead", "Hiệu trưởng");
                                  action.put("partners", "Tổ chuyên môn");
                                  action.put("timeline", "Tháng 10/2026 đến tháng 5/2027");
                                  action.put("budget", "35.000.000 đồng");
                                  action.putAll(a.extra());
                                  return action;
                                })
                            .toList());
                    return row;
                  })
              .toList());
      return p;
    }
  }

  public record RowFixture(String rowId, String criterionCode, List<ActionFixture> actions) {

    /** The same row with other actions (as an amendment changes it). */
    public RowFixture withActions(ActionFixture... newActions) {
      return new RowFixture(rowId, criterionCode, List.of(newActions));
    }

    public ActionFixture action(int index) {
      return actions.get(index);
    }
  }

  /** {@code extra}: more fields of the action in the event (timelineStart, timelineEnd, …). */
  public record ActionFixture(String actionId, String description, Map<String, Object> extra) {

    public ActionFixture(String actionId, String description) {
      this(actionId, description, Map.of());
    }

    /** A new action, with a fresh id. */
    public static ActionFixture aNewAction(String description, Map<String, Object> extra) {
      return new ActionFixture(UUID.randomUUID().toString(), description, extra);
    }

    /** The same action (same id) with other texts or dates, as an amendment changes it. */
    public ActionFixture changedTo(String newDescription, Map<String, Object> newExtra) {
      return new ActionFixture(actionId, newDescription, newExtra);
    }
  }

  /** A plan for the school with 2 rows and 3 actions, fresh ids every time. */
  public static PlanFixture aPlanWithTwoRowsAndThreeActions(String schoolId) {
    return new PlanFixture(
        UUID.randomUUID().toString(),
        schoolId,
        "2026-2027",
        5,
        List.of(
            new RowFixture(
                UUID.randomUUID().toString(),
                "1.2",
                List.of(
                    new ActionFixture(UUID.randomUUID().toString(), "Kiện toàn tổ chuyên môn"),
                    new ActionFixture(UUID.randomUUID().toString(), "Bồi dưỡng tổ trưởng"))),
            new RowFixture(
                UUID.randomUUID().toString(),
                "3.1",
                List.of(
                    new ActionFixture(
                        UUID.randomUUID().toString(), "Sửa chữa phòng học, 350 triệu đồng")))));
  }
}

package vn.eqip.monitoring.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.eqip.monitoring.actions.ActionStatus;
import vn.eqip.monitoring.actions.TrackedAction;

class SupervisionSummaryTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

  private static TrackedAction action(ActionStatus status, LocalDate end, long money) {
    Instant t = Instant.parse("2026-09-01T00:00:00Z");
    return new TrackedAction(
        UUID.randomUUID().toString(),
        "dienbien",
        "plan",
        "school",
        "2026-2027",
        "row",
        "1.1",
        "Công việc",
        null,
        null,
        null,
        status,
        status == ActionStatus.DONE ? 100 : 0,
        1,
        0,
        t,
        t,
        money,
        null,
        null,
        null,
        end,
        false,
        null,
        null,
        null,
        null,
        null);
  }

  @Test
  void counts_every_status_and_due_state_and_adds_up_the_money() {
    SupervisionSummary s =
        SupervisionSummary.of(
            List.of(
                action(ActionStatus.NOT_STARTED, LocalDate.of(2026, 11, 19), 0),
                action(ActionStatus.IN_PROGRESS, LocalDate.of(2026, 12, 4), 1_000_000),
                action(ActionStatus.PAUSED, null, 250_000),
                action(ActionStatus.DONE, LocalDate.of(2026, 10, 1), 3_000_000)),
            TODAY);

    assertEquals(4, s.actionsTotal());
    assertEquals(4_250_000L, s.moneySpent());
    assertEquals(Map.of("NOT_STARTED", 1, "IN_PROGRESS", 1, "DONE", 1, "PAUSED", 1), s.byStatus());
    assertEquals(
        Map.of("OVERDUE", 1, "DUE_SOON", 1, "ON_TRACK", 1, "NO_DATE", 1, "RECURRING", 0),
        s.byDueState());
  }

  @Test
  void no_actions_gives_zeros_for_every_key() {
    SupervisionSummary s = SupervisionSummary.of(List.of(), TODAY);
    assertEquals(0, s.actionsTotal());
    assertEquals(
        List.of("NOT_STARTED", "IN_PROGRESS", "DONE", "PAUSED"),
        List.copyOf(s.byStatus().keySet()));
    assertEquals(5, s.byDueState().size());
    assertEquals(0, s.byDueState().values().stream().mapToInt(Integer::intValue).sum());
  }

  @Test
  void the_stored_columns_give_back_the_same_summary() {
    SupervisionSummary s =
        SupervisionSummary.of(
            List.of(
                action(ActionStatus.NOT_STARTED, LocalDate.of(2026, 11, 19), 0),
                action(ActionStatus.IN_PROGRESS, null, 7)),
            TODAY);
    SupervisionReport r =
        SupervisionReport.of(
            "id",
            "dienbien",
            "school",
            new SupervisionFiling("2026-2027", "HK1", "N", null),
            s,
            "u",
            Instant.now());
    assertEquals(s, r.summary());
  }
}

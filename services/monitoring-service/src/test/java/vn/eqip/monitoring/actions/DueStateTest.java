package vn.eqip.monitoring.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DueStateTest {

  private static final LocalDate TODAY = LocalDate.of(2027, 6, 1);

  @Test
  void an_action_not_done_after_its_end_date_is_overdue_but_not_on_the_end_date_itself() {
    assertEquals(
        DueState.OVERDUE, DueState.of(ActionStatus.IN_PROGRESS, TODAY.minusDays(1), false, TODAY));
    assertEquals(
        DueState.OVERDUE, DueState.of(ActionStatus.PAUSED, TODAY.minusDays(90), false, TODAY));
    assertEquals(DueState.DUE_SOON, DueState.of(ActionStatus.NOT_STARTED, TODAY, false, TODAY));
  }

  @Test
  void due_soon_means_ending_within_14_days_today_included() {
    assertEquals(
        DueState.DUE_SOON, DueState.of(ActionStatus.IN_PROGRESS, TODAY.plusDays(14), false, TODAY));
    assertEquals(
        DueState.ON_TRACK, DueState.of(ActionStatus.IN_PROGRESS, TODAY.plusDays(15), false, TODAY));
  }

  @Test
  void a_done_action_is_never_overdue_nor_due_soon() {
    assertEquals(
        DueState.ON_TRACK, DueState.of(ActionStatus.DONE, TODAY.minusDays(3), false, TODAY));
    assertEquals(
        DueState.ON_TRACK, DueState.of(ActionStatus.DONE, TODAY.plusDays(3), false, TODAY));
  }

  @Test
  void without_an_end_date_an_action_has_no_date_unless_it_recurs() {
    assertEquals(DueState.NO_DATE, DueState.of(ActionStatus.IN_PROGRESS, null, false, TODAY));
    assertEquals(DueState.RECURRING, DueState.of(ActionStatus.IN_PROGRESS, null, true, TODAY));
  }

  @Test
  void a_recurring_action_is_recurring_until_its_end_has_passed_unfinished() {
    assertEquals(
        DueState.RECURRING, DueState.of(ActionStatus.IN_PROGRESS, TODAY.plusDays(3), true, TODAY));
    assertEquals(
        DueState.OVERDUE, DueState.of(ActionStatus.IN_PROGRESS, TODAY.minusDays(1), true, TODAY));
    assertEquals(
        DueState.RECURRING, DueState.of(ActionStatus.DONE, TODAY.minusDays(1), true, TODAY));
  }
}

package vn.eqip.monitoring.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PlanApprovedTest {

  private static PlanApproved.Action action(String start, String end, Boolean recurring) {
    return new PlanApproved.Action("a", "d", null, null, null, start, end, recurring);
  }

  @Test
  void iso_dates_are_read_and_anything_else_is_no_date() {
    PlanApproved.Action a = action("2026-10-01", "2027-05-31T00:00:00Z", null);
    assertEquals(LocalDate.of(2026, 10, 1), a.startDate());
    assertEquals(LocalDate.of(2027, 5, 31), a.endDate());
    assertNull(action("tháng 10", "31/05/2027", null).endDate());
    assertNull(action(null, " ", null).startDate());
  }

  @Test
  void an_action_recurs_only_when_the_plan_says_so() {
    assertTrue(action(null, null, true).isRecurring());
    assertFalse(action(null, null, null).isRecurring());
  }
}

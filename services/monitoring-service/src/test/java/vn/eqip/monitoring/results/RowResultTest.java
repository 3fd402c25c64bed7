package vn.eqip.monitoring.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static vn.eqip.monitoring.actions.ActionResult.ACHIEVED;
import static vn.eqip.monitoring.actions.ActionResult.NOT_ACHIEVED;
import static vn.eqip.monitoring.actions.ActionResult.PARTLY_ACHIEVED;

import java.util.List;
import org.junit.jupiter.api.Test;

class RowResultTest {

  @Test
  void a_row_is_achieved_when_every_action_is_and_not_achieved_when_none_is() {
    assertEquals(ACHIEVED, RowResult.combine(List.of(ACHIEVED, ACHIEVED)));
    assertEquals(NOT_ACHIEVED, RowResult.combine(List.of(NOT_ACHIEVED, NOT_ACHIEVED)));
    assertEquals(PARTLY_ACHIEVED, RowResult.combine(List.of(ACHIEVED, NOT_ACHIEVED)));
    assertEquals(PARTLY_ACHIEVED, RowResult.combine(List.of(PARTLY_ACHIEVED)));
    assertNull(RowResult.combine(List.of()));
  }
}

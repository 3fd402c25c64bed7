package vn.eqip.monitoring.actions;

import java.time.LocalDate;

/** How an action stands against its end date, computed at read time for a given "today". */
public enum DueState {
  /** The end date has passed and the action is not done (quá hạn). */
  OVERDUE,
  /** Not done, ends within {@link #SOON_DAYS} days from today, today included (sắp đến hạn). */
  DUE_SOON,
  ON_TRACK,
  /** The plan gives no end date. */
  NO_DATE,
  /** A recurring action (thường xuyên) whose end, if any, has not passed. */
  RECURRING;

  public static final int SOON_DAYS = 14;

  public static DueState of(
      ActionStatus status, LocalDate end, boolean recurring, LocalDate today) {
    boolean done = status == ActionStatus.DONE;
    if (!done && end != null && today.isAfter(end)) {
      return OVERDUE;
    }
    if (recurring) {
      return RECURRING;
    }
    if (end == null) {
      return NO_DATE;
    }
    if (!done && !end.isAfter(today.plusDays(SOON_DAYS))) {
      return DUE_SOON;
    }
    return ON_TRACK;
  }

  public static DueState of(TrackedAction a, LocalDate today) {
    return of(a.status(), a.timelineEnd(), a.recurring(), today);
  }
}

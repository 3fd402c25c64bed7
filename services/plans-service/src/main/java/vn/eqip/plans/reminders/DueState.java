package vn.eqip.plans.reminders;

/** Where a submitted plan stands against its review period, as far as reminders go. */
public enum DueState {
  /** The review period ended and no decision was made. */
  OVERDUE,
  /** The review period ends within the next few days (eqip.plans.reminders.due-soon-days). */
  DUE_SOON
}
